import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A follow-up gives the new total and then why it rose (pending reports26): "toll now 6 civ KIA, the 2 missing found dead
 * in the bush", "le bilan s'alourdit à sept morts, trois corps ayant été retrouvés ce matin", "death toll rises to 9 after
 * 3 bodies were recovered", "bilan passe à 5 morts, deux blessés ayant succombé". The total is the count: those found or
 * who died are already in it, not more dead.
 * Look-alikes kept out: a total with other dead said beside it and no finding ("toll now 6 civilians, and 2 FARDC killed"),
 * a toll with no word that it rose ("bilan: 3 morts").
 */
const TOLL_WORDS = ['toll', 'bilan', 'tolls'];
const TOLL = oneOf(TOLL_WORDS);
const RISEN_WORDS = ['now', 'alourdit', 'alourdi', 'rises', 'rose', 'risen', 'climbs', 'climbed', 'passe', 'passes', 'monte', 'atteint', 'reached', 'reaches', 'desormais', 'maintenant', 'up', 'increased', 'augmente'];
const RISEN = oneOf(RISEN_WORDS);
const TOLL_SAID = trigger(TOLL_WORDS);
const RISEN_SAID = trigger(RISEN_WORDS);
const DEAD = /^(dead|killed|kia|morts?|tues?|tuees?|deces|victimes?|victims)$/;
const WHY = /^(found|retrouves?|retrouvees?|corps|bodies|body|succombe\w*|succumbed|died|decouverts?|decouvertes?|recovered|missing|disparus?|disparues?|ramasses)$/;

export function tollTotal(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed === null || !said(tokens, TOLL_SAID) || !said(tokens, RISEN_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!TOLL.test(tokens[i]!.norm)) continue;
    let risen = false;
    for (let k = i + 1; k < i + 14 && k < tokens.length; k++) {
      if (tokens[k]!.stopBefore) break;
      if (RISEN.test(tokens[k]!.norm)) risen = true;
      const n = risen ? readNumber(tokens, k) : null;
      if (!n || n.zero || n.article) continue;
      // ("passe de 3 à 7 morts", "from 4 to 6": the old figure of a revision, read by toll-revisions.ts)
      if (/^(from|de|d)$/.test(tokens[k - 1]?.norm ?? '') || /^(to|a)$/.test(tokens[n.next]?.norm ?? '')) return;
      // the dead named right after the figure, maybe with one word between ("6 civ KIA", "sept morts")
      const dead = [0, 1, 2].some((d) => DEAD.test(tokens[n.next + d]?.norm ?? ''));
      if (!dead || n.value >= victims.killed) return;
      // then why it rose: the dead found, the wounded who died
      if (tokens.slice(n.next).some((t) => WHY.test(t.norm))) victims.killed = n.value;
      return;
    }
  }
}

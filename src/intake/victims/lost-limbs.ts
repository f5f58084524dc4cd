import type { Victims } from '../../domain/alert.js';
import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * Someone who lost fingers, a hand or a leg is maimed, so injured (reports32: "un enfant de 8 ans a perdu 2 doigts en
 * manipulant une munition" is 1 injured and 1 child, the 2 being fingers): the person before the verb is counted, a
 * child among the children too. Looked at only on "lost"/"perdu"/"amputé" (a Set lookup); fills only counts still unknown.
 */
const LOST_WORDS = ['lost', 'perdu', 'loses', 'perd'];
// ("un cultivateur a marché sur une mine, jambe amputée", "amputé d'une jambe", "his leg amputated": the same, reports48)
const AMPUTATED_WORDS = ['ampute', 'amputee', 'amputes', 'amputees', 'amputated', 'amputation'];
const AMPUTATED: ReadonlySet<string> = new Set(AMPUTATED_WORDS);
const LOST: ReadonlySet<string> = new Set(LOST_WORDS);
const LOST_SAID = trigger([...LOST_WORDS, ...AMPUTATED_WORDS]);
const BODY = /^(fingers?|doigts?|toes?|orteils?|hands?|mains?|legs?|jambes?|arms?|bras|feet|foot|pieds?|eyes?|yeux|oeil|limbs?|membres?)$/;
const BETWEEN = /^(his|her|their|a|an|one|two|both|sa|son|ses|leur|leurs|un|une|deux|les|the|\d+)$/;
const ARTICLE = /^(a|an|one|un|une|the|le|la|l)$/;

export function lostLimbCounts(tokens: readonly Token[], victims: Victims): void {
  if ((victims.injured !== null && victims.injured !== undefined) || !said(tokens, LOST_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const amputated = AMPUTATED.has(tokens[i]!.norm);
    if (!LOST.has(tokens[i]!.norm) && !amputated) continue;
    let b = i + 1;
    while (b < i + 3 && BETWEEN.test(tokens[b]?.norm ?? '')) b++;
    if (!amputated && !BODY.test(tokens[b]?.norm ?? '')) continue;
    // the person: back over "a", "has", an age ("de 8 ans", "aged 8", "of 8"); after an amputation, over the clause before it
    for (let k = i - 1; k >= 0 && k >= i - (amputated ? 12 : 7); k--) {
      if (tokens[k + 1]!.breakBefore && k < i - 1 && !amputated) break;
      if (tokens[k + 1]!.stopBefore && k < i - 1) break;
      const w = tokens[k]!.norm;
      // (the small words counted among people, "de", "des", are skipped: "un enfant de 8 ans")
      if ((!isPerson(w) && !CHILD_NOUNS.has(w)) || /^(de|d|des|du|of)$/.test(w)) continue;
      const before = tokens[k - 1];
      const n = before ? readNumber(tokens, k - 1) : null;
      const count = n && !n.zero && n.next === k ? n.value : before && ARTICLE.test(before.norm) ? 1 : null;
      if (count === null) return;
      victims.injured = count;
      if (CHILD_NOUNS.has(w) && (victims.childrenAffected === null || victims.childrenAffected === undefined)) victims.childrenAffected = count;
      return;
    }
  }
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * C3 in SMS: a clause that opens on a pronoun object and a beating participle, no verb "was" between ("wife raped, him
 * beaten bad", "la femme violée, lui tabassé", "took the goats, her husband whipped" is read elsewhere) is one person
 * beaten: injured 1 when no other reading counted the injured. Look-alikes kept out: "beat him" said of a threat ("will
 * beat him", no clause opening), "them beaten" (how many unsaid), a possessive "her" before a noun.
 */
const ONE = /^(him|her|he|she|lui|elle|il)$/;
const BEATEN_WORDS = ['beaten', 'beated', 'beat', 'whipped', 'flogged', 'tortured', 'tabasse', 'battu', 'frappe', 'bastonne', 'fouette', 'chicotte', 'moleste', 'molestee', 'roue', 'passe'];
const BEATEN = oneOf(BEATEN_WORDS);
const BEATEN_SAID = trigger(BEATEN_WORDS);

export function pronounBeatenCount(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || !said(tokens, BEATEN_SAID)) return;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.breakBefore || !ONE.test(t.norm) || tokens[i + 1]!.breakBefore) continue;
    const next = tokens[i + 1]!.norm;
    if (!BEATEN.test(next) || (next === 'roue' && tokens[i + 3]?.norm !== 'coups') || (next === 'passe' && tokens[i + 3]?.norm !== 'tabac')) continue;
    victims.injured = 1;
    return;
  }
}

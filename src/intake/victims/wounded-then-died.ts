import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * One wounded person said to have died since, in the same clause, is killed, not injured too (pending reports46):
 * "Wounded civilian from yesterday's Kamango attack died at Beni hospital", "a wounded woman succumbed this morning",
 * "un blessé de l'attaque d'hier est décédé à l'hôpital", "le civil blessé hier a succombé". The wound is read as an injured
 * count (victims/victim-words.ts); the death after it takes it back. Look-alikes kept: "2 wounded, one died later"
 * (woundedOfWhomSomeDied), "1 killed, 1 wounded" (no death after the wounded one), "3 wounded civilians died" (a count).
 */
const ONE = /^(one|a|an|un|une|1|the|le|la|l)$/;
const WOUNDED_WORDS = ['wounded', 'injured', 'blesse', 'blessee'];
const WOUNDED: ReadonlySet<string> = new Set(WOUNDED_WORDS);
const PERSON = /^(civilian|civil|man|woman|person|homme|femme|personne|boy|girl|garcon|fille|trader|farmer|idp|deplace|deplacee|moto|driver|motard|victim|victime)$/;
const DIED_WORDS = ['died', 'succumbed', 'decede', 'decedee', 'succombe', 'succombee'];
const DIED: ReadonlySet<string> = new Set(DIED_WORDS);
const KILLED = /^(killed|dead|deaths|tue|tues|tuee|tuees|morts?|abattus?|massacred)$/;
const WOUNDED_SAID = trigger(WOUNDED_WORDS);
const DIED_SAID = trigger(DIED_WORDS);

export function woundedThenDied(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== 1 || victims.killed !== 1) return;
  if (!said(tokens, WOUNDED_SAID) || !said(tokens, DIED_SAID)) return;
  // (another death told: "one killed and another wounded, the wounded died later" is two dead, left as read)
  if (tokens.some((t) => KILLED.test(t.norm))) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!WOUNDED.has(tokens[i]!.norm)) continue;
    // "Wounded civilian", "a wounded man", "un blessé", "le civil blessé": one person, at its clause's start
    const personAfter = PERSON.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore;
    const personBefore = PERSON.test(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore;
    const head = personBefore ? i - 1 : i;
    if (!(head === 0 || tokens[head]!.breakBefore || (ONE.test(tokens[head - 1]?.norm ?? '') && (head === 1 || tokens[head - 1]!.breakBefore)))) continue;
    if (!personAfter && !personBefore && !ONE.test(tokens[i - 1]?.norm ?? '') && i !== 0) continue;
    for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
      if (tokens[k]!.breakBefore) break;
      if (!DIED.has(tokens[k]!.norm)) continue;
      victims.injured = null;
      return;
    }
  }
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One woman raped by several men, the men counted: "three Nyatura men abused her sexually", "4 men in FARDC uniform
 * raped her", "deux militaires l'ont violée", "trois hommes ont abusé d'elle". The number counts the doers; the
 * survivor is "her", one. Look-alikes: "3 women raped by soldiers" (the women are counted), "two men raped a girl and
 * her mother" (an object named: counted elsewhere).
 */

const DOERS = /^(men|hommes?|hmes|soldiers|soldats|militaires|fighters|combattants|miliciens|militiamen|elements|elts|bandits|individuals|individus|assailants|assaillants|gunmen|policemen|policiers|guys|gars|inconnus|strangers)$/;
const SEXUAL_VERB_WORDS = ['raped', 'rpd', 'rapd', 'abused', 'assaulted', 'violated', 'molested', 'defiled', 'sodomised', 'sodomized', 'violee', 'abusee', 'agressee', 'sodomisee', 'violentee', 'violer', 'abuser', 'violent', 'violaient'];
const SEXUAL_VERB = oneOf(SEXUAL_VERB_WORDS);
const SEXUAL_VERB_SAID = trigger([...SEXUAL_VERB_WORDS, 'abuse']);
const HER = /^(her|elle)$/;

/** Where "raped her" / "l'ont violée" / "abusé d'elle" is said: the verb's index, or -1. */
function oneRapedAt(tokens: readonly Token[]): number {
  if (!said(tokens, SEXUAL_VERB_SAID)) return -1;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (!SEXUAL_VERB.test(w) && w !== 'abuse') continue;
    const next = tokens[i + 1];
    // "raped her", "abused her sexually", "abusé d'elle"
    if (next && !next.breakBefore && (HER.test(next.norm) || (next.norm === 'd' && tokens[i + 2]?.norm === 'elle'))) return i;
    // "l'ont violée", "l'a violée", "la violer"
    const aux = tokens[i - 1]!.norm;
    if (/^(ont|a|avaient|auraient|vont)$/.test(aux) && tokens[i - 2]?.norm === 'l' && w !== 'abuse') return i;
    if (w === 'violer' && aux === 'la') return i;
  }
  return -1;
}

/** The survivors counted from the number of men who raped one woman: one survivor. */
export function oneRapedByMany(tokens: readonly Token[], victims: Victims): void {
  const n = victims.crsvSurvivors;
  if (n !== null && n < 2) return;
  const at = oneRapedAt(tokens);
  if (at < 0) return;
  // "FDLR fighters raped her": she is one survivor when nobody else was counted ("raped her and her daughter": two, read elsewhere)
  if (n === null) {
    if (!/^(and|et)$/.test(tokens[at + 2]?.norm ?? '') && !/^(and|et)$/.test(tokens[at + 3]?.norm ?? '')) victims.crsvSurvivors = 1;
    return;
  }
  // the men counted before the verb, in the same clause: "three Nyatura men", "4 men in FARDC uniform"
  for (let i = Math.max(0, at - 9); i < at; i++) {
    const count = readNumber(tokens, i);
    if (!count || count.article || count.value !== n) continue;
    for (let k = count.next; k < Math.min(at, count.next + 3); k++) {
      if (tokens[k]!.breakBefore) break;
      if (DOERS.test(tokens[k]!.norm)) {
        victims.crsvSurvivors = 1;
        return;
      }
    }
  }
}

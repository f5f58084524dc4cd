import type { Victims } from '../../domain/alert.js';
import { ageNotCount } from './ages.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson } from './victim-words.js';

/**
 * Counts of everyday traffic from the Kivus (reports13), read after the victim words: the shot of whom some
 * died, children who are not victims of a grave violation, the beaten one who is the dead one.
 */

// "2 ppl shot inside the site, 1 died", "3 blessés par balle, dont un a succombé": the shot who did not die are the injured.
const SHOT_WORDS = ['shot', 'wounded', 'injured', 'blesses', 'blessees', 'touches', 'touchees'];
const SHOT = oneOf(SHOT_WORDS);
const DIED_WORDS = ['died', 'dead', 'succumbed', 'succombe', 'decede', 'decedes', 'decedee', 'mort', 'morts', 'morte'];
const DIED = oneOf(DIED_WORDS);
const SHOT_SAID = trigger(SHOT_WORDS);
const DIED_SAID = trigger(DIED_WORDS);
export function shotOfWhomSomeDied(tokens: readonly Token[], s: Signals, victims: Victims): void {
  const killed = victims.killed;
  if (killed === null || killed < 1 || victims.injured !== null || !s.has('kill')) return;
  if (!said(tokens, SHOT_SAID) || !said(tokens, DIED_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!SHOT.test(tokens[i]!.norm)) continue;
    // the number right before, or before one person noun ("2 ppl shot", "3 civilians wounded")
    const at = isPerson(tokens[i - 1]!.norm) ? i - 2 : i - 1;
    const n = at >= 0 ? readNumber(tokens, at) : null;
    // ("woman 45 shot dead": an age, ages.ts)
    if (!n || n.article || n.zero || n.next !== at + 1 || n.value <= killed || ageNotCount(tokens, at)) continue;
    // the dying told after, in the same sentence
    for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
      if (tokens[k]!.stopBefore) break;
      if (DIED.test(tokens[k]!.norm)) {
        victims.injured = n.value - killed;
        return;
      }
    }
    return;
  }
}

// Children fled or held, or pupils kept from class: a displacement, a detention or an `other` report is no grave violation, so they are not `childrenAffected`
// ("9 children separated from their families arrived alone", "holding 2 minors with adults"); the fled are displaced.
export function childrenNotVictims(category: CategoryId, victims: Victims): void {
  const children = victims.childrenAffected;
  if (children === null || (category !== 'displacement' && category !== 'arbitrary_detention' && category !== 'other')) return;
  if (category === 'displacement' && victims.displaced === null) victims.displaced = children;
  victims.childrenAffected = null;
}

// "detainee died in custody, family says he was beaten": the one beaten is the one who died, not another injured.
// ("beaten …, her husband was killed": someone killed is another person.)
const DYING = /^(died|dies|die|dying|decede\w*|deces|succomb\w*|mort|morte|dead)$/;
export function beatenWasTheDead(s: Signals, victims: Victims): void {
  if (victims.killed === 1 && victims.injured === 1 && s.has('torture') && !s.has('injure') && s.all('kill').every((h) => DYING.test(s.tokens[h.start]!.norm))) victims.injured = null;
}

// "police arrested 3 suspected kidnappers, the victim freed unharmed", "ravisseurs arrêtés, l'otage libéré": the one taken
// and freed is still counted among the abducted (C7), by the words that free them. (Hostages back who tell of another
// harm are left to C12.)
const FREED_WORDS = ['freed', 'released', 'rescued', 'libere', 'liberee', 'relache', 'relachee', 'delivre', 'delivree', 'retrouve', 'retrouvee', 'sauve', 'sauvee', 'delivrees', 'delivres', 'liberees', 'liberes', 'relachees', 'relaches', 'retrouvees', 'retrouves', 'sauvees', 'sauves'];
const FREED = oneOf(FREED_WORDS);
// (t29b, reports29: a colleague, staff member, nurse or chief freed, "MSF confirms its colleague was freed")
const TAKEN_ONE = /^(victim|victime|hostage|otage|child|enfant|girl|boy|fille|garcon|woman|femme|man|homme|trader|commercant|student|eleve|driver|chauffeur|motard|colleague|collegue|employee|employe|staffer|nurse|infirmier|infirmiere|chief|chef|pastor|pasteur|priest|abbe|teacher|enseignant|son|fils|daughter|husband|mari|wife|epouse)$/;
// "le curé de Kipese et son chauffeur libérés", "the pastor and his driver freed": one person, and/et, then the possessive one.
function pairBefore(tokens: readonly Token[], possessive: number): boolean {
  if (!/^(son|sa|his|her|leur|their)$/.test(tokens[possessive]!.norm) || !/^(et|and)$/.test(tokens[possessive - 1]?.norm ?? '')) return false;
  for (let k = possessive - 2; k >= 0 && k >= possessive - 6 && !tokens[k + 1]!.breakBefore; k--) if (isSingularPerson(tokens[k]!.norm)) return true;
  return false;
}

const FREED_SAID = trigger(FREED_WORDS);
export function freedVictimsCounted(tokens: readonly Token[], s: Signals, victims: Victims, back: boolean): void {
  if (back || victims.abducted !== null || !s.has('abduct') || !said(tokens, FREED_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!FREED.test(tokens[i]!.norm)) continue;
    // ("was freed", "a été relâché", "has been released": the auxiliaries before the verb)
    let noun = i - 1;
    while (noun > i - 3 && noun > 0 && /^(was|been|has|have|a|ete|est|sont|ont|were)$/.test(tokens[noun]!.norm)) noun--;
    if (noun < 0 || !TAKEN_ONE.test(tokens[noun]!.norm.replace(/s$/, ''))) continue;
    const n = noun > 0 ? readNumber(tokens, noun - 1) : null;
    if (n && !n.zero && n.next === noun) victims.abducted = n.value;
    else if (/^(the|l|la|le|our|notre|its|his|her|their|son|sa|leur)$/.test(tokens[noun - 1]?.norm ?? '') && !/s$/.test(tokens[noun]!.norm)) victims.abducted = pairBefore(tokens, noun - 1) ? 2 : 1;
    // ("Otages relâchés: le curé … et son chauffeur libérés": a heading with no count, the people named after it; reports42)
    else if (tokens[i + 1] && (tokens[i + 1]!.breakBefore || tokens[i + 1]!.start - tokens[i]!.end >= 2) && /s$/.test(tokens[noun]!.norm)) continue;
    return;
  }
}

// "some 400 IDPs forced out of the school", "300 ménages déguerpis" (households are no count of people): people put out
// of where they lived or sheltered are displaced, counted by the number right before them.
const PUT_OUT_WORDS = ['forced', 'forcibly', 'evicted', 'kicked', 'thrown', 'driven', 'chasse', 'chassee', 'expulse', 'expulsee', 'deguerpi', 'deguerpie', 'deloge', 'delogee', 'chassees', 'chasses', 'deguerpies', 'deguerpis', 'delogees', 'deloges', 'expulsees', 'expulses'];
const PUT_OUT = oneOf(PUT_OUT_WORDS);
const DISPLACED_PEOPLE = /^(idps|idp|deplaces|deplacees|displaced|dplcs|dplces)$/;
const PUT_OUT_SAID = trigger(PUT_OUT_WORDS);
export function putOutCounted(tokens: readonly Token[], s: Signals, victims: Victims): void {
  if (victims.displaced !== null || !said(tokens, PUT_OUT_SAID)) return;
  for (const h of s.all('displace')) {
    if (!PUT_OUT.test(tokens[h.start]!.norm)) continue;
    const noun = tokens[h.start - 1]?.norm ?? '';
    if (!DISPLACED_PEOPLE.test(noun) && !isPerson(noun)) continue;
    const n = h.start >= 2 ? readNumber(tokens, h.start - 2) : null;
    if (n && !n.article && !n.zero && n.next === h.start - 1) {
      victims.displaced = n.value;
      return;
    }
  }
}

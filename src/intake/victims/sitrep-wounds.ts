import type { Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { isPerson, isSingularPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Counts of the wounds and killings vocabulary/sitrep-wounds.ts adds, where the general readers find none:
 * - people cut with a blade: "3 idps cut w machetes" (3 injured), "2 civils coupés à la machette", "a farmer hacked
 *   with a machete" (1);
 * - Lingala word order: "babeti bato 3" (they beat 3 people: 3 injured, C3), "bato mibale babomami" / "babomami
 *   bato mibale" (2 killed), "moto moko abomami" (1);
 * - one wounded person named as such: "escorted the wounded driver to Beni", "le motard blessé", "le blessé évacué";
 * - a wound told with a bare participle after one person: "a tiré sur un taxi-moto …, blessé à la jambe" (1).
 * Each fills only a count still unknown.
 */
const CUT_WORDS = ['cut', 'slashed', 'hacked', 'coupe', 'coupes', 'coupee', 'coupees', 'taillade', 'tailladee', 'tailladees', 'tailladés', 'tailladé'];
const CUT = new Set(CUT_WORDS);
const BLADE = /^(machetes?|machettes?|knives|knife|couteaux?)$/;
const AUX = /^(were|was|been|are|is|sont|ont|ete|etaient|a|have|has)$/;
const LN_BEAT_WORDS = ['babeti', 'abeti', 'babetaki'];
const LN_BEAT = oneOf(LN_BEAT_WORDS);
const LN_KILLED_WORDS = ['babomami', 'abomami', 'babomamaki', 'abomamaki', 'bobomami'];
const LN_KILLED = oneOf(LN_KILLED_WORDS);
const LN_PEOPLE = /^(bato|moto)$/;
const WOUNDED_WORDS = ['wounded', 'injured'];
const WOUNDED = oneOf(WOUNDED_WORDS);
const FR_WOUNDED_WORDS = ['blesse', 'blessee'];
const FR_WOUNDED = oneOf(FR_WOUNDED_WORDS);
const WOUND_SAID = trigger([...CUT_WORDS, ...LN_BEAT_WORDS, ...LN_KILLED_WORDS, ...WOUNDED_WORDS, ...FR_WOUNDED_WORDS]);
const BODY = /^(jambe|bras|tete|pied|main|cuisse|ventre|dos|epaule|poitrine|visage|oeil|cou|genou|leg|arm|head|foot|hand|thigh|chest|shoulder|back|stomach|neck)$/;

export function sitrepWounds(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, WOUND_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (victims.injured === null && CUT.has(w) && bladeAfter(tokens, i)) victims.injured = peopleBefore(tokens, i);
    else if (victims.injured === null && LN_BEAT.test(w) && LN_PEOPLE.test(tokens[i + 1]?.norm ?? '')) {
      const n = readNumber(tokens, i + 2);
      victims.injured = n && !n.zero ? n.value : tokens[i + 1]!.norm === 'moto' ? 1 : null;
    } else if (victims.killed === null && LN_KILLED.test(w)) victims.killed = lingalaCount(tokens, i);
    else if (victims.injured === null && WOUNDED.test(w) && tokens[i - 1]?.norm === 'the' && isSingularPerson(tokens[i + 1]?.norm ?? '') && !diedAfter(tokens, i)) victims.injured = 1;
    else if (victims.injured === null && FR_WOUNDED.test(w) && frenchWoundedOne(tokens, i) && !diedAfter(tokens, i)) victims.injured = 1;
  }
}

// ("l'enseignant blessé lundi est décédé ce matin": the wounded one died, a killing)
const DIED = /^(decede|decedee|mort|morte|died|dead|succombe|succombee|succumbed|ame|expire|expired)$/;
function diedAfter(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(i + 1).some((t) => DIED.test(t.norm));
}

function bladeAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    // ("hacked to death with machetes", "coupé à mort": killed, not wounded)
    if (tokens[k]!.norm === 'death' || (tokens[k]!.norm === 'mort' && tokens[k - 1]!.norm === 'a')) return false;
    if (BLADE.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// "3 idps cut", "2 civils ont été coupés": the people before the verb, counted or one
function peopleBefore(tokens: readonly Token[], i: number): number | null {
  let k = i - 1;
  while (k > 0 && AUX.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  const who = tokens[k]?.norm ?? '';
  if (!isPerson(who) || tokens[k + 1]!.breakBefore) return null;
  for (let j = k - 1; j >= k - 2 && j >= 0; j--) {
    const n = readNumber(tokens, j);
    if (n && !n.article && !n.zero && n.next === k) return n.value;
  }
  return isSingularPerson(who) ? 1 : null;
}

// "bato mibale babomami", "babomami bato mibale", "moto moko abomami"
function lingalaCount(tokens: readonly Token[], i: number): number | null {
  if (LN_PEOPLE.test(tokens[i + 1]?.norm ?? '')) {
    const n = readNumber(tokens, i + 2);
    if (n && !n.zero) return n.value;
  }
  for (let j = i - 1; j >= i - 3 && j > 0; j--) {
    if (!LN_PEOPLE.test(tokens[j - 1]!.norm)) continue;
    const n = readNumber(tokens, j);
    if (n && !n.zero && n.next === i) return n.value;
  }
  return /^a/.test(tokens[i]!.norm) ? 1 : null;
}

// "le blessé", "le motard blessé", or "…, blessé à la jambe" opening a clause after one person named
function frenchWoundedOne(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm ?? '';
  if ((prev === 'le' || prev === 'la' || prev === 'l') && !tokens[i]!.breakBefore) return true;
  if (isSingularPerson(prev) && /^(le|la|l)$/.test(tokens[i - 2]?.norm ?? '') && !tokens[i]!.breakBefore) return true;
  if (!tokens[i]!.breakBefore || !/^(a|au)$/.test(tokens[i + 1]?.norm ?? '')) return false;
  const body = tokens[i + 1]!.norm === 'au' ? tokens[i + 2]?.norm : tokens[i + 3]?.norm;
  if (!BODY.test(body ?? '')) return false;
  // (one person named before in the report, none counted in the plural)
  return tokens.slice(0, i).some((t, k) => isSingularPerson(t.norm) && /^(un|une|le|la|l)$/.test(tokens[k - 1]?.norm ?? ''));
}

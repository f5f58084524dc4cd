import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A Swahili passive "taken" whose subject prefix is of a thing, not a person (pending reports26): "shule ya msingi
 * imechukuliwa na Wazalendo" (the school has been taken over), "nyumba zimechukuliwa" (the houses were taken), "gari
 * ilichukuliwa" (the car was taken). The i-/zi-/li-/ya-/ki-/vi-/u- prefixes agree with things; people take a-/wa-
 * ("amechukuliwa", "wamechukuliwa"). No abduction: what was taken is said by the rest (an occupation, a theft).
 */
const THING_TAKEN = /^(i|zi|li|ya|ki|vi|u)(me|li|na|mesha|ta)(chukuliwa|chukuwa|chukuliwe|tekwa)$/;

export function thingTakenInSwahili(h: SignalHit, tokens: readonly Token[]): boolean {
  return h.value.signal === 'abduct' && h.end - h.start === 1 && THING_TAKEN.test(tokens[h.start]!.norm);
}

const SCHOOL_WORDS = ['shule', 'mashule', 'ecole', 'ecoles', 'school', 'schools', 'darasa', 'madarasa'];
const SCHOOL = oneOf(SCHOOL_WORDS);
// (and a thing taken: every word THING_TAKEN reads)
const THING_TAKEN_SAID = trigger(['i', 'zi', 'li', 'ya', 'ki', 'vi', 'u'].flatMap((who) => ['me', 'li', 'na', 'mesha', 'ta'].flatMap((when) => ['chukuliwa', 'chukuwa', 'chukuliwe', 'tekwa'].map((verb) => who + when + verb))));
const SCHOOL_SAID = trigger(SCHOOL_WORDS);
/**
 * "shule ya msingi (école primaire) imechukuliwa (occupée) na Wazalendo": a school taken over, said in Swahili with its
 * glosses in brackets that cut the clause. Read at the verb as the school used by armed men (C13, categories.ts reads a
 * school and a military use in one clause).
 */
export function schoolTakenHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, SCHOOL_SAID) || !said(tokens, THING_TAKEN_SAID)) return [];
  for (let i = 1; i < tokens.length; i++) {
    if (!THING_TAKEN.test(tokens[i]!.norm)) continue;
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (tokens[k + 1]!.stopBefore) break;
      if (SCHOOL.test(tokens[k]!.norm)) {
        return [
          { value: { signal: 'school', subType: 'attack_on_school' }, start: i, end: i + 1 },
          { value: { signal: 'militaryUse', subType: null }, start: i, end: i + 1 },
        ];
      }
    }
  }
  return [];
}

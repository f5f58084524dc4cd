import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { isSingularPerson, verbAt } from './victim-words.js';

/**
 * One person named with a singular article, then what was done to them set apart or after their age (pending reports44):
 * "Le passager, blessé par balle, est soigné au CS" (1 injured), "The driver, shot in the leg, was evacuated", "le vieux de
 * 70 ans lynché hier soir" (1 killed: "vieux" is singular after "le", though it ends in x). Counted 1 only when nothing
 * counted that harm. Look-alikes kept out: a plural ("les vieux", "the drivers, wounded"), a verb further on in a clause
 * of its own ("le chef, qui a vu les blessés"), a count already read ("2 tués, dont le chauffeur").
 */
const ONE_WORDS = ['le', 'la', 'l', 'un', 'une', 'the', 'a', 'an', 'ce', 'cet', 'cette', 'this'];
const ONE: ReadonlySet<string> = new Set(ONE_WORDS);
const ONE_SAID = trigger(ONE_WORDS);
// (French nouns the same in the singular and plural: singular after a singular article)
const INVARIABLE = /^(vieux|epoux)$/;
const YEARS = /^(ans|an|years?|yrs?)$/;

// Past "de 70 ans", "(70 ans)", "aged 70", ", 70," right after the person; `k` if none.
function pastAge(tokens: readonly Token[], k: number): number {
  let j = k;
  if (/^(de|aged|age|agee)$/.test(tokens[j]?.norm ?? '')) j++;
  if (!/^\d{1,2}$/.test(tokens[j]?.norm ?? '')) return k;
  j++;
  if (YEARS.test(tokens[j]?.norm ?? '')) j++;
  else if (tokens[j - 2]?.norm === 'de') return k;
  return j;
}

export function onePersonApposed(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, ONE_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!ONE.has(tokens[i]!.norm)) continue;
    const p = i + 1;
    const w = tokens[p]!.norm;
    if (tokens[p]!.breakBefore || !(isSingularPerson(w) || (INVARIABLE.test(w) && tokens[i]!.norm !== 'les'))) continue;
    const v = pastAge(tokens, p + 1);
    const key = verbAt(tokens, v);
    if (key !== 'killed' && key !== 'injured') continue;
    // set apart by commas ("Le passager, blessé par balle, …") or straight after the age ("le vieux de 70 ans lynché")
    const apart = tokens[v]!.breakBefore && v === p + 1;
    const afterAge = !tokens[v]!.breakBefore && (v > p + 1 || INVARIABLE.test(w));
    if (!apart && !afterAge) continue;
    if (victims[key] === null || victims[key] === undefined) victims[key] = 1;
    return;
  }
}

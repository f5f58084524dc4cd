import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { isPerson } from './victim-words.js';

/**
 * The victims' ages listed after them (pending reports31): "survivantes de 17 et 24 ans", "survivors aged 16 and 25",
 * "3 civils tués, âgés de 15, 30 et 45 ans". Each age under 18 is a child among the counted victims (C18).
 * Fills childrenAffected only where no reader counted children and a harm was counted, and never beyond that count.
 * Also set apart by commas after the people: "Two sisters, 14 and 16, raped", "Deux filles, 14 et 16 ans, violées".
 * Look-alikes kept out: one age ("une femme de 17 ans" is read elsewhere), all ages 18 or over, a span of years ("de 15 à
 * 17 ans": no "and"), ages with no harm counted.
 */
const YEARS = new Set(['ans', 'years', 'yrs', 'yo']);
const AND_WORDS = ['et', 'and'];
const AND: ReadonlySet<string> = new Set(AND_WORDS);
const AND_SAID = trigger(AND_WORDS);
const AGED = new Set(['aged', 'ages', 'agees', 'age', 'agee']);

export function agesListed(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected !== null) return;
  const harmed = Math.max(victims.killed ?? 0, victims.injured ?? 0, victims.abducted ?? 0, victims.crsvSurvivors ?? 0);
  if (harmed < 2 || !said(tokens, AND_SAID)) return;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!AND.has(tokens[i]!.norm) || !isAge(tokens[i + 1]!.norm) || !isAge(tokens[i - 1]!.norm)) continue;
    // back over "15, 30 et 45": the ages joined by commas and one "and"
    let children = Number(tokens[i + 1]!.norm) < 18 ? 1 : 0;
    let k = i - 1;
    for (;;) {
      if (Number(tokens[k]!.norm) < 18) children++;
      if (!tokens[k]!.breakBefore || !isAge(tokens[k - 1]?.norm ?? '')) break;
      k--;
    }
    const lead = tokens[k - 1]?.norm ?? '';
    // ("de 17 et 24 ans" needs its unit; "aged 16 and 25", "âgées de 19 et 24" say they are ages)
    const aged = AGED.has(lead) || (lead === 'de' && AGED.has(tokens[k - 2]?.norm ?? ''));
    // ("Two sisters, 14 and 16, raped", "Deux filles, 14 et 16 ans, violées": the ages set apart after the people)
    const apart = isPerson(lead) && tokens[k]!.breakBefore && (YEARS.has(tokens[i + 2]?.norm ?? '') || !!tokens[i + 2]?.breakBefore);
    if (!aged && !apart && !((lead === 'de' || lead === 'of') && YEARS.has(tokens[i + 2]?.norm ?? ''))) continue;
    if (children > 0) victims.childrenAffected = Math.min(children, harmed);
    return;
  }
}

function isAge(norm: string): boolean {
  return norm.length <= 2 && norm.length > 0 && norm.charCodeAt(0) >= 48 && norm.charCodeAt(0) <= 57 && Number(norm) > 0;
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A daughter or son given an age under 18 is a child harmed (C18, C24; pending reports40): "CODECO abducted the wife and
 * the 16-year-old daughter of a local pastor", "the 15-year-old son of the chief was taken", "his daughter, aged 14",
 * "sa fille âgée de 15 ans". Kin words alone are no children (a daughter may be grown); the age says it. One child
 * affected where no reader counted children. Look-alikes kept: an adult age ("his 22-year-old son"), no harm said
 * (the caller's `harmed`).
 */
const KIN_WORDS = ['daughter', 'daughters', 'son', 'sons', 'niece', 'nephew', 'grandson', 'granddaughter', 'fille', 'fils', 'neveu', 'petite', 'petit'];
const KIN = oneOf(KIN_WORDS);
const KIN_SAID = trigger(KIN_WORDS);
const YEAR = /^(year|years|yr|yrs|ans|an)$/;
const AGED = /^(aged|agee|age|de)$/;

function ageAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  return t && /^\d{1,2}$/.test(t.norm) ? Number(t.norm) : null;
}

export function agedKin(tokens: readonly Token[], harmed: boolean, victims: Victims): void {
  if (!harmed || victims.childrenAffected !== null || !said(tokens, KIN_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!KIN.test(tokens[i]!.norm)) continue;
    // "the 16-year-old daughter": the age right before
    let age: number | null = null;
    if (tokens[i - 1]?.norm === 'old' && YEAR.test(tokens[i - 2]?.norm ?? '')) age = ageAt(tokens, i - 3);
    // "daughter, aged 16", "sa fille âgée de 15 ans", "la fille de 16 ans"
    if (age === null) {
      let k = i + 1;
      while (k < i + 4 && AGED.test(tokens[k]?.norm ?? '')) k++;
      if (k > i + 1 && YEAR.test(tokens[k + 1]?.norm ?? '') && !tokens[k]!.stopBefore) age = ageAt(tokens, k);
      else if (k > i + 1 && tokens[k - 1]!.norm !== 'de') age = ageAt(tokens, k);
    }
    if (age !== null && age > 0 && age < 18) {
      victims.childrenAffected = 1;
      return;
    }
  }
}

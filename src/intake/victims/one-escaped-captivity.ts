import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isPerson, isSingularPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One person said to have escaped captivity (reports36, t36c): "une jeune fille de 16 ans échappée de captivité ADF dit
 * avoir été violée", "a woman who escaped from ADF captivity reached Oicha", "un garçon évadé de captivité". She was taken
 * (C7: the one who got away is counted abducted), one, where no other reading counted the taken. Look-alikes kept out:
 * "6 children who escaped ADF captivity" (a number: other readers count them), "villagers escaped the attack" (no
 * captivity), "escaped captivity last year, now threatened" stays one taken (the reading the English already gives).
 */
const ESCAPED_WORDS = ['escaped', 'echappe', 'echappee', 'evade', 'evadee', 'enfui', 'enfuie', 'rescape', 'rescapee', 'fled'];
const ESCAPED = oneOf(ESCAPED_WORDS);
const ESCAPED_SAID = trigger(ESCAPED_WORDS);
const FROM: ReadonlySet<string> = new Set(['from', 'de', 'd', 'the', 'la', 'their', 'leur', 'sa', 'his', 'her']);
const CAPTIVITY_WORDS = ['captivity', 'captivite'];
const CAPTIVITY = oneOf(CAPTIVITY_WORDS);
const CAPTIVITY_SAID = trigger(CAPTIVITY_WORDS);

export function oneEscapedCaptivity(tokens: readonly Token[], victims: Victims): void {
  if (victims.abducted !== null || !said(tokens, ESCAPED_SAID) || !said(tokens, CAPTIVITY_SAID)) return;
  for (let e = 1; e + 1 < tokens.length; e++) {
    if (!ESCAPED.test(tokens[e]!.norm)) continue;
    let c = e + 1;
    while (c <= e + 3 && FROM.has(tokens[c]?.norm ?? '')) c++;
    if (!CAPTIVITY.test(tokens[c]?.norm ?? '') || tokens[c]!.breakBefore) continue;
    // the person before, in the clause: one, with no number of people between (an age may stand: "de 16 ans")
    for (let k = e - 1; k >= 0 && k >= e - 8; k--) {
      const t = tokens[k]!;
      if (/^\d+$/.test(t.norm) && !/^(ans|year|years|yr|yrs)$/.test(tokens[k + 1]?.norm ?? '')) return;
      if (isPerson(t.norm) && !/^(de|d|des|du|jeune)$/.test(t.norm)) {
        if (isSingularPerson(t.norm)) victims.abducted = 1;
        return;
      }
      if (t.stopBefore) return;
    }
  }
}

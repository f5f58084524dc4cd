import type { Signals } from './categories.js';
import type { Signal } from './keywords.js';
import { said, trigger } from '../triggers.js';

/**
 * Deaths of illness, hunger or childbirth (pending reports48): "Cholera cases rising in Kalehe, 12 deaths in 1 week",
 * "Épidémie de rougeole à Minova, 8 enfants décédés", "woman died in childbirth at Mweso hospital", "morte de faim au site de
 * Rusayo". Nobody did it: `other`, low, no count (main corpus: r7en-110 "Old man died of illness in Bulengo site" has no count),
 * read as a closed incident (categories/closed-incidents.ts) so the dead are not a killing.
 * Look-alikes kept out: accidents (a collapse, a wreck: their dead are counted, r10en-033, r25en-096), and any other harm word
 * ("killed", an attack, a looting, a wound) beside the illness: those are news.
 */

const CAUSES = [
  'cholera', 'choleras', 'epidemie', 'epidemies', 'epidemic', 'outbreak', 'rougeole', 'measles', 'malaria', 'paludisme', 'ebola', 'mpox',
  'maladie', 'maladies', 'illness', 'disease', 'diseases', 'sickness', 'malnutrition', 'faim', 'hunger', 'starvation', 'famine',
  'childbirth', 'accouchement', 'couches', 'diarrhee', 'diarrhoea', 'diarrhea',
];
const CAUSE_SAID = trigger(CAUSES);
const CAUSE = new Set(CAUSES);
// The words that say only that people died (not that someone killed them).
const DEATH = /^(deaths?|died|dead|deces|decede|decedee|decedes|decedees|morts?|mortes?|succombe|succombes|perished|mourus?|meurent|dies|dying)$/;
// Any of these beside the illness is news of a harm, not an illness report.
const HARMS: readonly Signal[] = [
  'injure', 'attack', 'fighting', 'abduct', 'sexual', 'recruit', 'detention', 'torture', 'loot', 'threat', 'hate', 'explosive',
  'access', 'armed', 'militaryUse', 'underway', 'tension', 'movement', 'peacekeeper',
];

/** Deaths told only as of an illness, hunger or childbirth, with no other harm said. */
export function naturalDeathsOnly(s: Signals): boolean {
  const tokens = s.tokens;
  if (!said(tokens, CAUSE_SAID) || !tokens.some((t) => CAUSE.has(t.norm))) return false;
  // (the death word may already be read as the illness's, no longer a killing: "died in childbirth")
  if (!tokens.some((t) => DEATH.test(t.norm)) || !s.all('kill').every((h) => DEATH.test(tokens[h.start]!.norm) && h.end - h.start === 1)) return false;
  return !HARMS.some((h) => s.has(h));
}

import type { Victims } from '../../domain/alert.js';
import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * A child among the victims said by an age or a school word rather than a counted child (pending reports24):
 * - the youngest said under 18: "5 civilians executed, the youngest was 15", "le plus jeune avait 14 ans" (1 child);
 * - one child named by its age, dead or hurt: "le corps d'un enfant de 10 ans découvert", "a boy of 12 shot dead" (1 child);
 * - pupils counted as the victims: "enlèvement de 3 élèves", "4 pupils abducted", "2 écoliers blessés" (that many children).
 * Fills childrenAffected only where no reader counted children and a harm was counted. Look-alikes kept out: the youngest
 * said 18 or over, an age of something else ("une école de 10 ans"), students of a university ("étudiants").
 */
const YOUNGEST = [['the', 'youngest'], ['le', 'plus', 'jeune'], ['la', 'plus', 'jeune'], ['youngest', 'victim'], ['the', 'youngest', 'victim']];
const BE = /^(was|is|aged|age|avait|a|agee?|ayant|being|of|de)$/;
const PUPILS_WORDS = ['eleves', 'pupils', 'ecoliers', 'ecolieres', 'schoolchildren', 'schoolboys', 'schoolgirls', 'ecolier', 'ecoliere', 'eleve', 'pupil'];
const PUPILS = oneOf(PUPILS_WORDS);
// "youngest"/"jeune" of YOUNGEST, a child word, a pupil word
const CHILD_SAID = trigger(['youngest', 'jeune', ...CHILD_NOUNS, ...PUPILS_WORDS]);
const YEARS = /^(ans|an|years?|yrs?|yo|y)$/;

export function childAmongVictims(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected !== null) return;
  const harmed = (['killed', 'injured', 'abducted'] as const).some((k) => (victims[k] ?? 0) > 0);
  if (!harmed || !said(tokens, CHILD_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    // "the youngest was 15", "le plus jeune avait 14 ans"
    const y = YOUNGEST.find((p) => p.every((w, d) => tokens[i + d]?.norm === w));
    if (y) {
      let k = i + y.length;
      while (k < i + y.length + 2 && BE.test(tokens[k]?.norm ?? '')) k++;
      const age = /^\d{1,2}$/.test(tokens[k]?.norm ?? '') ? Number(tokens[k]!.norm) : -1;
      if (age > 0 && age < 18) {
        victims.childrenAffected = 1;
        return;
      }
    }
    // "un enfant de 10 ans", "a boy of 12"
    if (CHILD_NOUNS.has(tokens[i]!.norm) && /^(un|une|a|an|the|le|la|l)$/.test(tokens[i - 1]?.norm ?? '') && /^(de|of|aged|age)$/.test(tokens[i + 1]?.norm ?? '')) {
      const age = /^\d{1,2}$/.test(tokens[i + 2]?.norm ?? '') ? Number(tokens[i + 2]!.norm) : -1;
      if (age > 0 && age < 18 && (YEARS.test(tokens[i + 3]?.norm ?? '') || tokens[i + 1]!.norm !== 'de') && (victims.killed === 1 || victims.injured === 1 || victims.abducted === 1)) {
        victims.childrenAffected = 1;
        return;
      }
    }
    // "enlèvement de 3 élèves", "4 pupils abducted": the pupils are the victims counted
    if (PUPILS.test(tokens[i]!.norm)) {
      const n = readNumber(tokens, i - 1);
      if (n && !n.zero && n.value > 0 && (['killed', 'injured', 'abducted'] as const).some((k) => victims[k] === n.value)) {
        victims.childrenAffected = n.value;
        return;
      }
    }
  }
}

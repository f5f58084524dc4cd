import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One person named, then the wound told of him or her with a pronoun (pending reports26): "un cultivateur a sauté sur
 * un engin explosif ; il a été amputé", "a farmer stepped on a mine, he lost a leg", "PNC rescued him with head injuries",
 * "elle a été hospitalisée avec des blessures", "une femme touchée par une balle perdue, elle est blessée à la jambe".
 * One injured, when no count of the injured was read and nobody is said dead.
 * Look-alikes kept out: a pronoun with no person before it, several people before it ("3 farmers … they were wounded"
 * is read by the count), a wound denied ("il n'a pas été blessé", "he was not hurt").
 */
const ONE = /^(un|une|a|an|one|the|le|la|l)$/;
const PRONOUN_WORDS = ['il', 'elle', 'he', 'she', 'him', 'her', 'lui'];
const PRONOUN = oneOf(PRONOUN_WORDS);
const AUX = /^(a|est|was|is|s|has|been|had|ete|etait|avait)$/;
// Where the person is, between the pronoun and the wounds: "he's in custody w injuries", "il est à l'hôpital avec des blessures" (reports36).
const KEPT_IN = /^(custody|hospital|hopital|detention|cachot|cell|cellule|prison|jail|clinic|clinique)$/;
const WOUND_WORDS = ['ampute', 'amputee', 'amputated', 'blesse', 'blessee', 'wounded', 'injured', 'hurt', 'hospitalise', 'hospitalisee', 'hospitalized', 'hospitalised', 'mutile', 'mutilee', 'maimed'];
const WOUND = oneOf(WOUND_WORDS);
const LOST_WORDS = ['lost', 'perdu'];
const LOST = oneOf(LOST_WORDS);
const PRONOUN_SAID = trigger(PRONOUN_WORDS);
// a wound word, a limb lost, or "with/w/avec" its wounds
const WOUND_SAID = trigger([...WOUND_WORDS, ...LOST_WORDS, 'with', 'w', 'avec']);
const LIMB = /^(leg|legs|arm|arms|hand|hands|foot|feet|eye|eyes|jambe|jambes|bras|main|mains|pied|pieds|oeil|yeux)$/;
const WITH_WOUNDS = /^(injuries|injury|wounds|wound|blessures|blessure|fractures?|burns|brulures)$/;

export function resumedWound(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || victims.killed !== null || !said(tokens, PRONOUN_SAID) || !said(tokens, WOUND_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!PRONOUN.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    while (k < tokens.length && k < i + 4 && AUX.test(tokens[k]!.norm)) k++;
    for (let d = 1; d <= 3 && k + d < tokens.length; d++) {
      if (/^(in|at|en|au|a|l|the|la|police|pnc)$/.test(tokens[k + d - 1]!.norm) && KEPT_IN.test(tokens[k + d]!.norm)) {
        k += d + 1;
        break;
      }
    }
    const w = tokens[k]?.norm ?? '';
    const wounded =
      WOUND.test(w) ||
      (LOST.test(w) && LIMB.test(tokens[k + 2]?.norm ?? tokens[k + 1]?.norm ?? '')) ||
      // "rescued him with head injuries", "l'ont évacuée avec des blessures"
      (/^(with|w|avec)$/.test(w) && [1, 2, 3].some((d) => WITH_WOUNDS.test(tokens[k + d]?.norm ?? '')));
    if (!wounded || /^(not|pas|ne|n|no)$/.test(tokens[k - 1]?.norm ?? '')) continue;
    if (onePersonBefore(tokens, i)) {
      victims.injured = 1;
      return;
    }
  }
}

function onePersonBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 25; j--) if (isPerson(tokens[j]!.norm) && !tokens[j]!.breakBefore && (ONE.test(tokens[j - 1]!.norm) || (ONE.test(tokens[j - 2]?.norm ?? '') && !tokens[j - 1]!.breakBefore))) return true;
  return false;
}

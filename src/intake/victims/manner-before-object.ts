import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * French puts the weapon between the verb and the one harmed (pending reports40): "ont violé 2 femmes et blessé à la
 * machette le mari de l'une d'elles", "ont blessé par balle un motard", "a tué à coups de machette le chef", "blessé au
 * couteau sa voisine". The count readers look for the person right after the verb; here one person, counted at the
 * verb's harm where no reader counted it. Look-alikes kept: a count after the manner ("blessé par balle 3 civils", read
 * by the count readers), the manner with no person after it ("blessé par balle à Beni"), a thing ("blessé à la machette
 * la vache").
 */
const INJURED_WORDS = ['blesse', 'blessee', 'blesser', 'blesses', 'blessees', 'tabasse', 'tabassee', 'poignarde', 'poignardee', 'machette', 'machettee'];
const KILLED_WORDS = ['tue', 'tuee', 'abattu', 'abattue', 'assassine', 'assassinee', 'egorge', 'egorgee'];
const VERB: ReadonlyArray<[RegExp, 'injured' | 'killed']> = [
  [oneOf(INJURED_WORDS), 'injured'],
  [oneOf(KILLED_WORDS), 'killed'],
];
const VERB_SAID = trigger([...INJURED_WORDS, ...KILLED_WORDS]);
const MANNER_START = /^(a|au|aux|par|avec)$/;
const MANNER = /^(la|le|l|une|un|des|coups?|de|d|machette|machettes|balle|balles|couteau|couteaux|baton|batons|gourdin|gourdins|fleche|fleches|lance|lances|arme|armes|blanche|feu|hache|houe|pierres?|gravement|grievement|mortellement)$/;
const ONE = /^(le|la|l|un|une|son|sa|leur|ce|cette)$/;

export function mannerBeforeObject(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, VERB_SAID)) return;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const key = VERB.find(([re]) => re.test(w))?.[1];
    if (!key || victims[key] !== null) continue;
    let k = i + 1;
    if (!MANNER_START.test(tokens[k]!.norm) || tokens[k]!.breakBefore) continue;
    k++;
    let words = 0;
    while (k < tokens.length && words < 4 && MANNER.test(tokens[k]!.norm) && !tokens[k]!.breakBefore && !(ONE.test(tokens[k]!.norm) && isPerson(tokens[k + 1]?.norm ?? ''))) {
      k++;
      words++;
    }
    if (words === 0 || k + 1 >= tokens.length || tokens[k]!.breakBefore || tokens[k + 1]!.breakBefore) continue;
    if (ONE.test(tokens[k]!.norm) && isPerson(tokens[k + 1]!.norm)) {
      victims[key] = 1;
      return;
    }
  }
}

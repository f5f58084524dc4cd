import type { Token } from '../normalize.js';
import { isPerson } from './victim-words.js';

/**
 * A person named by a title and its complement (pending reports24): "le chef de groupement", "le chef de village", "the chief
 * of Kididiwe", "le président de la société civile", "la présidente des femmes". A reader that looks for the person just before
 * a verb finds the complement ("groupement", "Kididiwe"); this gives the title's index instead. Look-alikes left as they are:
 * a complement that is a person itself ("la femme du chef": the chief is the person read), a number before the complement.
 */
const OF = /^(de|du|d|des|of|the|la|le|l)$/;

/** The index of the person whose title ends at `k` with a complement of one or two words ("chef de groupement"), else `k`. */
export function titledPersonAt(tokens: readonly Token[], k: number): number {
  const at = tokens[k];
  if (!at || (isPerson(at.norm) && !OF.test(at.norm))) return k;
  let of = false;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (tokens[j + 1]!.breakBefore) return k;
    // (the linking word first: "de" is a person word for the victim readers, a Lingala plural)
    if (OF.test(tokens[j]!.norm)) of = true;
    else if (isPerson(tokens[j]!.norm)) return of && OF.test(tokens[j + 1]!.norm) ? j : k;
    else if (/^\d/.test(tokens[j]!.norm)) return k;
  }
  return k;
}

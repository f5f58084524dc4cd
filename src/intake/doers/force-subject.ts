import { suspectsArrested } from '../constructions/suspects-arrested.js';
import type { Token } from '../normalize.js';

/**
 * Soldiers or police as the subject of a harm verb that comes after words host-forces.ts does not skip (reports23, C1,
 * C2): a relative clause telling something else about them ("Troops who fled the front looted homes", "des militaires
 * qui avaient fui le front ont pillé"), or the post they man ("les militaires de la barrière de Ngungu exigent 2000 FC",
 * "police of the Kasindi checkpoint beat…"). `isHarm` is host-forces' test of a verb of harm, `suffered` of harm suffered.
 */

const RELATIVE = /^(who|qui|that)$/;
const POST = /^(barriere|barrieres|barrage|checkpoint|roadblock|barrier|poste|post|position|camp|base|station|commissariat)$/;
const LINK = /^(de|du|des|d|of|at|a|la|le|l|the|au)$/;
const AUX = /^(have|has|had|ont|a|avaient|avait|then|ensuite|also|aussi|reportedly|allegedly)$/;
const NEGATION = /^(not|no|never|n|ne|pas|jamais|didnt)$/;
// A passive or a state: "soldiers who were killed", "policiers qui ont été blessés"
const PASSIVE = /^(were|was|been|being|is|are|sont|ete|etait|etaient|est)$/;

export function harmAfterForceWords(tokens: readonly Token[], i: number, isHarm: (n: string) => boolean, suffered: (n: string) => boolean): boolean {
  let k = i + 1;
  const first = tokens[k];
  if (!first || first.breakBefore) return false;
  if (RELATIVE.test(first.norm)) {
    // the relative clause's own verb is read by host-forces (a harm there is theirs); here the main verb after it
    const own = tokens[k + 1];
    if (!own || own.breakBefore || isHarm(own.norm) || PASSIVE.test(own.norm) || NEGATION.test(own.norm)) return false;
    for (let j = k + 2; j < tokens.length && j <= k + 7 && !tokens[j]!.breakBefore; j++) {
      const n = tokens[j]!.norm;
      if (NEGATION.test(n) || PASSIVE.test(n)) return false;
      if (isHarm(n) && !suffered(n) && !/^(the|les|des|la|le|a|an)$/.test(tokens[j - 1]!.norm)) return !suspectsArrested(tokens, j);
    }
    return false;
  }
  // "de la barrière (de Ngungu)", "of the checkpoint"
  while (k < i + 3 && LINK.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  // "at the Kasindi checkpoint"
  if (k > i + 1 && /^\p{Lu}/u.test(tokens[k]?.text ?? '') && POST.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k++;
  if (k === i + 1 || !POST.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  // the post's place: "de Ngungu"
  if (/^(de|d|of|at|a|in)$/.test(tokens[k]?.norm ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !tokens[k + 1]!.breakBefore) k += 2;
  while (k < i + 9 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const verb = tokens[k];
  return verb !== undefined && !verb.breakBefore && isHarm(verb.norm) && !suffered(verb.norm);
}


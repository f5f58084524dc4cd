import type { Token } from '../normalize.js';

/**
 * People's villages named before the place they lie in or around (reports43):
 *  - gone home to them: "retour de 300 personnes vers leurs villages de Kibumba", "returned to their homes in Kibumba",
 *    "rentrés dans leurs champs à Ntoto": where they went back to is the place (C8), as "rentrés à Ntoto" already is
 *    (site-and-return.ts);
 *  - fled from them: "3,000 IDPs … from villages around Pimbo", "déplacés venus des villages autour de Pimbo": the
 *    place left is where it happened, as "from Pimbo" already is (where.ts ORIGIN).
 * Only within one clause, the homes word right before the place's small word.
 */
const HOMES = /^(villages?|homes?|maisons?|foyers?|localites?|localities|locality|champs|fields|collines|hills|areas?|zones?|environs)$/;
const OF = /^(de|d|des|du|a|in|at|of|around|near|autour|pres|proches?|round)$/;
const RETURNED = /^(rentre|rentres|rentree|rentrees|rentrent|retourne|retournes|retournee|retournees|retournent|revenus|revenues|reviennent|returned|returning|return|returns|back|retour|regagne|regagnent|regagner)$/;
const FROM = /^(from|frm|de|des|du|d|venus|venues|venant|provenance|fled|fleeing|fuyant|fui|originaires)$/;

// The homes word before the place at `start`, past its small words ("villages autour de", "villages around", "homes in").
function homesBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  let small = 0;
  while (k >= 0 && small < 2 && OF.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) {
    k--;
    small++;
  }
  if (small === 0 || k < 0 || tokens[k + 1]!.breakBefore || !HOMES.test(tokens[k]!.norm)) return -1;
  return k;
}

// The nearest word before the homes word at `h` that `cue` accepts, within `reach` words and the same clause, or -1.
function cueBefore(tokens: readonly Token[], h: number, reach: number, cue: RegExp): number {
  for (let k = h - 1; k >= 0 && k >= h - reach; k--) {
    if (tokens[k + 1]!.breakBefore) return -1;
    if (cue.test(tokens[k]!.norm)) return k;
  }
  return -1;
}

/** The place at `start` is where people went back to their homes. */
export function homesReturnedTo(tokens: readonly Token[], start: number): boolean {
  const h = homesBefore(tokens, start);
  return h >= 0 && cueBefore(tokens, h, 7, RETURNED) >= 0;
}

/** The place at `start` is where people's villages lay, named after "from": the place they left. */
export function homesLeft(tokens: readonly Token[], start: number): boolean {
  const h = homesBefore(tokens, start);
  const from = h >= 0 ? cueBefore(tokens, h, 2, FROM) : -1;
  return from >= 0 && !RETURNED.test(tokens[from - 1]?.norm ?? '');
}

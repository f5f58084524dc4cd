import type { Token } from '../normalize.js';

/**
 * The host force's post as where someone got to (reports29): "the trader escaped from his captors and reached the FARDC
 * post", "the hostages ran to the FARDC position", "2 women sought refuge at the police station", "s'est évadé et a
 * rejoint la position FARDC", "les otages se sont réfugiés au camp des FARDC". A destination, not a doer, whoever else
 * is named (the captors may stay unnamed). "FARDC at the post beat him" (the force before the post, doing) is not this.
 * Only the force names before or after a post word pay for the look back.
 */
const POST = /^(position|positions|camp|base|poste|post|checkpoint|barriere|barrier|caserne|barracks|commissariat|station|bureau|qg|hq|headquarters)$/;
const REACHED = /^(reached|reach|reaching|arrived|arriving|ran|run|running|fled|escaped|walked|sought|rejoint|rejoindre|atteint|arrive|arrivee|arrives|arrivees|refugie|refugies|refugiee|refugiees|refugier|couru|fui|enfui|enfuis|presente|presentes|presented|reported|rendu|rendus)$/;
const BETWEEN = /^(the|a|an|nearest|nearby|local|la|le|l|les|au|aux|a|at|to|in|into|of|de|du|des|d|refuge|shelter|safety|way|it|its|his|her|their|back|him|them|herself|himself|themselves|se|s|sont|est|a|ont|finally|enfin|jusqu|until|safely)$/;

export function forcePostReached(tokens: readonly Token[], start: number, end: number): boolean {
  // "the FARDC post": the post right after the name; "la position des FARDC": the post right before it
  let k: number;
  if (POST.test(tokens[end]?.norm ?? '') && !tokens[end]!.breakBefore) k = start - 1;
  else {
    k = start - 1;
    while (k > start - 3 && /^(la|l|the|les|des|du|de|d|of)$/.test(tokens[k]?.norm ?? '')) k--;
    if (!POST.test(tokens[k]?.norm ?? '')) return false;
    k--;
  }
  for (let j = k; j >= 0 && j >= k - 5; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    const w = tokens[j]!.norm;
    if (REACHED.test(w)) return true;
    if (!BETWEEN.test(w)) return false;
  }
  return false;
}

import type { Token } from '../normalize.js';

/**
 * The army's own police, "MP" / "PM" (police militaire), named as the ones who arrested the culprit: "bullet from a drunk
 * soldier wounded a kid, soldier arrested by MP", "le militaire a été arrêté par la PM". They responded (C1, C2): no
 * group in free text, so the soldier who did it keeps the report's doer (FARDC). Only the acronym after "by/par" with
 * an arrest word just before.
 */
const MP = /^(mp|pm)$/;
const ARREST = /^(arrested|detained|apprehended|caught|held|arrete|arretes|arretee|interpelle|interpelles|apprehende|detenu|remis|handed|taken|conduit)$/;

export function militaryPoliceArresting(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || !MP.test(tokens[start]!.norm)) return false;
  let k = start - 1;
  if (/^(la|the|l)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(by|par|to|a)$/.test(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    if (ARREST.test(tokens[j]!.norm)) return true;
  }
  return false;
}

import type { Token } from '../normalize.js';

/**
 * "attaque ADF repoussée par les FARDC", "incursion des CODECO repoussée", "ADF attack repelled by FARDC": the
 * participle after the group agrees with the attack the group made, not with the group, so the group named as the
 * attack's owner is its doer, not one who repelled anything (doers/actors.ts, doers/staff-titles.ts read "FARDC
 * repelled…", "les FARDC ont repoussé…" as a response).
 */
const ATTACK_NOUN = /^(attaque|attaques|attack|attacks|incursion|incursions|raid|raids|embuscade|ambush|assaut|assault|offensive|infiltration|tentative|attempt)$/;
const OF = /^(des|de|du|d|of|the|la|le|les|l)$/;

/** The group at `start` is named as the owner of an attack: "attaque ADF", "incursion des CODECO", "raid by the M23" is not. */
export function ownerOfAttack(tokens: readonly Token[], start: number): boolean {
  if (tokens[start]?.breakBefore) return false;
  let k = start - 1;
  if (OF.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k--;
  if (OF.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k--;
  return ATTACK_NOUN.test(tokens[k]?.norm ?? '');
}

const REPELLED = /^(repel\w*|repuls\w*|repouss\w*|ripost\w*)$/;
/** "repoussée par la PNC", "repelled by the police": the force named after the repelling answered the attack. */
export function repelledBy(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (OF.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(by|par)$/.test(tokens[k]?.norm ?? '')) return false;
  // (a time between: "repelled overnight by FARDC", "repoussée hier soir par les FARDC", t29)
  for (let p = k - 1; p >= 0 && p >= k - 4; p--) {
    if (REPELLED.test(tokens[p]!.norm)) return true;
    if (tokens[p + 1]!.breakBefore || !WHEN.test(tokens[p]!.norm)) return false;
  }
  return false;
}
const WHEN = /^(overnight|yesterday|today|tonight|quickly|finally|eventually|soon|later|night|last|morning|evening|hier|soir|matin|nuit|cette|ce|rapidement|finalement|vite|ensuite)$/;

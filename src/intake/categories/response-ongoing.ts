import type { Token } from '../normalize.js';

/**
 * C10 (reports37): "ongoing", "en cours" said of the force's pursuit, search or sweep tells the RESPONSE goes on, not
 * the attack: "Follow-up Kamango: 2 of the bodies identified; FARDC pursuit ongoing", "ratissage en cours", "traque des
 * assaillants en cours", "search operations still ongoing". Not under way (critical) on its own. Look-alikes kept
 * out: "fighting ongoing", "attaque en cours" (the harm goes on), a second clause that says the fighting goes on.
 */
const RESPONSE_NOUN = /^(pursuit|pursuits|poursuite|poursuites|ratissage|ratissages|traque|search|searches|searching|recherche|recherches|fouille|fouilles|bouclage|cordon|manhunt|sweep|sweeps|mop|operation|operations|operations|investigation|investigations|enquete|enquetes|evacuation|evacuations|identification)$/;
const LINK = /^(fardc|pnc|army|police|armee|monusco|is|are|still|toujours|sont|est|des|de|du|d|the|les|la|le|l|of|assaillants|attackers|assailants|suspects|auteurs|up|mopping|ratissage|encore|in)$/;

/** The under-way word at `start` follows a response noun in the same clause ("pursuit ongoing", "ratissage en cours"). */
export function responseGoesOn(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (RESPONSE_NOUN.test(tokens[k]!.norm)) return true;
    if (tokens[k + 1]!.breakBefore || !LINK.test(tokens[k]!.norm)) return false;
  }
  return false;
}

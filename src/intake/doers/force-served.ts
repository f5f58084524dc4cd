import type { Token } from '../normalize.js';

/**
 * The host force named as those someone cared for, sheltered, fed or helped is who the threat or harm was aimed
 * through, not a doer (reports34): "ADF letter threatens to attack the health centre if it keeps treating FARDC
 * soldiers", "les ADF menacent l'hôpital s'il continue de soigner les militaires FARDC", "chef menacé pour avoir hébergé
 * des FARDC", "threatened for feeding FARDC troops". Look-alikes: "FARDC treating civilians badly" (the force first),
 * "FARDC beat a nurse who refused to treat them".
 */
const SERVING = /^(treat|treating|treated|treats|soigner|soigne|soignes?|soignant|soignait|heberge\w*|hosting|hosted|sheltering|sheltered|harbouring|harboring|harboured|feeding|fed|nourrir|nourri|nourrit|nourrissant|ravitaill\w*|supplying|helping|helped|aider|aide|aidant|guiding|guidant|guide|renseign\w*|informing)$/;
const BETWEEN = /^(the|les|des|de|d|du|la|le|l|some|wounded|injured|sick|blesses?|malades?|militaires|soldats|soldiers|elements|troops|les|their|leurs)$/;

export function forceServed(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (SERVING.test(tokens[k]!.norm)) return true;
    if (!BETWEEN.test(tokens[k]!.norm)) return false;
  }
  return false;
}

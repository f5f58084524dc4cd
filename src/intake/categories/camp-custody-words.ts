import type { Token } from '../normalize.js';

/**
 * More ways a report tells that the army or police held people at "the camp" (reports37), read by detention-camp.ts
 * beside its arrest words: "soldiers rounded up 3 youths, took them to the camp … still holding them", "5 jeunes
 * bakangi na basoda (FARDC), battus au camp avant d'être relâchés" (Lingala "bakangi": arrested), "emmenés au camp
 * militaire", "gardés au camp". Held, rounded up, taken away or released people beside a force word are detainees:
 * the camp is the force's, not an IDP site. (Displaced people named keep the IDP site: detention-camp.ts.)
 */
const HELD = /^(rounded|rafle|rafles|raflees?|holding|held|bakangi|bakangami|wamekamatwa|emmenes|emmene|emmenee|emmenees|amenes|conduits|garde|gardes|gardees?|relaches|relache|relachee|relachees|released|liberes|libere|liberee|liberees|locked|enfermes)$/;
const FORCE = /^(basoda|musoda|masoda|soldiers|soldats|militaires|fardc|pnc|policiers|policemen|police)$/;

/** People said held, rounded up, taken or released, with a host force named. */
export function heldByForce(tokens: readonly Token[]): boolean {
  return tokens.some((t) => HELD.test(t.norm)) && tokens.some((t) => FORCE.test(t.norm));
}

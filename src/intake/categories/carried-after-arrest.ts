import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * People arrested, then "emmenés", "taken to", "conduits" somewhere: the carrying is the arrest going on, not a
 * kidnapping of its own ("les militaires burundais ont arrêté 4 pêcheurs à Kiliba, emmenés vers Uvira", "la police a
 * arrêté 3 motards, emmenés au commissariat"). A detention word before it keeps the report a detention (C14, C23);
 * an arrest by an armed group is read as an abduction by its own verb (group-arrests.ts), so nothing is lost there.
 */
const CARRIED = /^(emmene|emmenes|emmenee|emmenees|amene|amenes|amenee|amenees|conduits?|conduites?|transferes?|transferees?|took|taken|led|brought|carried)$/;
// ("… and took them to their position", "… et les ont emmenés à leur position": the carrying joined to the arrest, reports23)
const JOIN = /^(and|et|then|puis)$/;

const STATE = /^(police|policiers?|policemen|policeman|pnc|fardc|militaires?|soldats?|soldiers?|troops|army|armee|anr|demiap|updf|rdf|fdnb)$/;

export function carriedAfterArrest(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (h.value.signal !== 'abduct' || h.end - h.start !== 1 || !CARRIED.test(tokens[h.start]!.norm)) return false;
  // (only when the carrying is the one word of taking, in the arrest's sentence: "2 civils enlevés par les ADF … emmenés" stays)
  if (hits.some((o) => o.value.signal === 'abduct' && !CARRIED.test(tokens[o.start]!.norm))) return false;
  // (the arrest is a state's: an armed group's or an unknown group's "arrest" stays a taking, C23)
  if (!tokens.some((t) => STATE.test(t.norm))) return false;
  // (a participle of its own after the arrest, to a place: ", emmenés vers Uvira", ", emmenés au commissariat")
  const k = h.start;
  const joined = JOIN.test(tokens[k - 1]?.norm ?? '') || (tokens[k - 1]?.norm === 'ont' && /^(les|l|le|la)$/.test(tokens[k - 2]?.norm ?? '') && JOIN.test(tokens[k - 3]?.norm ?? ''));
  const to = /^(them|him|her)$/.test(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  if (!(tokens[k]!.breakBefore || joined) || !/^(vers|a|au|aux|to|towards?|jusqu)$/.test(tokens[to]?.norm ?? '')) return false;
  return hits.some((d) => d.value.signal === 'detention' && d.end <= h.start && h.start - d.end <= 10 && !tokens.slice(d.end, h.start + 1).some((t) => t.stopBefore));
}

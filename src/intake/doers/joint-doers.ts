import type { Token } from '../normalize.js';

/**
 * The host force paired with another group as the subject of what was done, in a clause that tells it together or tells
 * a demand (pending reports26): "Imbonerakure and FARDC patrol together and ask 1000 FC at the bridge", "FARDC et
 * Wazalendo exigent ensemble 2000 FC", "FARDC na Wazalendo wanadai 500 fc", "les militaires et les Mai-Mai perçoivent une
 * taxe". Both did it (C1, C2): the force is no responder the other group's harm left behind (force-responding.ts).
 * Look-alikes kept out: "ADF attacked Mbau; FARDC and Wazalendo pursued them" (a response, no demand nor "together").
 */
const AND = /^(and|et|na|&|\+|with|avec)$/;
const JOINT = /^(together|ensemble|jointly|conjointement|pamoja|joint|mixed|mixte|mixtes|ask|asks|asking|demand|demands|demanding|exige|exigent|percoivent|percoit|prelevent|collect|collecting|charge|charging|wanadai|wanatoza|impose|imposent|imposing|taxent|taxing)$/;

export function jointDoer(tokens: readonly Token[], start: number, end: number, groupAt: (k: number) => boolean): boolean {
  const before = AND.test(tokens[start - 1]?.norm ?? '') && !tokens[start - 1]!.breakBefore && !tokens[start]!.breakBefore && groupAt(start - 2);
  const after = AND.test(tokens[end]?.norm ?? '') && !tokens[end]?.breakBefore && groupAt(end + 1);
  if (!before && !after) return false;
  for (let k = end; k < tokens.length && k < end + 8; k++) {
    if (k > end && tokens[k]!.breakBefore) return false;
    if (JOINT.test(tokens[k]!.norm)) return true;
  }
  return false;
}

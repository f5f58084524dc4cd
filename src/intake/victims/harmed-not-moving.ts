import type { Token } from '../normalize.js';

/**
 * "enlevement 3 pers route eringeti", "kidnapping of 3 pers on the Mbau road": a count that is the object of a harm
 * noun names the victims, and the road after it is where it happened, not people on the move ("2000 pers en route",
 * victims/moved-people.ts). Without this the abducted were counted displaced too (reports26).
 */
const HARM_NOUN = new Set([
  'enlevement', 'enlevements', 'enlvt', 'enlvmt', 'kidnapping', 'kidnappings', 'kidnap', 'rapt', 'abduction', 'abductions',
  'attaque', 'attaques', 'attack', 'attacks', 'embuscade', 'ambush', 'assassinat', 'assassinats', 'meurtre', 'meurtres',
  'killing', 'killings', 'arrestation', 'arrestations', 'arrest', 'arrests',
]);

export function countNamedByHarm(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (/^(de|d|des|of)$/.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k--;
  return k >= 0 && !tokens[k + 1]!.breakBefore && HARM_NOUN.has(tokens[k]!.norm);
}

import type { Token } from '../normalize.js';

/**
 * "burnt 20 houses in Kitutu in retaliation for the arrest of their man", "en représailles à l'arrestation de leur chef",
 * "in revenge for the killing of a cow": what the retaliation answers is the cause, not the incident reported
 * (categories/causes.ts). Only the noun with its "for/à/de/of" after it: "reprisal attacks on villagers" are the incident.
 */
const RETALIATION = /^(retaliation|reprisal|reprisals|represailles|represaille|revenge|vengeance|retaliating|retaliate)$/;
const FOR = /^(for|a|au|aux|de|du|des|d|of|against|contre|after|apres)$/;

export function retaliationFor(tokens: readonly Token[], k: number): boolean {
  return RETALIATION.test(tokens[k]?.norm ?? '') && FOR.test(tokens[k + 1]?.norm ?? '') && !/^(against|contre)$/.test(tokens[k + 1]!.norm);
}

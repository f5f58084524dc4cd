import type { Token } from '../normalize.js';

/**
 * C11 said in Lingala (pending reports38): "moto moko te azoki" (not one person is hurt), "moto te azoki", "bato te bazoki",
 * "moto moko te azoki to akufi" — nobody hurt: killed 0 and injured 0, as "hakuna aliyeumia" and "no one hurt" are
 * (victims/victims.ts nobodyHurtSpan asks it). Look-alikes kept: "moto moko azoki" (one person hurt: no "te"), "bato 4
 * bazoki" (four hurt).
 */
const PERSON = /^(moto|bato)$/;
const HURT = /^(azoki|bazoki|azokaki|bazokaki|azokisami|bazokisami)$/;

/** [start, end) of "moto (moko) te azoki", or null. */
export function lingalaNobodyHurt(tokens: readonly Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!PERSON.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (/^(moko|ata|mosusu)$/.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (tokens[k]?.norm !== 'te' || tokens[k]!.breakBefore) continue;
    const verb = tokens[k + 1];
    if (verb && !verb.breakBefore && HURT.test(verb.norm)) return [i, k + 2];
  }
  return null;
}

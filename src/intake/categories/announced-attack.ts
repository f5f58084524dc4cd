import type { Signals } from './categories.js';

/**
 * "ADF planning to hit Bulongo tonight", "armed men heading to Nyankunde, locals say they will strike before dawn": an attack
 * only announced or expected. With armed men on the move beside it, the report is the movement (categories.ts; the threat of
 * attack stays the alternative). The attack verb may sit anywhere in the threat's words ("to hit", "will strike"), not only
 * first. Look-alikes kept out: a threat against a person ("threatened to kill the chief"), a threat of another harm.
 */
const ATTACK_WORD = /^(attack|attaqu|assault|raid|incursion|strike|frapp|hit)/;

export function attackOnlyExpected(s: Signals): boolean {
  return s.all('threat').every((h) => {
    // ("Threat of an attack on Nizi, letters circulating": a threat said as a noun stays the threat)
    if (h.value.subType !== 'threat_of_attack' || /^(threat|threats|menace|menaces|risque|risk)$/.test(s.tokens[h.start]!.norm)) return false;
    for (let k = h.start; k < h.end; k++) if (ATTACK_WORD.test(s.tokens[k]!.norm)) return true;
    return false;
  });
}

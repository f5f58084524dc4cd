import type { Token } from '../normalize.js';

/**
 * A group named only in what the victim had been told before, after a harm by others (reports36): "village chief killed
 * by unknown gunmen at his home; he had been threatened by M23 for refusing to recruit youths", "un chef tué par des
 * inconnus armés; il avait reçu des menaces pour avoir refusé de livrer des jeunes au M23". The earlier threat is the
 * background the report gives; the killers are who the report says they are. Look-alikes kept: the group that threatens
 * in the report itself ("M23 threatened the chief"), a harm and then the group said to have done it ("killed last night;
 * M23 is suspected").
 */
const HAD = /^(had|avait|avaient)$/;
const THREAT = /^(threatened|threats|threat|menace|menacee?s?|menaces|warned|averti|avertie|intimidated|intimide|intimidee)$/;
const SUSPECTED = /^(suspected|suspects?|soupconnee?s?|blamed|accused|accusee?s?|behind|responsible|responsables?|presumed|presumee?s?)$/;
const HARM = /^(killed|murdered|shot|tue|tuee|tues|abattu|abattue|assassine|assassinee|executed|execute|executee|hacked|stabbed|found|retrouve|retrouvee)$/;

export function earlierThreatOnly(tokens: readonly Token[], start: number): boolean {
  let had = -1;
  for (let k = start - 1; k >= 0 && k >= start - 16; k--) {
    if (tokens[k + 1]!.stopBefore) break;
    if (HAD.test(tokens[k]!.norm) && tokens.slice(k + 1, Math.min(k + 5, start)).some((t) => THREAT.test(t.norm))) {
      had = k;
      break;
    }
  }
  if (had < 0) return false;
  // ("…; he had been threatened by M23, and M23 is suspected": the group blamed for the harm is a doer again)
  if (tokens.slice(had + 1, start).some((t) => /^(and|et|but|mais)$/.test(t.norm)) || tokens.slice(start + 1, start + 5).some((t) => SUSPECTED.test(t.norm))) return false;
  // the harm is told first, in a clause of its own
  for (let k = had - 1; k >= 0; k--) if (HARM.test(tokens[k]!.norm)) return tokens.slice(k + 1, had + 1).some((t) => t.breakBefore);
  return false;
}

import type { Token } from '../normalize.js';

/**
 * A group's collaborators, informers or accomplices named as the agent of a harm are that group acting (pending reports38):
 * "informant threatened by ADF collaborators", "menacé par des collaborateurs ADF", "beaten by M23 informers". Elsewhere the
 * same words describe the victims ("youths lynched 2 ADF collaborators", "un présumé collaborateur des ADF arrêté") and
 * doers/actors.ts, doers/staff-titles.ts and doers/suspects-as-victims.ts set the group aside; "by/par" before the words
 * keeps it. `from` is the first token of "ADF collaborators" or "collaborateurs ADF".
 */
export function allyAsAgent(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (/^(the|des|les|de|d|some|certains|certain|des)$/.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  return /^(by|par)$/.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore;
}

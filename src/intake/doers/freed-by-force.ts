import type { Token } from '../normalize.js';

/**
 * The force named as the agent of a freeing told in the passive is the rescuer (reports34): "2 children freed from ADF
 * captivity by FARDC", "hostages rescued from ADF by FARDC", "3 otages libérés par les FARDC des mains des ADF",
 * "deux enfants récupérés par les FARDC". The active form is read by doers/rescuers.ts; the caller asks only when
 * another actor held them. Look-alikes: "2 civilians shot by FARDC" (no freeing), "freed after paying, then beaten by
 * FARDC" (a clause of its own).
 */
const FREED = /^(freed|rescued|liberated|released|liberee?s?|liberes?|relache\w*|relaxe\w*|delivre\w*|secouru\w*|recupere\w*|extracted|exfiltre\w*|evacue\w*|evacuated|wameokolewa|wameachiliwa)$/;
const BY = /^(by|par)$/;

export function freedByForce(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (/^(les|the|l|la|des)$/.test(tokens[k]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore || !BY.test(tokens[k]!.norm)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    if (FREED.test(tokens[j]!.norm)) return true;
  }
  return false;
}

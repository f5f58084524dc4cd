import type { Token } from '../normalize.js';

/**
 * C9/calm days (reports37): "calme relatif à Kitchanga mais des M23 en patrouille à Kilolirwe", "calm in Ngungu, M23
 * patrolling the road", "Wazalendo on patrol near Kirotshe": a calm day that tells an armed group out on patrol names
 * that group (the patrol is its movement; doers/patrol-only.ts keeps the host forces' patrols out). Patrol words are no
 * movement keyword (a UN or FARDC patrol is routine), hence this reading beside constructions/everyday-kivu.ts
 * groupAboutInCalm. Look-alikes kept out: "calme, FARDC en patrouille" (the host force), "patrouille MONUSCO".
 */
const PATROL = /^(patrouille|patrouilles|patrouillent|patrouillant|patrolling|patrol|patrols|patrolled)$/;
const LINK = /^(en|on|a|are|sont|were|etaient|was|etait)$/;

/** A non-host group named just before a patrol word ("des M23 en patrouille", "M23 patrolling"). */
export function groupOnPatrol(tokens: readonly Token[], groups: readonly { end: number; hostState: boolean }[]): boolean {
  return groups.some((g) => {
    if (g.hostState) return false;
    let k = g.end;
    if (LINK.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (LINK.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    return PATROL.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
  });
}

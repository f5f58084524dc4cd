import type { Perpetrator } from '../../domain/alert.js';
import type { ActorMention } from './actors.js';
import type { Token } from '../normalize.js';

/**
 * An armed group's own "police" in the areas it holds (pending reports26): "M23 'police' arrested 3 traders", "the M23
 * police", "la police du M23". Not the host police (C1): the group is the doer, and its arrests are abductions (C23).
 * Look-alikes kept out: the host police named beside a group ("M23 attacked Kibumba, police deployed": the words do not
 * touch), "police arrested 3 M23 collaborators".
 */
const POLICE = /^(police|policiers?|policemen)$/;

/** The police word at `i` is a non-state group's own: right after the group, or "police du M23". */
export function groupPoliceAt(tokens: readonly Token[], mentions: readonly ActorMention[], i: number): boolean {
  if (!POLICE.test(tokens[i]?.norm ?? '')) return false;
  if (mentions.some((o) => !o.actor.hostState && o.end === i)) return true;
  let k = i + 1;
  if (!/^(du|de|des|of|d)$/.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  if (/^(la|l|le|les|the)$/.test(tokens[k]?.norm ?? '')) k++;
  return mentions.some((o) => !o.actor.hostState && o.start === k);
}

/** The host police taken off the doers when every police word is a group's own. */
export function withoutGroupPolice(list: Perpetrator[], tokens: readonly Token[], mentions: readonly ActorMention[]): Perpetrator[] {
  const police = tokens.map((t, i) => (POLICE.test(t.norm) || t.norm === 'pnc' ? i : -1)).filter((i) => i >= 0);
  if (police.length === 0 || !police.every((i) => groupPoliceAt(tokens, mentions, i))) return list;
  return list.filter((p) => p.actorId !== 'pnc');
}

import type { Perpetrator } from '../../domain/alert.js';
import type { ActorMention } from './actors.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * An armed group's own "police" in the areas it holds (pending reports26): "M23 'police' arrested 3 traders", "the M23
 * police", "la police du M23". Not the host police (C1): the group is the doer, and its arrests are abductions (C23).
 * Look-alikes kept out: the host police named beside a group ("M23 attacked Kibumba, police deployed": the words do not
 * touch), "police arrested 3 M23 collaborators".
 */
const POLICE = /^(police|policiers?|policemen)$/;
const POLICE_SAID = trigger(['police', 'policier', 'policiers', 'policemen', 'pnc']);

/** The police word at `i` is a non-state group's own: right after the group, or "police du M23". */
export function groupPoliceAt(tokens: readonly Token[], mentions: readonly ActorMention[], i: number): boolean {
  if (!POLICE.test(tokens[i]?.norm ?? '')) return false;
  if (mentions.some((o) => !o.actor.hostState && o.end === i)) return true;
  // "des éléments se disant 'police M23'": the group's name right after the word (reports31)
  if (tokens[i + 1] && !tokens[i + 1]!.breakBefore && mentions.some((o) => !o.actor.hostState && o.start === i + 1)) return true;
  let k = i + 1;
  if (!/^(du|de|des|of|d)$/.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) return false;
  k++;
  if (/^(la|l|le|les|the)$/.test(tokens[k]?.norm ?? '')) k++;
  return mentions.some((o) => !o.actor.hostState && o.start === k);
}

// "no PNC in Kiwanja since M23 took control": the host police said absent is no police word of the report (reports31).
const ABSENT = /^(no|pas|plus|aucun|aucune|sans|without)$/;
function saidAbsent(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  return ABSENT.test(before) || ((before === 'de' || before === 'd') && ABSENT.test(tokens[i - 2]?.norm ?? ''));
}

/** The host police taken off the doers when every police word is a group's own (and a quoted "police" not named a group). */
export function withoutGroupPolice(list: Perpetrator[], tokens: readonly Token[], mentions: readonly ActorMention[]): Perpetrator[] {
  if (!said(tokens, POLICE_SAID)) return list;
  let own = 0;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (!POLICE.test(norm) && norm !== 'pnc') continue;
    if (groupPoliceAt(tokens, mentions, i)) own++;
    else if (!saidAbsent(tokens, i)) return list;
  }
  if (own === 0) return list;
  return list.filter((p) => p.actorId !== 'pnc' && !(p.actorId === null && POLICE.test(p.name.replace(/^\W+|\W+$/g, '').toLowerCase())));
}

import type { Signal } from './keywords.js';
import type { Signals } from './categories.js';

/**
 * Aid workers on an errand, then what was done to them, with the errand told in between (pending reports31): "une équipe
 * de la Croix-Rouge venue enterrer des corps à Mamove a été prise à partie par des jeunes", "an MSF team that had come to
 * vaccinate children in Oicha was attacked", "des agents d'OXFAM en mission à Kamango ont été dépouillés". The team is the
 * subject of the harm however long the errand (C20: an attack on humanitarians), though the harm word stands further from
 * them than the usual window. Not the aid workers who came after the harm ("the Red Cross came to collect the bodies of
 * those killed"): the harm must be told in the passive, of them, after the errand.
 */

// Said right after the team: an errand or a journey ("venue", "that had come", "en mission", "on its way", "sent").
const ERRAND = /^(venue?s?|arrivee?s?|partie?s?|envoyee?s?|depechee?s?|came|come|coming|sent|travelling|traveling|going|headed|heading|way|route|mission|qui|that|which|who)$/;
// The passive that makes the team its subject: "a été", "ont été", "was", "were", "has been", "s'est fait".
const PASSIVE = /^(ete|was|were|been|fait|faits|faite|faites|got)$/;
const HARMS: readonly Signal[] = ['attack', 'loot', 'injure', 'kill', 'abduct', 'torture', 'threat', 'detention'];

/** True when aid workers named with an errand are then the subject of a harm told in the passive. */
export function aidTeamOnErrandHarmed(s: Signals): boolean {
  const tokens = s.tokens;
  const harms = HARMS.flatMap((x) => s.all(x));
  if (harms.length === 0) return false;
  return s.all('humanitarian').some((h) => {
    let errand = false;
    for (let k = h.end; k < tokens.length && k < h.end + 4; k++) if (ERRAND.test(tokens[k]!.norm)) errand = true;
    if (!errand) return false;
    for (let k = h.end + 1; k < tokens.length && k < h.end + 16; k++) {
      if (tokens[k]!.stopBefore) return false;
      if (!PASSIVE.test(tokens[k]!.norm)) continue;
      // (the harm right after the passive: "a été prise à partie", "was attacked", "ont été dépouillés")
      if (harms.some((x) => x.start > k && x.start <= k + 2)) return true;
    }
    return false;
  });
}

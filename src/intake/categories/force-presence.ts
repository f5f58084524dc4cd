import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * The host state's forces present or deployed are no armed group on the move (C2 bystanders; reports34): "le marché
 * hebdomadaire s'est tenu normalement, présence FARDC rassurante", "presence des FARDC renforcée à Oicha", "FARDC presence
 * reassuring, market held", "PNC deployed around the market". The presence word next to the force names it
 * (constructions/everyday-kivu.ts forcesOnlyPresent leaves them out of the doers). Only when no armed group is named: "présence
 * des FARDC et des Wazalendo" keeps the group's movement, "présence des ADF signalée" is the group's.
 */
const PRESENCE = /^(presence|presences|deployment|deployments|deploiement|deploiements|deployed|deployes|deployee|deployees|positioned|stationed|stationnes|renforcement|reinforcement|reinforced|renforcee?s?)$/;
const OF = /^(des|de|du|d|la|les|of|the)$/;

/** `forceAt(k)`: a host force's name starts or ends at token k; `groupNamed`: a non-state armed actor is named. */
export function forcePresenceOnly(h: SignalHit, tokens: readonly Token[], forceAt: (k: number) => boolean, groupNamed: boolean): boolean {
  if (groupNamed || h.value.signal !== 'movement' || !PRESENCE.test(tokens[h.start]?.norm ?? '')) return false;
  let k = h.end;
  while (k < h.end + 2 && OF.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  if (forceAt(k) && !tokens[k]!.breakBefore) return true;
  return h.start > 0 && forceAt(h.start - 1) && !tokens[h.start]!.breakBefore;
}

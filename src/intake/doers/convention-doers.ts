import type { Perpetrator } from '../../domain/alert.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Actor } from '../../config/mission.js';
import { UNKNOWN_ACTOR_ID, type ActorIndex } from './actors.js';
import { forcesAsDoers, heldIn, hostForces, type ForceKind } from './host-forces.js';
import type { Token } from '../normalize.js';
import { stateServicesAsDoers } from './state-services.js';
import { rapedInCustody } from './raped-in-custody.js';

interface Mention {
  actor: Actor;
  start: number;
  end: number;
}

const forcesOf = new WeakMap<readonly Actor[], Partial<Record<ForceKind, Actor>>>();

/**
 * The perpetrators read from names, with those conventions C1, C2 and C5 add: the host police and
 * army named only as "police", "soldiers" (doers/host-forces.ts), and state services such as the ANR
 * (doers/state-services.ts), when the text says they did the harm. A named doer says more than "unknown".
 */
export function withConventionDoers(read: Perpetrator[], tokens: readonly Token[], mentions: readonly Mention[], category: CategoryId, actors: ActorIndex): Perpetrator[] {
  const armedGroupNamed = mentions.some((m) => !m.actor.hostState && m.actor.id !== UNKNOWN_ACTOR_ID);
  const actorsAt = new Uint8Array(tokens.length);
  for (const m of mentions) actorsAt.fill(1, m.start, m.end);
  const added: Perpetrator[] = stateServicesAsDoers(tokens, (heldIn(category) || rapedInCustody(tokens, category)) && !armedGroupNamed).map((g) => ({ actorId: null, name: g.name }));
  let forces = forcesOf.get(actors.actors);
  if (!forces) forcesOf.set(actors.actors, (forces = hostForces(actors.actors)));
  for (const kind of forcesAsDoers(tokens, actorsAt, category, armedGroupNamed || read.some((p) => p.actorId === null))) {
    const actor = forces[kind];
    if (actor) added.push(actors.perpetrator(actor));
  }
  if (added.length === 0) return read;
  const key = (p: Perpetrator): string => p.actorId ?? `name:${p.name.toLowerCase()}`;
  const out = read.filter((p) => p.actorId !== UNKNOWN_ACTOR_ID);
  for (const p of added) if (!out.some((o) => key(o) === key(p))) out.push(p);
  return out;
}

import { allegedTieOnly } from './alleged-ties.js';
import { goneOrDenounced } from './gone-or-denounced.js';
import type { Perpetrator } from '../../domain/alert.js';
import type { ActorIndex } from './actors.js';
import { UNKNOWN_ACTOR_ID } from './actors.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Two ways field traffic names a group without its listed name (reports33):
 * - "RM", the South Kivu shorthand for the Raia Mutomboki, typed in capitals ("shabunda RM boys took 2 traders",
 *   "3morts ds attaq RM cette nuit"): the listed actor. Only the capitals count ("rm" is too short to trust).
 * - "Yakutumba" named alone ("taken by Yakutumba", "libérées par les Yakutumba", "wametekwa na yakutumba"): the
 *   README keeps a faction named alone as free text ("Yakutumba" alone stays free text; "Mai-Mai Yakutumba" is
 *   the Mai-Mai actor, read in factions.ts), so it is named as written even where no group word stands beside it.
 * Neither counts when it is the target ("opération contre les RM", "operation against Yakutumba").
 * Cost: one string comparison per token; nothing is built unless one of the two words is there.
 */
const AGAINST = new Set(['against', 'contre', 'targeting', 'visant', 'ciblant']);
const SHORT_OR_ALONE_SAID = trigger(['rm', 'yakutumba']);
const ARTICLE = new Set(['the', 'les', 'des', 'la', 'le', 'l', 'd']);

function target(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  return AGAINST.has(before) || (ARTICLE.has(before) && AGAINST.has(tokens[i - 2]?.norm ?? ''));
}

export function withShortAndAloneNames(found: Perpetrator[], tokens: readonly Token[], actors: ActorIndex): Perpetrator[] {
  if (!said(tokens, SHORT_OR_ALONE_SAID)) return found;
  let rm = false;
  let alone = false;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (norm === 'rm' && tokens[i]!.text === 'RM' && !target(tokens, i)) rm = true;
    // (nor what a threatened person denounced: "burnt after he denounced Mai-Mai Yakutumba taxes", gone-or-denounced.ts)
    else if (norm === 'yakutumba' && !target(tokens, i) && !allegedTieOnly(tokens, i) && !goneOrDenounced(tokens, i, i + 1)) alone = true; // ("accusés de collab avec Yakutumba": alleged-ties.ts)
  }
  if (!rm && !alone) return found;
  let list = found;
  const raia = rm ? actors.byId('raia-mutomboki') : null;
  if (raia) {
    const rest = list.filter((p) => !(p.actorId === null && p.name === 'RM') && p.actorId !== UNKNOWN_ACTOR_ID);
    list = rest.some((p) => p.actorId === raia.id) ? rest : [...rest, actors.perpetrator(raia)];
  }
  // (a Mai-Mai actor already named — "Mai-Mai Yakutumba" — or the name already kept as free text says it)
  if (alone && !list.some((p) => p.actorId === 'mai-mai' || (p.actorId === null && /yakutumba/i.test(p.name)))) {
    list = [...list.filter((p) => p.actorId !== UNKNOWN_ACTOR_ID), { actorId: null, name: 'Yakutumba' }];
  }
  return list;
}

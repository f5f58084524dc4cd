import type { Perpetrator } from '../domain/alert.js';
import type { ActorIndex } from './actors.js';
import type { Token } from './normalize.js';

/**
 * Mai-Mai factions named without the word "Mai-Mai": "enlevé par les Kyandenga", "Kifuafua
 * fighters", "Mazembe men". The faction is the mission's Mai-Mai actor when it has one; the
 * faction's own name, kept as free text by the group finder, then goes.
 */
// (Yakutumba stays free text as the perpetrators tests expect: "miliciens Yakutumba".)
const MAI_MAI_FACTIONS = /^(kyandenga|kifuafua|mazembe|malaika)$/;
// "attack against the Kyandenga", "opération contre les Mazembe": the faction is the target.
const AGAINST = /^(against|contre|on|sur|targeting|visant|ciblant)$/;
const ARTICLE = /^(the|les|des|la|le|l|d)$/;

export function withFactions(list: Perpetrator[], tokens: readonly Token[], actors: ActorIndex): Perpetrator[] {
  const maiMai = actors.byId('mai-mai');
  if (!maiMai) return list;
  let named = false;
  for (let i = 0; i < tokens.length && !named; i++) {
    if (!MAI_MAI_FACTIONS.test(tokens[i]!.norm)) continue;
    const before = tokens[i - 1]?.norm ?? '';
    const target = AGAINST.test(before) || (ARTICLE.test(before) && AGAINST.test(tokens[i - 2]?.norm ?? ''));
    if (!target) named = true;
  }
  const rest = list.filter((p) => p.actorId !== null || !p.name.split(/\s+/).some((w) => MAI_MAI_FACTIONS.test(w.toLowerCase())));
  if (!named && rest.length === list.length) return list;
  return rest.some((p) => p.actorId === maiMai.id) || !named ? rest : [...rest, actors.perpetrator(maiMai)];
}

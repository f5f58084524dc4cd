import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A feared or rumoured attack with the people who fear it named by what they are ("rumeurs d'attaque CODECO sur le site,
 * déplacés très inquiets", "rumours of an M23 attack, IDPs worried"): "déplacés"/"IDPs" name who is afraid, nobody moved,
 * so the warning is the report (threat of attack, C9 names the group), not a displacement. Look-alikes kept: the displaced
 * who fled or arrived ("les déplacés fuient le site", "200 IDPs arrived"), people leaving over the rumour (a displacement).
 */
const PEOPLE = /^(deplaces|deplacees|idps|idp|displaced|wakimbizi|refugies|habitants|population|residents|villagers|people|gens)$/;
const WORRY = /^(inquiets?|inquietes?|worried|afraid|scared|anxious|panique\w*|apeures?|angoisses?|peur|fear|wanaogopa|terrifies?|terrified|tense|tendus?)$/;
// (what may come between: "displaced people very scared", "déplacés très inquiets", "IDPs are worried")
const BETWEEN = /^(tres|very|so|are|is|sont|ont|tellement|trop|bcp|much|people|persons|personnes|families|familles)$/;

export function fearedAttackFirst<R extends { category: CategoryId; subType: string | null }>(ranked: R[], s: Signals, tokens: readonly Token[]): R[] {
  if (ranked[0]?.category !== 'displacement') return ranked;
  const warned = s.all('fear').some((h) => h.value.subType === 'feared_attack') || s.all('threat').some((h) => h.value.subType === 'rumoured_attack' || h.value.subType === 'threat_of_attack');
  if (!warned) return ranked;
  const worried = (h: { start: number }): boolean => {
    if (!PEOPLE.test(tokens[h.start]!.norm)) return false;
    let k = h.start + 1;
    while (k < h.start + 4 && BETWEEN.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    return WORRY.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore;
  };
  if (!s.all('displace').every(worried)) return ranked;
  const threat = ranked.find((r) => r.category === 'threat_intimidation');
  return [threat ?? ({ ...ranked[0], category: 'threat_intimidation', subType: 'threat_of_attack' } as R), ...ranked.filter((r) => r !== threat)];
}

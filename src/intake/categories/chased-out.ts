import type { CategoryId } from '../../domain/taxonomy.js';
import type { CategoryReading } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An armed group driving people out of their place, with nothing else told: "les M23 ont chassé les pêcheurs de
 * Vitshumbi, certains venus à Kanyabayonga", "Mai-Mai drove the villagers out of Kasando", "les Nyatura ont expulsé
 * les habitants de trois villages". People forced from where they live is a displacement (medium). Only where the
 * reading was no more than the group's movement: chased from fields (looting of land), from a school (C13), agents
 * chased by stones (humanitarians), a quarrel between communities (tension) keep their own readings (main corpus
 * r12-fr-056, r21fr-138, r25fr-088, r26fr-030).
 */
const CHASED: ReadonlySet<string> = new Set(['chasse', 'chasses', 'chassee', 'chassees', 'chassent', 'chassaient', 'expulse', 'expulses', 'expulsee', 'expulsees', 'expulsent', 'drove', 'driven', 'expelled', 'expelling', 'evicted', 'evicting']);
const PEOPLE = /^(pecheurs|fishermen|habitants|residents|villageois|villagers|population|pop|families|familles|menages|households|people|personnes|gens|civils|civilians|farmers|cultivateurs|eleveurs|herders|deplaces|idps|communaute|community)$/;
const NOT_HOMES = /^(champs?|fields?|farms?|ecoles?|schools?|eglises?|churches|marche|market|site|mine|mines|carriere|puits)$/;

export function chasedOutFirst(ranked: CategoryReading[], tokens: readonly Token[], groupNamed: boolean): CategoryReading[] {
  const first = ranked[0]?.category;
  if (!groupNamed || (first !== undefined && first !== 'armed_group_movement')) return ranked;
  for (let i = 0; i < tokens.length; i++) {
    if (!CHASED.has(tokens[i]!.norm)) continue;
    // the people within four words after ("ont chassé les pêcheurs", "drove the villagers out", "drove out the villagers")
    let people = false;
    for (let k = i + 1; k <= i + 7 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      if (NOT_HOMES.test(tokens[k]!.norm)) return ranked;
      if (PEOPLE.test(tokens[k]!.norm) && k <= i + 4) people = true;
    }
    if (!people) continue;
    const displacement: CategoryId = 'displacement';
    return [{ category: displacement, subType: null }, ...ranked.filter((r) => r.category !== displacement)];
  }
  return ranked;
}

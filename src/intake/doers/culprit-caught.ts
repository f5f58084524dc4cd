import type { Token } from '../normalize.js';
import { VICTIM_VERBS } from '../victims/victim-vocabulary.js';

/**
 * A host force that arrested the culprit of another harm responded (C1: "arrested the suspect" is no doer; pending
 * reports31): "une fillette violée par un voisin à Minova, l'auteur arrêté par la PNC", "a girl raped by a neighbour,
 * the perpetrator arrested by police", "un commerçant tué par un voisin, le présumé meurtrier interpellé par la PNC".
 * The force's clause names the culprit and the arrest and no harm of its own. Look-alikes kept: a culprit arrested then
 * beaten ("l'auteur arrêté et tabassé par la PNC": ill-treatment), the force in the clause of the harm ("violée par un
 * policier, l'auteur arrêté"), no culprit word ("3 jeunes arrêtés par la PNC").
 */
const CULPRIT = new Set(['auteur', 'auteurs', 'perpetrator', 'perpetrators', 'suspect', 'suspects', 'presume', 'presumes', 'culprit', 'culprits', 'violeur', 'rapist', 'meurtrier', 'killer', 'assassin', 'agresseur', 'attacker']);
const ARREST = new Set(['arrete', 'arretes', 'arretee', 'arrested', 'interpelle', 'interpelles', 'apprehended', 'apprehende', 'caught', 'attrape', 'detained', 'detenu', 'held', 'custody']);
const ABUSE = /^(tabass|battu|beat|bat|tortur|frapp|fouett|whipp|lynch|sans|without)/;

export function forceArrestedCulprit(tokens: readonly Token[], start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  if (from === 0) return false; // (the harm is told in another clause before)
  let to = end;
  while (to < tokens.length && !tokens[to]!.breakBefore) to++;
  let culprit = false;
  let arrest = false;
  for (let k = from; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (CULPRIT.has(norm)) culprit = true;
    else if (ARREST.has(norm)) arrest = true;
    else if (ABUSE.test(norm) || (VICTIM_VERBS[norm] !== undefined && norm !== 'held')) return false;
  }
  return culprit && arrest;
}

import type { CategoryId } from '../../domain/taxonomy.js';
import type { Token } from '../normalize.js';

/**
 * A rape told as done in a force's or a service's cell, with no one else named as its author: "une femme violée au
 * cachot de l'ANR à Bukavu", "woman raped in the police cell": the cell's keepers hold her, so the holding place says
 * who did it, as for a detention or ill-treatment (host-forces.ts holdingPlace, state-services.ts; C1, C5).
 * Look-alikes kept out: an author named after "by"/"par" ("violée au cachot par un codétenu"), a complaint lodged at the cell.
 */
const CELL = /^(cachot|cachots|cell|cells|cellule|cellules|amigo|lockup|custody|detention)$/;
const BY = /^(by|par)$/;

// (the rape said of her, then where: "violée au cachot", "raped in the police cell"; not "plainte au cachot … contre des bandits
// qui l'ont violée", a complaint lodged there)
const RAPED = /^(violee?s?|raped)$/;

export function rapedInCustody(tokens: readonly Token[], category: CategoryId): boolean {
  if (category !== 'crsv' || tokens.some((t) => BY.test(t.norm))) return false;
  return tokens.some((t, i) => RAPED.test(t.norm) && tokens.slice(i + 1, i + 5).some((c, d) => CELL.test(c.norm) && !tokens.slice(i + 1, i + 2 + d).some((x) => x.breakBefore)));
}

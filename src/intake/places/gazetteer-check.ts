import type { Place } from '../../config/mission.js';
import { phraseKey } from '../normalize.js';

/**
 * Checks a gazetteer beyond its schema: what makes place matching ambiguous or the export's
 * P-codes wrong. Errors make `npm run gazetteer -- check` fail; warnings are said and pass.
 */

export interface GazetteerFindings {
  errors: string[];
  warnings: string[];
}

const label = (p: Place) => `"${p.id}" (${p.name})`;

export function checkGazetteer(places: readonly Place[]): GazetteerFindings {
  const errors: string[] = [];
  const warnings: string[] = [];

  const ids = new Map<string, Place>();
  for (const place of places) {
    if (ids.has(place.id)) errors.push(`id "${place.id}" is used twice: ${label(ids.get(place.id)!)} and ${place.name}.`);
    else ids.set(place.id, place);
  }

  // Parents: every place's province is a province entry; a locality's territory is a territory entry of that province.
  const provinces = new Map(places.filter((p) => p.level === 'province').map((p) => [p.province, p]));
  const territories = new Map(places.filter((p) => p.level === 'territory').map((p) => [`${p.province}\u0000${p.territory}`, p]));
  const lonely = new Map<string, Place[]>();
  for (const place of places) {
    const province = provinces.get(place.province);
    if (!province) errors.push(`${label(place)} lies in province "${place.province}", which has no entry of level province.`);
    else if (place.adm1Pcode && province.pcode && place.adm1Pcode !== province.pcode) {
      errors.push(`${label(place)} gives adm1Pcode ${place.adm1Pcode}, but its province ${label(province)} has pcode ${province.pcode}.`);
    }
    if (place.level !== 'locality') continue;
    const territory = territories.get(`${place.province}\u0000${place.territory}`);
    if (!territory) {
      const key = `${place.territory}, ${place.province}`;
      lonely.set(key, [...(lonely.get(key) ?? []), place]);
    } else if (place.adm2Pcode && territory.pcode && place.adm2Pcode !== territory.pcode) {
      errors.push(`${label(place)} gives adm2Pcode ${place.adm2Pcode}, but its territory ${label(territory)} has pcode ${territory.pcode}.`);
    }
  }
  // A city can be its own second-level unit (Goma, Bunia): said, not refused.
  for (const [key, list] of lonely) {
    warnings.push(`territory "${key}" has no entry of level territory (used by ${list.map((p) => p.id).join(', ')}); its P-code cannot be checked.`);
  }
  for (const place of places) {
    if (place.level === 'province' && (place.adm1Pcode || place.adm2Pcode)) errors.push(`${label(place)} is a province: its own code is pcode, not adm1Pcode/adm2Pcode.`);
    if (place.level === 'territory' && place.adm2Pcode) errors.push(`${label(place)} is a territory: its own code is pcode, not adm2Pcode.`);
  }

  // One name, two places of the same level in one province: "Kanyabayonga" could be either. A locality
  // and its territory may share a name (the locality wins, by design).
  const names = new Map<string, Place>();
  for (const place of places) {
    if (ids.get(place.id) !== place) continue; // a repeated id is said once, above
    for (const name of new Set([place.name, ...place.aliases])) {
      const key = phraseKey(name);
      if (!key) continue;
      const slot = `${place.province}\u0000${place.level}\u0000${key}`;
      const other = names.get(slot);
      if (other && other !== place) errors.push(`"${name}" names two ${place.level === 'locality' ? 'localities' : `${place.level} entries`} in ${place.province}: ${label(other)} and ${label(place)}.`);
      else names.set(slot, place);
    }
  }

  const codes = new Map<string, Place>();
  for (const place of places) {
    if (!place.pcode) continue;
    const other = codes.get(place.pcode);
    if (other) errors.push(`P-code ${place.pcode} is given to two places: ${label(other)} and ${label(place)}.`);
    else codes.set(place.pcode, place);
  }
  return { errors, warnings };
}

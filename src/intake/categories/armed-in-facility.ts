import type { Signals } from './categories.js';

/**
 * C13: armed men inside a school or a hospital who threaten its staff or fire there attacked it (child violation, high,
 * restricted), as main-corpus practice reads a hospital entered and raided ("Kitshanga hospital: M23 fighters came in at
 * night looking for wounded Wazalendo, staff beaten"): "Drodro referral hospital: CODECO elements came in at night looking
 * for wounded patients, staff threatened with machetes", "des miliciens sont entrés dans le CS et ont menacé l'infirmier",
 * "2 soldiers fired in the air in the school yard", "des militaires ont tiré dans la cour de l'école". Look-alikes kept out:
 * shots near a school, people who fled into a school, a threat with nobody coming in.
 */
const CAME_IN = /^(in|into|entered|entre|entres|entrees|entrent|penetre|penetres|stormed|irruption|envahi|envahie)$/;
const CAME = /^(came|come|coming|went|broke|sont|ont|fait|have|had)$/;
const FIRED = /^(fired|firing|shot|shooting|tire|tirent|tirant|tires|tirs)$/;
const FORCE = /^(soldiers?|soldats?|militaires?|police|policiers?|policemen|troops|fardc|pnc|gunmen|militiamen|miliciens)$/;
const OWN = /^(its|sa|son|ses|leur|leurs|their)$/;
const PART = /^(pharmacy|pharmacie|pharmacies|stock|stocks|store|stores|magasin|depot|medicines|medicaments|drugs|warehouse|entrepot)$/;
const INSIDE = /^(in|inside|into|dans|within)$/;
const SKIP = /^(the|a|an|la|le|l|les|cour|yard|compound|enceinte|de|du|d|premises|grounds|interieur)$/;

export function armedInsideFacility(s: Signals, facility: 'school' | 'hospital'): boolean {
  if (!s.has(facility)) return false;
  const t = s.tokens;
  return s.all(facility).some((f) => headedThenThreat(s, f.start, f.end) || firedInside(s, f.start) || ownPartLooted(f.end));
  // ("activities suspended at the Boga clinic after the looting of its pharmacy by ADF", "le pillage de sa pharmacie": the
  // facility's own pharmacy or stock, named back by "its/sa", looted by armed men after the facility is named; C16)
  function ownPartLooted(after: number): boolean {
    if (!s.has('armed')) return false;
    return s.all('loot').some((h) => {
      if (h.start < after) return false;
      for (let k = Math.max(after, h.start - 4); k <= h.end + 4 && k < t.length; k++) if (OWN.test(t[k]!.norm) && PART.test(t[k + 1]?.norm ?? '')) return true;
      return false;
    });
  }
  // (the facility heads the report, armed men came in, and a threat is told in the same sentence)
  function headedThenThreat(_s: Signals, start: number, end: number): boolean {
    if (!s.has('armed') || !s.has('threat') || start > 3 || t.slice(1, start + 1).some((x) => x.breakBefore && x.stopBefore)) return false;
    let stop = end;
    while (stop < t.length && !t[stop]!.stopBefore) stop++;
    let came = -1;
    for (let k = end; k < stop; k++) if (CAME_IN.test(t[k]!.norm) && (CAME.test(t[k - 1]?.norm ?? '') || k === end || t[k]!.norm !== 'in')) { came = k; break; }
    return came >= 0 && s.all('threat').some((h) => h.start > came && h.start < stop);
  }
  // ("fired in the air in the school yard": fire inside the facility, words between the fire word and it)
  function firedInside(_s: Signals, start: number): boolean {
    if (!s.has('armed') && !t.some((x) => FORCE.test(x.norm))) return false;
    let k = start - 1;
    while (k >= 0 && SKIP.test(t[k]!.norm) && !t[k + 1]!.breakBefore) k--;
    if (k < 0 || !INSIDE.test(t[k]!.norm) || t[k + 1]!.breakBefore) return false;
    for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
      if (t[j + 1]!.breakBefore) return false;
      if (FIRED.test(t[j]!.norm)) return true;
    }
    return false;
  }
}

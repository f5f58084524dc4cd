import type { Signals } from './categories.js';

/**
 * Displaced people harmed some distance from their site are no attack on the site (reports34; away-from-site.ts reads
 * fields and roads said after the site): "Rhoe: 1 déplacé tué à 2km du site en cherchant du bois", "IDP killed 3 km from
 * Plaine Savo site", "à 500 mètres du camp de Lala". A distance said right before "du site" / "from the site" puts the harm
 * there. Look-alikes: "site de Rhoe, à 2 km de Bule, attaqué" (the distance places the site, not the harm: the site
 * comes first), "2 killed inside the site".
 */
const DISTANCE = /^(\d+(km|kms|m)|km|kms|kilometres?|kilometers?|metres?|meters?|m)$/;
const FROM = /^(du|de|d|from|of|off)$/;
const THE = /^(le|la|l|the|les)$/;

export function harmedAtDistanceFromSite(s: Signals): boolean {
  const sites = s.all('idpSite');
  if (sites.length === 0) return false;
  const t = s.tokens;
  return sites.every((h) => {
    let k = h.start - 1;
    // ("3 km from Plaine Savo site": the site's name before the word)
    while (k > h.start - 4 && k > 0 && /^\p{Lu}/u.test(t[k]!.text) && !FROM.test(t[k]!.norm)) k--;
    if (THE.test(t[k]?.norm ?? '')) k--;
    if (!FROM.test(t[k]?.norm ?? '')) return false;
    return DISTANCE.test(t[k - 1]?.norm ?? '');
  });
}

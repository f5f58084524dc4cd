import type { Signals } from './categories.js';

/**
 * Displaced people harmed AWAY from their site are no attack on the site: "IDP from Bulengo site found dead in Mugunga
 * quarter, shot on his way back from work", "Deux déplacés du site de Plaine Savo tués dans leurs champs à 5 km du
 * site". The site only says where they live (after "from", "du", "of"), and the report says where they were instead
 * (fields, on the way, kilometres off, the bush). An attack IN the site ("2 IDPs killed inside Bulengo site", "Site
 * de Rhoe: 3 déplacés tués") stays one. The site is then read as where the displaced are (read-signals.ts).
 */
const OF = /^(from|frm|of|du|de|d)$/;
const THE = /^(le|la|l|the|les)$/;
const AWAY = /^(champs?|fields?|farms?|garden|jardins?|km|kms|kilometres?|kilometers?|way|route|chemin|brousse|bush|forest|foret|hors|away|quarter|quartier|market|marche|work|travail|town|ville)$/;
const INSIDE = /^(inside|within|dans|ds|in|into|au|at|entered|entres|entre|attaque|attack|attacked|attaques|sur|on)$/;

export function harmedAwayFromSite(s: Signals): boolean {
  const sites = s.all('idpSite');
  if (sites.length === 0) return false;
  const t = s.tokens;
  const home = sites.every((h) => {
    let k = h.start - 1;
    if (THE.test(t[k]?.norm ?? '')) k--;
    return OF.test(t[k]?.norm ?? '') && !INSIDE.test(t[k - 1]?.norm ?? '');
  });
  if (!home) return false;
  const after = Math.max(...sites.map((h) => h.end));
  return t.some((w, k) => k >= after && AWAY.test(w.norm));
}

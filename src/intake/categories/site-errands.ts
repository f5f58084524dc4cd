import type { Signals } from './categories.js';

/**
 * Displaced people harmed at the edge of their site while out on an errand (pending reports26): "1 déplacé tué à la
 * machette au bord du site en allant puiser de l'eau", "an IDP woman attacked outside Rhoe site while fetching firewood",
 * "2 déplacées violées aux abords du site en allant chercher du bois". The site says where they live and the errand
 * where they were: no attack on the site (critical), as categories/away-from-site.ts reads fields and roads.
 * Look-alikes kept out: an attack inside the site ("dans le site", "inside the site"), an errand with no edge said
 * ("attacked in the site while fetching water" stays).
 */
const EDGE = /^(bord|abords|outside|edge|lisiere|sortie|periphery|peripherie|environs|outskirts)$/;
const ERRAND = /^(puiser|puisaient|puisait|fetching|fetch|collecting|gathering|chercher|cherchaient|ramasser|firewood|water|eau|bois|fagots?|champs?|fields?)$/;
const INSIDE = /^(inside|dans|ds|within|interieur)$/;

export function harmedOnErrandAtEdge(s: Signals): boolean {
  const sites = s.all('idpSite');
  if (sites.length === 0) return false;
  const t = s.tokens;
  const start = Math.min(...sites.map((h) => h.start));
  const edge = t.slice(Math.max(0, start - 4), start).some((w) => EDGE.test(w.norm));
  if (!edge || t.slice(Math.max(0, start - 4), start).some((w) => INSIDE.test(w.norm))) return false;
  // (the errand told before the site too: "raped while collecting firewood outside Plaine Savo site", reports33)
  return t.some((w, k) => k >= start - 8 && ERRAND.test(w.norm));
}

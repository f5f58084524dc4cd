import type { Signals } from './categories.js';
import { withoutHarmSaidNone } from './harm-said-none.js';

/**
 * The signals the IDP-site target rule weighs (categories.ts). "Kanyaruchinya: site calm except one drunk FARDC soldier firing
 * in the air near the market, no injuries", "tirs en l'air près du site, pas de blessé": the harm said none ("no injuries",
 * "aucun blessé") is no harm done at the site, and the shots in the air stay a threat (medium). Armed men said to have
 * entered the site or to be inside it ("harassing IDPs inside Bulengo site, shooting in the air, no injuries") attack it
 * all the same, so there the hits are kept as they are (reports38).
 */
const INSIDE = new Set(['inside', 'within', 'into', 'in', 'entered', 'entre', 'entres', 'entrent', 'penetre', 'penetres', 'dans', 'ds', 'irruption', 'stormed', 'envahi', 'wameingia', 'waliingia', 'ndani']);

export function siteHarmSignals(s: Signals): Signals {
  if (!s.has('injure') && !s.has('kill')) return s;
  const tokens = s.tokens;
  const entered = s.all('idpSite').some((h) => {
    for (let k = h.start - 1; k >= h.start - 4 && k >= 0; k--) {
      if (INSIDE.has(tokens[k]!.norm)) return true;
      if (tokens[k + 1]!.breakBefore) break;
    }
    return false;
  });
  return entered ? s : withoutHarmSaidNone(s);
}

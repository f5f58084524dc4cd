import type { Signals } from './categories.js';

/**
 * Harm said to be outside the site is no attack on it (pending reports31): "Rhoe site: women collecting firewood outside the
 * site were attacked, 3 raped", "des femmes attaquées hors du site de Plaine Savo", "en dehors du camp". The heading that
 * names the site says where the report comes from. Look-alikes kept: a site also said to be entered or hit inside ("armed
 * men entered the site"), a site said "near" (a shell near a camp stays an attack words' reading).
 */
const OUTSIDE = new Set(['outside', 'hors', 'dehors', 'beyond']);
const INSIDE = new Set(['inside', 'within', 'into', 'entered', 'entre', 'entres', 'penetre', 'penetres', 'dans', 'ds']);

const SITE = new Set(['site', 'sites', 'camp', 'camps']);

export function harmOutsideSite(s: Signals): boolean {
  const t = s.tokens;
  let outside = false;
  // (the site named by its name, or "the site" after it: "outside the site", "hors du site", "en dehors du camp")
  for (let i = 0; i < t.length; i++) {
    if (!SITE.has(t[i]!.norm)) continue;
    for (let d = 1; d <= 3; d++) {
      const w = t[i - d]?.norm ?? '';
      if (INSIDE.has(w)) return false;
      if (OUTSIDE.has(w)) outside = true;
    }
  }
  return outside;
}

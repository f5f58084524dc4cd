import type { Signals } from './categories.js';

/**
 * People taken who are only said to come from a site are no attack on it (reports36): "human rights defender from
 * Lushagala IDP site abducted by unknown armed men last night", "2 déplacés du site de Rhoe enlevés par des CODECO". The
 * site says where the people live (after "from", "of", "du", "de", a place name allowed between); the report is the
 * abduction (high), not a raid on the site (critical). Look-alikes kept: a taking inside the site ("abducted inside Bulengo
 * site", "enlevés dans le site"), any attack, killing, looting, shelling or fighting told with it.
 */
const OF = /^(from|frm|of|du|de|d)$/;
const THE = /^(le|la|l|the|les)$/;
const SITE_FIRST = /^(site|camp|idp|idps|pdi)$/;
const OTHER_HARM = ['attack', 'kill', 'loot', 'explosive', 'fighting', 'sexual', 'injure', 'torture'] as const;

export function takenFromSiteOnly(s: Signals): boolean {
  const sites = s.all('idpSite');
  if (sites.length === 0 || !s.has('abduct') || OTHER_HARM.some((x) => s.has(x))) return false;
  const t = s.tokens;
  return sites.every((h) => {
    let k = h.start - 1;
    if (THE.test(t[k]?.norm ?? '')) k--;
    if (OF.test(t[k]?.norm ?? '')) return true;
    // ("from Lushagala IDP site": the site's name first, capitalised)
    if (SITE_FIRST.test(t[h.start]!.norm) && /^\p{Lu}/u.test(t[k]?.text ?? '') && OF.test(t[k - 1]?.norm ?? '')) return true;
    return false;
  });
}

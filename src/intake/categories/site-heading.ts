import type { SignalHit } from './categories.js';
import type { PlaceTokenMatch } from '../places/gazetteer.js';
import type { Token } from '../normalize.js';

/**
 * A displaced people's site named as the report's heading (pending reports41): "Lushagala site: FARDC soldiers firing in
 * the air inside the site, 1 woman injured", "Site de Bulengo: militaires tirant…", "Rusayo camp - soldiers…". The colon or
 * dash after it ends the heading, so the force named next is not whose site it is (categories/signal-hits.ts campHits
 * reads "Bulengo site FARDC" as an army site). Once the site is so named, "the site", "le site", "inside the site" later
 * in the report is that site. Look-alikes: "Rubaya mining site:" (a mine), "camp militaire de Rumangabo:" (the army's).
 */
const CAMP = new Set(['site', 'camp', 'sites', 'camps']);
const NOT_IDP = /^(mining|minier|miniers|mine|military|militaire|army|fardc|base|training|entrainement|rebel|rebelle|gold|orpaillage)$/;
const ARTICLE = /^(the|le|la|l|du|au|ce|this)$/;

export function siteHeadingHits(tokens: readonly Token[], description: string, places: readonly PlaceTokenMatch[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const p of places) {
    if (p.start > 2) continue;
    const site = tokens[p.end];
    // "Site de Bulengo:" (the French order; only "site": "camp de Rumangabo" may be the army's)
    const before = p.start >= 2 && tokens[p.start - 2]!.norm === 'site' && /^(de|d)$/.test(tokens[p.start - 1]!.norm);
    if (!before && (!site || site.breakBefore || !CAMP.has(site.norm) || NOT_IDP.test(tokens[p.start - 1]?.norm ?? ''))) continue;
    const last = before ? tokens[p.end - 1]! : site!;
    const next = tokens[before ? p.end : p.end + 1];
    if (!next || !/[:\-–]/.test(description.slice(last.end, next.start))) continue;
    out.push({ value: { signal: 'idpSite', subType: null }, start: before ? p.start - 2 : p.start, end: before ? p.end : p.end + 1 });
    // "… inside the site", "dans le site": the same site
    for (let i = p.end + (before ? 1 : 2); i < tokens.length; i++) if (CAMP.has(tokens[i]!.norm) && ARTICLE.test(tokens[i - 1]!.norm) && !NOT_IDP.test(tokens[i + 1]?.norm ?? '')) out.push({ value: { signal: 'idpSite', subType: null }, start: i, end: i + 1 });
    break;
  }
  return out;
}

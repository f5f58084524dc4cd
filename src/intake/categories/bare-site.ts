import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "Drodro: incursion des codeco au site repoussée", "armed men attacked the site at 2am", "irruption au site cette nuit": in a
 * quick report the bare word "site" after an entry or an attack is the displaced people's site (an attack on an IDP site,
 * critical, C19) even with no place name beside it (reports32). A mining site ("site minier", "site d'orpaillage", "the mine
 * site") is not. Looked at only on the word "site" (one comparison a word).
 */
const ENTRY = /^(incursion|incursions|attaque|attaques|attaqu\w*|attack|attacks|attacked|raid|raided|irruption|intrusion|entered|stormed|infiltr\w*|penetre\w*|entres?)$/;
const ARTICLE = /^(au|du|le|l|the|this|ce|sur|on|into|dans|a)$/;
const MINING = /^(minier|miniers|mining|mine|d|orpaillage|aurifere|de)$/;

export function bareSiteHits(tokens: readonly Token[]): SignalHit[] {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'site' || !ARTICLE.test(tokens[i - 1]!.norm)) continue;
    if (MINING.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) continue;
    if (/^(mine|mining|gold)$/.test(tokens[i - 1]!.norm)) continue;
    for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
      if (tokens[k + 1]!.breakBefore) break;
      if (ENTRY.test(tokens[k]!.norm)) return [{ value: { signal: 'idpSite', subType: null }, start: i, end: i + 1 }];
    }
  }
  return [];
}

import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * The shelters of displaced people burnt or destroyed name the site they stand in (reports29): "1 IDP killed n 2 shelters
 * burned", "3 abris incendiés et 1 déplacé tué", "IDP shelters torched", "huttes des déplacés brûlées". The site need not
 * be called a site: its shelters attacked are an attack on it ("huts" alone are village houses, not these). A shelter sought ("took shelter", "à l'abri", "sans abri")
 * is no such word: only the plural noun, which counts as the site only beside a harm (idpSiteAttacked reads the attack,
 * the killing or the burning within a few words), or "idp shelters" / "abris des déplacés". Added to the keyword table by `withSiteShelters`.
 */
// (the nouns alone: the burning verb after them stays the harm hit that idpSiteAttacked reads near the site)
const SITE: readonly Keyword[] = ['shelters', 'idp shelters', 'abris', 'abris des deplaces', 'huttes des deplaces', 'tentes des deplaces', 'idp tents'];

const WORDS: Partial<Record<Signal, readonly Keyword[]>> = { idpSite: SITE };

export function withSiteShelters(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(WORDS) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...extra];
  return out;
}

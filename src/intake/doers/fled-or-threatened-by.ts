import type { Token } from '../normalize.js';

/**
 * Groups the actor list does not know (C5), named as what people flee or as who threatens, in the ways reports27 said
 * them: "600 households arrived, fleeing the NDC-R", "fuyant les menaces des CRP", "fled APCLS abuses", "pasteur menacé
 * par fpic" (an acronym typed in lowercase on a phone, kept in its usual capitals), "L'ANR garde un journaliste depuis
 * vendredi" (a service holding someone). Flight for fear of a named group names it (C9). Look-alikes kept out: a
 * capitalised word that is no acronym ("fleeing Kiwanja"), a place or known actor (already taken), a lowercase word
 * that is not one of the usual acronyms ("menacé par fpi"), and an acronym not right after the flight or threat words.
 */
export interface NamedSpan {
  start: number;
  end: number;
  /** The name in its usual form, when the text typed it otherwise ("fpic" → "FPIC"). */
  name?: string;
}

// (Sets, looked up once a token: the parser's speed budget)
const FLEE = new Set(['fleeing', 'fled', 'flee', 'flees', 'escaping', 'escaped', 'fuyant', 'fuient', 'fuit', 'fui', 'fuyaient', 'fuyait', 'enfuis', 'echappant']);
const HARM_NOUN = new Set(['threat', 'threats', 'menace', 'menaces', 'abuses', 'abus', 'violence', 'violences', 'exactions', 'attack', 'attacks', 'attaque', 'attaques', 'raid', 'raids', 'incursion', 'incursions', 'reprisal', 'reprisals', 'represailles', 'harassment', 'tracasseries']);
const BY = new Set(['by', 'par', 'from']);
const LINK = new Set(['the', 'les', 'des', 'la', 'le', 'l', 'de', 'du', 'd', 'of', 'their', 'leurs']);
const KEEPS = new Set(['garde', 'gardent', 'gardait', 'gardaient', 'keeps', 'keep', 'kept', 'keeping', 'detient', 'detiennent', 'holds']);
// Acronyms of groups and services outside the actor list that phones type in lowercase (README C5; "anr" and "demiap" stay as typed, groups.ts SERVICES).
const LOWER_KNOWN = new Set(['apcls', 'fpic', 'crp', 'frpi', 'cnrd', 'ndc']);

function acronymAt(tokens: readonly Token[], j: number, taken: Uint8Array, notName: (w: string) => boolean): NamedSpan | null {
  const t = tokens[j];
  if (!t || taken[j] || notName(t.norm)) return null;
  const capital = /^[A-Z][A-Z0-9]{1,7}$/.test(t.text) && /[A-Z]{2}/.test(t.text);
  if (!capital && !LOWER_KNOWN.has(t.norm)) return null;
  let end = j + 1;
  while (end < tokens.length && !taken[end] && tokens[end]!.hyphenBefore && /^[A-Za-z0-9]{1,4}$/.test(tokens[end]!.text)) end++;
  if (capital) return { start: j, end };
  const name = tokens.slice(j, end).map((x) => x.text.toUpperCase()).join('-');
  return { start: j, end, name };
}

export function fledOrThreatenedBy(tokens: readonly Token[], taken: Uint8Array, notName: (w: string) => boolean): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const flee = FLEE.has(w);
    const harm = HARM_NOUN.has(w);
    const by = BY.has(w);
    if (flee || harm || by) {
      let j = i + 1;
      // "fleeing the threats of the CRP", "fuyant les menaces des CRP": the harm noun between the flight and the group
      while (j < i + 4 && j < tokens.length && !tokens[j]!.breakBefore && (LINK.has(tokens[j]!.norm) || (flee && HARM_NOUN.has(tokens[j]!.norm)))) j++;
      // (a harm noun right before an acronym may name its target: "APCLS attacks CRP positions")
      const span = (j > i + 1 || !harm) && !tokens[j]?.breakBefore ? acronymAt(tokens, j, taken, notName) : null;
      if (span) out.push(span);
    }
    // "L'ANR garde depuis vendredi un journaliste": a service opening the report, holding someone
    if (KEEPS.has(w) && i > 0) {
      let j = i - 1;
      while (j > 0 && tokens[j]!.hyphenBefore) j--;
      const opens = j === 0 || tokens[j]!.breakBefore || (j === 1 && LINK.has(tokens[0]!.norm));
      const span = opens ? acronymAt(tokens, j, taken, notName) : null;
      if (span && span.end === i) out.push(span);
    }
  }
  return out;
}

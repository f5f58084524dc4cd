import type { Token } from '../normalize.js';

/**
 * Two sides set one against the other in a bare pair, "M23 vs Wazalendo", "APCLS contre Nyatura", "CRP vs FARDC",
 * "Wazalendo against FARDC" (reports23, reports46): a clash with both sides named (C4), a side outside the actor list by
 * its acronym too (C5). "contre"/"against" makes a pair only with nothing between the names and no attack, operation or
 * protest word just before ("attaque des ADF contre FARDC", "opération FARDC contre ADF", "marche LUCHA contre MONUSCO":
 * the one after is the target or the object).
 */
export const VERSUS_LINK_WORDS = ['vs', 'versus', 'vrs', 'v', 'contre', 'against'];
const PLAIN = /^(vs|versus|vrs|v)$/;
const AGAINST = /^(contre|against)$/;
const NOT_A_CLASH = /^(attaqu\w*|attack\w*|offensive|assaut|assault\w*|raid\w*|ambush\w*|embuscade\w*|operations?|ops|op|incursion\w*|plainte|complaint|protest\w*|manif\w*|marche|march|revolte|colere|anger|mobilis\w*|campagne|campaign|sensibilis\w*|lutte|fight)$/;

/** An acronym of a group the actor list may not know ("APCLS", "CRP", "NDC-R"): capitals, at least two in a row. */
export function acronymSide(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Z][A-Z0-9-]{1,7}$/.test(t.text) && /[A-Z]{2}/.test(t.text);
}

/** The word at `link` joins two sides as a clash: `sideEndsAt(link)` and `sideStartsAt(link + 1)` say an actor is there. */
export function versusPairAt(tokens: readonly Token[], link: number, sideEndsAt: (end: number) => boolean, sideStartsAt: (start: number) => boolean): boolean {
  const w = tokens[link]?.norm ?? '';
  if (link < 1 || (!PLAIN.test(w) && !AGAINST.test(w)) || tokens[link]!.breakBefore || tokens[link + 1]?.breakBefore !== false) return false;
  if (!(sideEndsAt(link) || acronymSide(tokens[link - 1])) || !(sideStartsAt(link + 1) || acronymSide(tokens[link + 1]))) return false;
  // ("a raid vs FRPI sympathisers": an operation, not a side)
  if (NOT_A_CLASH.test(tokens[link - 1]!.norm) || NOT_A_CLASH.test(tokens[link + 1]!.norm)) return false;
  if (PLAIN.test(w)) return true;
  // ("attaque des ADF contre FARDC": the clause before the first side says what was done to the second)
  for (let j = link - 2; j >= 0 && j >= link - 5; j--) {
    if (NOT_A_CLASH.test(tokens[j]!.norm)) return false;
    if (tokens[j]!.breakBefore) break;
  }
  return true;
}

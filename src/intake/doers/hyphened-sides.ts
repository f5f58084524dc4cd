import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A clash named by its two sides joined with a hyphen or slash, one of them a group the actor list does not know:
 * "après les combats Nyatura-APCLS", "Nyatura-APCLS clashes at Nyabiondo", "affrontements FARDC-CNRD", "APCLS-NDC-R
 * fighting". C4 names every party to a clash as a perpetrator, in free text when unlisted (C5); "between X and Y" is read
 * in constructions/denials-and-rumours.ts, "X and Y clashed" in doers/sides-clashing.ts. Read only beside a clash word
 * (one Set lookup a word). Look-alikes: "route Goma-Sake" (no clash word beside it), "combats à Kalengera" (no pair).
 */
const CLASH_WORDS = [
  'combat', 'combats', 'affrontement', 'affrontements', 'accrochage', 'accrochages', 'heurts', 'clash', 'clashes', 'fighting',
  'fights', 'skirmish', 'skirmishes', 'guerre', 'war', 'hostilities', 'hostilites',
];
const CLASH: ReadonlySet<string> = new Set(CLASH_WORDS);
const CLASH_SAID = trigger(CLASH_WORDS);
const ARTICLE = new Set(['les', 'des', 'de', 'd', 'the', 'entre']);

const acronym = (t: Token | undefined): boolean => t !== undefined && /^[A-Z][A-Z0-9]{1,7}$/.test(t.text) && /[A-Z]{2}/.test(t.text);

/** [start, end) of each unlisted side of a hyphened pair beside a clash word; `taken[k]`: token k is in a known actor. */
export function hyphenedSideGroups(tokens: readonly Token[], taken: Uint8Array, text = ''): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!said(tokens, CLASH_SAID)) return out;
  for (let c = 0; c < tokens.length; c++) {
    if (!CLASH.has(tokens[c]!.norm)) continue;
    // the pair right after the clash word ("combats Nyatura-APCLS") or right before it ("Nyatura-APCLS clashes")
    let a = c + 1;
    while (ARTICLE.has(tokens[a]?.norm ?? '') && a < c + 3) a++;
    const after = pairAt(tokens, taken, a, text);
    if (after) out.push(...after);
    else if (c > 0) {
      let s = c - 1;
      while (s > 0 && tokens[s]!.hyphenBefore && s > c - 6) s--;
      const before = pairAt(tokens, taken, s, text);
      if (before) out.push(...before);
    }
  }
  return out;
}

// Two sides from `s`: a known actor or an acronym (with its hyphened parts, "NDC-R"), a hyphen, then the other.
// ("NDC-R/APCLS": a slash joins them as a hyphen does, reports45)
const slashBefore = (tokens: readonly Token[], k: number, text: string): boolean => tokens[k] !== undefined && text[tokens[k]!.start - 1] === '/' && tokens[k]!.start - tokens[k - 1]!.end === 1;
function pairAt(tokens: readonly Token[], taken: Uint8Array, s: number, text: string): Array<[number, number]> | null {
  const first = sideEnd(tokens, taken, s);
  if (first <= s || !(tokens[first]?.hyphenBefore || slashBefore(tokens, first, text))) return null;
  const second = sideEnd(tokens, taken, first);
  if (second <= first) return null;
  const firstKnown = taken[s] === 1;
  const secondKnown = taken[first] === 1;
  // (two acronyms alone: "RN-4" is no clash of sides; doers/sides-clashing.ts reads such pairs with a verb; two unlisted
  // groups of three letters or more beside the clash word are: "combats NDC-R/APCLS", "APCLS-FPIC clashes", reports45)
  if (!firstKnown && !secondKnown && (tokens[s]!.text.length < 3 || tokens[first]!.text.length < 3)) return null;
  const out: Array<[number, number]> = [];
  if (!firstKnown) out.push([s, first]);
  if (!secondKnown) out.push([first, second]);
  return out;
}

// The end of a side starting at s: a known actor's taken words, or an acronym and the short parts hyphened to it.
function sideEnd(tokens: readonly Token[], taken: Uint8Array, s: number): number {
  if (taken[s]) {
    let e = s + 1;
    while (e < tokens.length && taken[e] && !tokens[e]!.hyphenBefore) e++;
    return e;
  }
  if (!acronym(tokens[s])) return s;
  let e = s + 1;
  // ("NDC-R": a part of one to four letters belongs to the name; a longer acronym after a hyphen is the other side)
  while (e < tokens.length && tokens[e]!.hyphenBefore && !taken[e] && /^[A-Z0-9]{1,2}$/.test(tokens[e]!.text)) e++;
  return e;
}

/** A side hyphened to a known actor with a clash word beside the pair ("combats Nyatura-APCLS"): no faction of it. */
export function hyphenedSide(tokens: readonly Token[], start: number, end: number): boolean {
  if (!tokens[start]?.hyphenBefore) return false;
  if (CLASH.has(tokens[end]?.norm ?? '')) return true;
  for (let k = start - 1; k >= 0 && k >= start - 5; k--) {
    if (CLASH.has(tokens[k]!.norm)) return true;
    if (tokens[k + 1]!.breakBefore) return false;
  }
  return false;
}

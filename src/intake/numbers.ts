import { withoutPrototype } from './lookup-table.js';
import type { Token } from './normalize.js';
import { SWAHILI_NUMBERS } from './swahili-verbs.js';

/**
 * Counts as reporters write them: digits, number words in English and French (`four`, `quatre`,
 * `vingt-cinq`, `twenty five`), approximations (`a dozen`, `une dizaine`, `une vingtaine`, taken
 * at their round value), and zero words. Input is normalised tokens.
 */

const UNITS: Record<string, number> = withoutPrototype({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, nonante: 90,
  ...SWAHILI_NUMBERS,
});
const HUNDREDS = new Set(['hundred', 'cent', 'cents']);
const THOUSANDS = new Set(['thousand', 'mille']);
const TIMES_THOUSAND = new Set(['thousand', 'thousands', 'mille', 'milles']);

/** "une dizaine de" and "a dozen" name a count without a number word before them. */
const APPROXIMATE: Record<string, number> = withoutPrototype({
  dozen: 12, dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30,
  quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
});
const ARTICLES = new Set(['a', 'an', 'un', 'une']);
const VAGUE_BEFORE = new Set(['several', 'some', 'many', 'few', 'plusieurs', 'quelques']);
const ESTIMATED = new Set(['estimated', 'approximate', 'reported', 'confirmed', 'total', 'further', 'additional', 'other', 'extra']);
/** Words that mean none when they come before a victim noun or verb: "no one killed", "aucun mort". */
const ZERO_WORDS = new Set(['no', 'zero', 'aucun', 'aucune', 'nobody', 'none']);

export interface NumberRead {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** Read from an article ("a child", "une femme"): valid only right before a victim noun. */
  article: boolean;
  /** Read from "no"/"aucun": valid only before a victim noun or verb. */
  zero: boolean;
}

// A report's numbers are read again and again by different readers (counts, movements, tolls…): the
// reading of each position is kept for the report's tokens (a frozen array per report) and shared.
const READ = new WeakMap<readonly Token[], Array<NumberRead | null | undefined>>();
// How far one reading can look past its start: "an estimated 2 000 000" is five tokens.
const READ_REACH = 5;

/**
 * The number starting at token i, or null. Words do not run across punctuation; tokens set in `skip`
 * are not read. The result is shared: callers must not change it.
 */
export function readNumber(tokens: readonly Token[], i: number, skip?: Uint8Array): NumberRead | null {
  if (i < 0 || i >= tokens.length || skip?.[i]) return null;
  let reads = READ.get(tokens);
  if (!reads) READ.set(tokens, (reads = new Array(tokens.length)));
  let read = reads[i];
  if (read === undefined) reads[i] = read = readNumberAt(tokens, i);
  // With tokens skipped, the unskipped reading holds when nothing it could have looked at is skipped.
  if (!skip || noneSkipped(skip, i, Math.max(read?.next ?? 0, i + READ_REACH))) return read;
  return readNumberAt(tokens, i, skip);
}

function noneSkipped(skip: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to && k < skip.length; k++) if (skip[k]) return false;
  return true;
}

function readNumberAt(tokens: readonly Token[], i: number, skip?: Uint8Array): NumberRead | null {
  const first = tokens[i];
  if (!first || skip?.[i]) return null;
  const norm = first.norm;
  // "2k people", "3K"
  if (/^\d{1,3}k$/.test(norm)) return { value: Number(norm.slice(0, -1)) * 1000, next: i + 1, article: false, zero: false };
  if (/^\d+$/.test(norm)) {
    // "2 000 déplacés": thousands separated by a plain space are still one number.
    let digits = norm;
    let next = i + 1;
    while (digits.length <= 4 && /^\d{3}$/.test(tokens[next]?.norm ?? '') && tokens[next]!.start === tokens[next - 1]!.end + 1 && !skip?.[next]) {
      digits += tokens[next]!.norm;
      next++;
    }
    // "2 mille déplacés", "5 thousand people" (SMS writes the digits, then the word): that many thousands
    if (digits.length <= 3 && next === i + 1 && TIMES_THOUSAND.has(tokens[next]?.norm ?? '') && !tokens[next]!.breakBefore && !skip?.[next]) {
      return { value: Number(digits) * 1000, next: next + 1, article: false, zero: false };
    }
    return digits.length <= 7 ? { value: Number(digits), next, article: false, zero: false } : null;
  }
  if (ZERO_WORDS.has(norm)) {
    // "no one", "no-one"
    const next = tokens[i + 1]?.norm === 'one' && !tokens[i + 1]!.breakBefore ? i + 2 : i + 1;
    return { value: 0, next, article: false, zero: true };
  }
  if (ARTICLES.has(norm)) {
    // "an estimated dozen", "an estimated 300", "a reported twenty": the article belongs to the estimate.
    const estimate = tokens[i + 1];
    if (estimate && !estimate.breakBefore && ESTIMATED.has(estimate.norm) && !tokens[i + 2]?.breakBefore) {
      const n = readNumberAt(tokens, i + 2, skip);
      if (n && !n.zero && !n.article) return n;
      if (tokens[i + 2] && APPROXIMATE[tokens[i + 2]!.norm] !== undefined) return { value: APPROXIMATE[tokens[i + 2]!.norm]!, next: i + 3, article: false, zero: false };
    }
    const after = tokens[i + 1];
    if (after && !after.breakBefore && APPROXIMATE[after.norm] !== undefined) {
      return { value: APPROXIMATE[after.norm]!, next: i + 2, article: false, zero: false };
    }
    // "a hundred", "a thousand"
    if (after && !after.breakBefore && (HUNDREDS.has(after.norm) || THOUSANDS.has(after.norm))) return readWords(tokens, i + 1, skip, 1);
    return { value: 1, next: i + 1, article: true, zero: false };
  }
  // "several dozen", "quelques dizaines": a vague number of dozens stays unknown
  if (APPROXIMATE[norm] !== undefined && VAGUE_BEFORE.has(tokens[i - 1]?.norm ?? '')) return null;
  if (APPROXIMATE[norm] !== undefined) return { value: APPROXIMATE[norm]!, next: i + 1, article: false, zero: false };
  // "half a dozen", "une demi-douzaine"
  if (norm === 'half' && ARTICLES.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'dozen') return { value: 6, next: i + 3, article: false, zero: false };
  if (norm === 'demi' && tokens[i + 1]?.norm === 'douzaine') return { value: 6, next: i + 2, article: false, zero: false };
  return readWords(tokens, i, skip);
}

// "vingt et un", "quatre-vingt-dix", "one hundred and twenty", "dix-sept", "twenty five".
function readWords(tokens: readonly Token[], i: number, skip?: Uint8Array, seed = 0): NumberRead | null {
  let total = 0;
  let current = seed;
  let last = seed || Infinity; // the last added value: a following word must be smaller (twenty five, not two three)
  let j = i;
  let read = seed > 0;
  while (j < tokens.length && !skip?.[j]) {
    const token = tokens[j]!;
    if (read && token.breakBefore) break;
    const word = token.norm;
    if ((word === 'and' || word === 'et') && read) {
      const next = tokens[j + 1];
      if (next && !next.breakBefore && UNITS[next.norm] !== undefined) {
        j++;
        continue;
      }
      break;
    }
    const unit = UNITS[word];
    if (unit !== undefined && unit > 0 && (word === 'vingt' || word === 'vingts') && current > 1 && current < 10 && last < 10) {
      current *= 20; // quatre-vingt
      last = 20;
    } else if (unit !== undefined && (!read || unit < last)) {
      current += unit;
      last = unit;
    } else if (HUNDREDS.has(word) && read) {
      current = (current || 1) * 100;
      last = 100;
    } else if (HUNDREDS.has(word) && !read && word === 'cent') {
      current = 100;
      last = 100;
    } else if (THOUSANDS.has(word) && (read || word === 'mille')) {
      total += (current || 1) * 1000;
      current = 0;
      last = 1000;
    } else break;
    read = true;
    j++;
  }
  if (!read) return null;
  return { value: total + current, next: j, article: false, zero: false };
}

/** A whole value such as `4`, `four`, `quatre`, `une dizaine` (for `killed:4` overrides); null if anything is left over. */
export function parseCount(tokens: readonly Token[]): number | null {
  const read = readNumber(tokens, 0);
  if (!read || read.next !== tokens.length || read.article) return null;
  return read.value;
}

/**
 * Text normalisation for matching: reporters type on phones, in French and English, with or
 * without accents, so every comparison goes through one accent- and case-insensitive form.
 */

import { withoutPrototype } from './lookup-table.js';
import { byWord } from './word-memo.js';

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘ʼ`´′]/g;
const HYPHENS = /[‐‑‒–—―−]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const LIGATURE_RE = /[œæß]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included, is what "already plain" means here
const ASCII = /^[\x00-\x7f]*$/;

/** `Maï-Maï` → `mai-mai`, `L’ÉCOLE` → `l'ecole`: NFD, diacritics stripped, lowercase, one apostrophe and one hyphen. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .normalize('NFC');
}

/** One word of a text, with where it sits in the original so callers can quote or cut it. */
export interface Token {
  /** The word as typed. */
  text: string;
  /** The normalised word (see `normalize`). */
  norm: string;
  /** Offsets in the original text: `text === original.slice(start, end)`. */
  start: number;
  end: number;
  /**
   * Clause punctuation (`, ; . ! ?`, brackets, quotes, a line break) sits between this word and
   * the previous one: names and counts do not run across it. Spaces, hyphens, apostrophes and
   * slashes do not break (`Nord-Kivu`, `l'école`, `ADF/NALU`).
   */
  breakBefore: boolean;
  /** A sentence stop (`. ! ?` or a line break) sits between this word and the previous one. */
  stopBefore: boolean;
  /** Only a hyphen sits between this word and the previous one (`Beni-Kasindi`). */
  hyphenBefore: boolean;
}

// Letters (with their combining marks) and digits run together (`M23`, `10h30`); a number keeps
// its thousands separators (1,200 · 1.200 · 1 200 with a no-break space).
const THOUSANDS = /\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?![\d\p{L}])/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;

const ABBREVIATION = new Set(['incl', 'approx', 'env', 'vs', 'cf', 'sgt', 'lt', 'col', 'cpl', 'capt', 'dr', 'mr', 'mme', 'mlle', 'esp']);

/** Words of a text in order. A hand-rolled scan: it runs on every report, so it avoids a regex per word. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let gapBreak = false;
  let gapStop = false;
  let gapHyphen = false;
  let gapOther = false;
  let i = 0;
  while (i < text.length) {
    const size = wordCharSize(text, i);
    if (size === 0) {
      const c = text[i]!;
      // "Teacher & his wife", "threatened w/ death": SMS signs that stand for words.
      // ("2 femmes + 1 vieille": a plus between spaces joins two counts)
      const sign = c === '&' || (c === '+' && text[i - 1] === ' ' && text[i + 1] === ' ') ? 'and' : null;
      if (sign) {
        const first = tokens.length === 0;
        tokens.push({ text: c, norm: sign, start: i, end: i + 1, breakBefore: !first && gapBreak, stopBefore: !first && gapStop, hyphenBefore: false });
        gapBreak = gapStop = gapHyphen = gapOther = false;
        i++;
        continue;
      }
      // "incl. minors", "approx. 300", "Sgt. Bahati": the point of an abbreviation ends no sentence.
      if (c === '.' && ABBREVIATION.has(tokens.at(-1)?.norm ?? '') && tokens.at(-1)!.end === i) gapOther = true;
      else if (c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?') gapStop = gapBreak = true;
      else if (BREAK_CHARS.has(c)) gapBreak = true;
      else if (HYPHEN_CHARS.has(c)) gapHyphen = true;
      else if (c !== ' ' && c !== '\t') gapOther = true;
      i++;
      continue;
    }
    const start = i;
    THOUSANDS.lastIndex = i;
    if (isDigit(text.charCodeAt(i)) && THOUSANDS.test(text)) i = THOUSANDS.lastIndex;
    else for (i += size; i < text.length; ) {
      const next = wordCharSize(text, i);
      if (next === 0) break;
      i += next;
    }
    const word = text.slice(start, i);
    const first = tokens.length === 0;
    // SMS glues an age to its unit ("fille de 13ans", "boy 12yrs") and writes "d'une" as "d1": two words each.
    // (cheap checks first: tokenize runs on every word of every report)
    const last = word.charCodeAt(word.length - 1);
    const glued = isDigit(word.charCodeAt(0)) ? (isDigit(last) ? null : gluedCount(word)) : word.length === 2 && last === 49 ? ARTICLE_GLUED.exec(word) : null;
    if (glued) {
      const cut = start + glued[1]!.length;
      tokens.push({ text: glued[1]!, norm: glued[1] === '1' ? 'un' : normalizeWord(glued[1]!), start, end: cut, breakBefore: !first && gapBreak, stopBefore: !first && gapStop, hyphenBefore: !first && gapHyphen && !gapBreak && !gapOther });
      tokens.push({ text: glued[2]!, norm: glued[2] === '1' ? 'un' : smsWord(normalizeWord(glued[2]!)), start: cut, end: i, breakBefore: false, stopBefore: false, hyphenBefore: false });
      gapBreak = gapStop = gapHyphen = gapOther = false;
      continue;
    }
    const norm = normalizeWord(word);
    tokens.push({
      text: word,
      norm: norm === 'w' && text[i] === '/' ? 'with' : word === 'n' && smsAnd(text, i, tokens.at(-1)?.norm) ? 'and' : (SMS_WORDS[norm] ?? norm),
      start,
      end: i,
      breakBefore: !first && gapBreak,
      stopBefore: !first && gapStop,
      hyphenBefore: !first && gapHyphen && !gapBreak && !gapOther,
    });
    gapBreak = gapStop = gapHyphen = gapOther = false;
  }
  return tokens;
}

// "2 women n 3 children", "two women n a girl": a lone lower-case n before a space is SMS "and"; not French "n'a" typed
// without its apostrophe ("elle n a pas survécu", "il n est pas", "on n y va plus").
const FRENCH_AFTER_N = /^ (?:(?:a|as|ai|avait|avaient|avons|avez|ont|aura|aurait)\s+(?:pas|rien|jamais|plus|ete|été|eu|fait|dit|vu|pu|su|pris|re[cç]u|point|aucune?|gu[eè]re|personne|que)|est|es|etait|était|etaient|étaient|ont|y|en|importe|sont)(?![\p{L}\d])/u;
// (nor after a French subject: "elle n a", "personne n est", "on n")
const FRENCH_BEFORE_N: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles', 'on', 'personne', 'rien', 'qui', 'ce', 'ca', 'cela', 'nous', 'vous', 'je', 'j', 'aucun', 'aucune', 'ne']);
function smsAnd(text: string, end: number, before: string | undefined): boolean {
  return text[end] === ' ' && !FRENCH_BEFORE_N.has(before ?? '') && !FRENCH_AFTER_N.test(text.slice(end, end + 24));
}

const AGE_GLUED = /^(\d{1,3})(ans|an|yrs|yr|yo|years)$/i;
// SMS also glues a count to its noun ("pris 3cultivateurs", "frappé 1homme", "2mille ppl"): a word of four letters or
// more after the digits is split off (shorter tails are units and clock marks: "2km", "2145hrs", "3eme"); "2" then
// "mille" reads as 2,000 like "2 mille" (numbers.ts).
const COUNT_GLUED = /^(\d{1,4})(\p{L}{4,})$/u;
// (and SMS words that start on a digit: "2nite", "2morrow")
const NOT_A_NOUN = new Set(['ieme', 'ième', 'nite', 'night', 'morrow', 'moro', 'morow', 'gether']);

function gluedCount(word: string): RegExpExecArray | null {
  const age = AGE_GLUED.exec(word);
  if (age) return age;
  const count = COUNT_GLUED.exec(word);
  return count && !NOT_A_NOUN.has(count[2]!.toLowerCase()) ? count : null;
}
const ARTICLE_GLUED = /^([dD])(1)$/;
const BREAK_CHARS = new Set([',', ';', '(', ')', '[', ']', '{', '}', '"', '“', '”', '«', '»']);
const HYPHEN_CHARS = new Set(['-', '‐', '‑', '‒', '–', '—']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** How many UTF-16 units the word character at i takes (0 when it is not a word character). */
function wordCharSize(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  const size = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + size)) ? size : 0;
}

// Words shortened in text messages, read as the word they stand for ("2 wmn", "enfts soldats", "pr attaquer", "2nite").
const SMS_WORDS: Record<string, string> = withoutPrototype({
  pr: 'pour', ac: 'avec', wmn: 'women', wmen: 'women', womn: 'women', enfts: 'enfants', enfs: 'enfants', enft: 'enfant',
  '2nite': 'tonight', '2night': 'tonight', tonite: 'tonight', kld: 'killed', kild: 'killed', fmmes: 'femmes', fmme: 'femme',
  hmmes: 'hommes', hmme: 'homme', bcz: 'because', coz: 'because', bcoz: 'because', pple: 'people', ppl: 'people', mrng: 'morning', nite: 'night',
  frm: 'from', fr0m: 'from', pikd: 'picked', pickd: 'picked',
});

// (the same words come back in every report: each is normalised once, word-memo.ts)
const normalizeWord = byWord((word: string): string => {
  if (isDigit(word.charCodeAt(0)) && /^\d[\d.,\u00a0\u202f]*$/.test(word)) return word.replace(/[.,\u00a0\u202f]/g, '');
  return normalize(word);
});

/** The normalised words of a phrase, for building indexes: `Plaine-Savo` → `['plaine', 'savo']`. */
export function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/** One comparable key per phrase: `Beni-ville`, `beni ville` and `BENI VILLE` all give `beni ville`. */
export function phraseKey(phrase: string): string {
  return words(phrase).join(' ');
}

/**
 * Where the report proper begins after a short heading ("URGENT:", "Update from CAN:", "Flash info -",
 * "Kiwanja:"): the first word after a colon or dash within the first five words; 0 when there is none.
 */
export function reportStart(tokens: readonly Token[]): number {
  for (let k = 1; k <= 5 && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.stopBefore) return 0;
    if (!t.breakBefore && t.start - tokens[k - 1]!.end > 1) return k;
  }
  return 0;
}

function smsWord(norm: string): string {
  return SMS_WORDS[norm] ?? norm;
}

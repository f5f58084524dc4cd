import type { SignalHit, SignalValue } from './categories.js';
import { SIGNAL_KEYWORDS, type Signal } from './keywords.js';
import { words, type Token } from '../normalize.js';
import { byWord } from '../word-memo.js';

/**
 * Keywords typed with one letter dropped, as thumbs do on a phone: "Shoting", "Kidapping", "Tenion",
 * "Thratening", "menaçe"… Only words of at least 7 letters are guessed, only a dropped letter (never a
 * wrong one, which turns "attached" into "attacked"), and never a word that is itself a known word.
 */

const MIN_LENGTH = 7;
// Real words one dropped letter away from a keyword: "élevées" is not "enlevées", "planing" not "planning".
const REAL_WORDS = new Set([
  'elevees', 'elevee', 'eleves', 'planing', 'lashes', 'riding', 'stored', 'coming', 'reported', 'recorded', 'activity', 'activities',
  'operating', 'hospitals', 'information', 'informations', 'informatique', 'treating', 'treated', 'treatment', 'logging', 'preview',
  'voleurs', // thieves, not "violeurs"
]);

interface Entry {
  value: SignalValue;
  /** The keyword is a stem (`kidnap*`): the typed word need only start with it. */
  stem: boolean;
  length: number;
}

interface KeywordTypos {
  find(tokens: readonly Token[], busy: Uint8Array): SignalHit[];
}

function createKeywordTypos(): KeywordTypos {
  // Each keyword with one letter taken out, at every position: what a typed word (or its start) must equal.
  const byDeleted = new Map<string, Entry | null>();
  const known = new Set<string>();
  const lengths = new Set<number>();
  for (const [signal, list] of Object.entries(SIGNAL_KEYWORDS) as Array<[Signal, readonly (string | readonly [string, string])[]]>) {
    for (const k of list) {
      const [phrase, subType] = typeof k === 'string' ? [k, null] : k;
      const stem = phrase.endsWith('*');
      const w = words(stem ? phrase.slice(0, -1) : phrase);
      if (w.length !== 1) continue;
      const word = w[0]!;
      known.add(word);
      if (word.length < MIN_LENGTH + 1 || !/^[a-z]+$/.test(word)) continue;
      // a letter dropped inside the word: taking the first or last letter off makes other words
      // ("flogging" → "logging", "soldiers" → "soldier", a stem "attack" → "attac" would take "attached")
      for (let p = 1; p < word.length - 1; p++) {
        const key = word.slice(0, p) + word.slice(p + 1);
        const entry: Entry = { value: { signal, subType }, stem, length: word.length - 1 };
        const had = byDeleted.get(key);
        byDeleted.set(key, had === undefined || (had && had.value.signal === signal) ? (had ?? entry) : null);
        if (stem) lengths.add(word.length - 1);
      }
    }
  }
  // The keyword a word is a typo of, if any (once per word, word-memo.ts).
  const typoOf = byWord((w: string): SignalValue | null => {
    if (w.length < MIN_LENGTH || known.has(w) || REAL_WORDS.has(w) || !/^[a-z]+$/.test(w)) return null;
    let hit = byDeleted.get(w);
    if (hit?.stem) hit = null; // a stem is matched below, on the word's start
    if (!hit) {
      for (const len of lengths) {
        if (len > w.length) continue;
        const e = byDeleted.get(w.slice(0, len));
        if (e?.stem && w.length <= len + 5) {
          hit = e;
          break;
        }
      }
    }
    return hit ? hit.value : null;
  });
  return {
    find(tokens, busy) {
      const out: SignalHit[] = [];
      for (let i = 0; i < tokens.length; i++) {
        if (busy[i] || tokens[i]!.norm.length < MIN_LENGTH) continue;
        const value = typoOf(tokens[i]!.norm);
        if (value) out.push({ value, start: i, end: i + 1 });
      }
      return out;
    },
  };
}

let shared: KeywordTypos | undefined;
/** The keyword hits, with keywords typed with a letter dropped on words nothing else has taken. */
export function withKeywordTypos(hits: SignalHit[], tokens: readonly Token[], taken: Uint8Array): SignalHit[] {
  const busy = taken.slice();
  for (const h of hits) busy.fill(1, h.start, h.end);
  shared ??= createKeywordTypos();
  const typos = shared.find(tokens, busy);
  return typos.length === 0 ? hits : [...hits, ...typos].sort((a, b) => a.start - b.start);
}

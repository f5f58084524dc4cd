import type { Subcommand } from '../types.js';

export type Dispatch =
  | { kind: 'subcommand'; subcommand: Subcommand; match: RegExpExecArray }
  | { kind: 'misused'; subcommand: Subcommand }
  | { kind: 'unknown'; word: string; suggestion: Subcommand | null }
  | { kind: 'report' };

const REFERENCE = /\b[A-Z]{1,6}-\d+\b/i;

/**
 * Decides what `/alert <text>` is. A subcommand is recognised only when its whole form matches;
 * anything else is a quick report, unless it is plainly a subcommand gone wrong (a subcommand word
 * followed by little or by an alert reference, or a lone misspelt one), which gets its usage or a
 * "did you mean" rather than becoming an alert.
 */
export function dispatch(text: string, subcommands: Subcommand[]): Dispatch {
  const trimmed = text.trim();
  for (const subcommand of subcommands) {
    const match = subcommand.pattern.exec(trimmed);
    if (match) return { kind: 'subcommand', subcommand, match };
  }
  const words = trimmed.split(/\s+/).filter(Boolean);
  const first = (words[0] ?? '').toLowerCase();
  const shortOrReferenced = words.length <= 3 || REFERENCE.test(words.slice(1, 3).join(' '));
  const named = subcommands.find((s) => s.name === first || s.aliases.includes(first));
  if (named && shortOrReferenced) return { kind: 'misused', subcommand: named };
  // A word before a reference is a subcommand gone wrong; a lone word is one only if it is close to a
  // subcommand ("shwo"): any other single word ("fire", "pillage") is a short report like any other.
  // Only short texts can be either, so a report of a sentence never pays for the edit distances.
  if (words.length > 3) return { kind: 'report' };
  const suggestion = closeSubcommand(first, subcommands);
  if (REFERENCE.test(trimmed)) return { kind: 'unknown', word: words[0] ?? '', suggestion };
  if (words.length === 1 && suggestion) return { kind: 'unknown', word: words[0] ?? '', suggestion };
  return { kind: 'report' };
}

/** The subcommand a misspelt word was meant to be: one slip in a short name, two in a longer one. */
function closeSubcommand(word: string, subcommands: Subcommand[]): Subcommand | null {
  const close = (name: string) => /\p{L}/u.test(name) && editDistance(name, word) <= (name.length <= 4 ? 1 : 2);
  return subcommands.find((s) => [s.name, ...s.aliases].some(close)) ?? null;
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`, by code point. */
function editDistance(left: string, right: string): number {
  const a = [...left];
  const b = [...right];
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

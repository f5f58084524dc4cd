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
 * followed by little or by an alert reference), which gets its usage rather than becoming an alert.
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
  if (words.length === 1 || (words.length <= 3 && REFERENCE.test(trimmed))) {
    const suggestion = subcommands.find((s) => [s.name, ...s.aliases].some((n) => editDistance(n, first) <= 2)) ?? null;
    return { kind: 'unknown', word: words[0] ?? '', suggestion };
  }
  return { kind: 'report' };
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

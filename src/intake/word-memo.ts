/**
 * A reading of one word that depends on nothing but the word, kept across reports. Focal points use
 * the same few thousand words day after day, and some readings of a word compare it with every name
 * it could be a typo of (places, groups, keywords): worth doing once per word, not once per report.
 * Bounded: when full it starts again, so a flood of words never seen before costs memory only up to
 * the bound and no more time than without it.
 */
export function byWord<T>(read: (word: string) => T, bound = 20_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    const had = known.get(word);
    if (had !== undefined || known.has(word)) return had as T;
    if (known.size >= bound) known.clear();
    const value = read(word);
    known.set(word, value);
    return value;
  };
}

import { words, type Token } from './normalize.js';

/**
 * A phrase index over normalised words: place names, actor names and keywords are all multi-word
 * phrases matched on word boundaries. Built once; a lookup is a few map reads per word of the text.
 *
 * A phrase's last word may end in `*` to match any word starting so (`attaqu*` matches attaque,
 * attaqué, attaquées); the stem must be at least 3 letters.
 */
export interface PhraseHit<T> {
  value: T;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

interface Entry<T> {
  rest: string[];
  /** The last word is a stem. */
  prefix: boolean;
  /** Longer phrases win; among equals, exact words beat stems and longer stems beat shorter ones. */
  weight: number;
  value: T;
}

export class PhraseIndex<T> {
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly stems = new Map<string, Entry<T>[]>();
  // The stems again, by their first three letters, shortest first: a word's stems are found with one map
  // read and a few startsWith, rather than a substring and a map read for every length.
  private byHead: Map<string, Array<{ stem: string; entries: Entry<T>[] }>> | null = null;

  add(phrase: string, value: T): void {
    const prefix = phrase.trimEnd().endsWith('*');
    const list = words(prefix ? phrase.trimEnd().slice(0, -1) : phrase);
    if (list.length === 0) return;
    const last = list[list.length - 1]!;
    if (prefix && last.length < 3) throw new Error(`stem too short in "${phrase}"`);
    const entry: Entry<T> = {
      rest: list.slice(1),
      prefix,
      weight: list.length * 1000 + (prefix ? last.length : 500),
      value,
    };
    const first = list[0]!;
    const single = list.length === 1 && prefix;
    const map = single ? this.stems : this.exact;
    const bucket = map.get(first);
    if (bucket) bucket.push(entry);
    else map.set(first, [entry]);
    if (single) this.byHead = null;
  }

  /**
   * Every phrase in the tokens: at each position the heaviest phrases (several when equal, e.g. a
   * name shared by a territory and a locality), and none inside a longer hit. Tokens where `skip`
   * is set are neither matched nor crossed (they belong to an earlier match).
   */
  find(tokens: readonly Token[], skip?: Uint8Array): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const found: Array<{ entry: Entry<T>; end: number }> = [];
    const heads = (this.byHead ??= this.stemsByHead());
    for (let i = 0; i < tokens.length; i++) {
      if (skip?.[i]) continue;
      const norm = tokens[i]!.norm;
      let best = 0;
      found.length = 0;
      const exact = this.exact.get(norm);
      if (exact) best = this.collect(exact, tokens, i, skip, best, found);
      const candidates = norm.length >= 3 ? heads.get(norm.slice(0, 3)) : undefined;
      if (candidates) for (const { stem, entries } of candidates) if (norm.startsWith(stem)) best = this.collect(entries, tokens, i, skip, best, found);
      for (const { entry, end } of found) hits.push({ value: entry.value, start: i, end });
    }
    if (hits.length < 2) return hits;
    // Drop hits inside a longer one: "Beni" inside "territoire de Beni", "mort" inside "menaces de mort".
    return hits.filter((h) => !hits.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  }

  private stemsByHead(): Map<string, Array<{ stem: string; entries: Entry<T>[] }>> {
    const heads = new Map<string, Array<{ stem: string; entries: Entry<T>[] }>>();
    for (const [stem, entries] of [...this.stems].sort(([a], [b]) => a.length - b.length)) {
      const list = heads.get(stem.slice(0, 3));
      if (list) list.push({ stem, entries });
      else heads.set(stem.slice(0, 3), [{ stem, entries }]);
    }
    return heads;
  }

  /** Adds the entries matching at i that weigh at least `best` to `found`; returns the new best weight. */
  private collect(
    entries: readonly Entry<T>[],
    tokens: readonly Token[],
    i: number,
    skip: Uint8Array | undefined,
    best: number,
    found: Array<{ entry: Entry<T>; end: number }>,
  ): number {
    for (const entry of entries) {
      if (entry.weight < best) continue;
      const end = this.matchRest(tokens, i, entry, skip);
      if (end < 0) continue;
      if (entry.weight > best) {
        best = entry.weight;
        found.length = 0;
      }
      found.push({ entry, end });
    }
    return best;
  }

  private matchRest(tokens: readonly Token[], i: number, entry: Entry<T>, skip?: Uint8Array): number {
    const { rest, prefix } = entry;
    for (let k = 0; k < rest.length; k++) {
      const token = tokens[i + 1 + k];
      if (!token || token.breakBefore || skip?.[i + 1 + k]) return -1;
      const want = rest[k]!;
      const isLast = k === rest.length - 1;
      if (isLast && prefix ? !token.norm.startsWith(want) : token.norm !== want) return -1;
    }
    return i + 1 + rest.length;
  }
}

/** Marks tokens [start, end) as taken. */
export function mark(mask: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) mask[i] = 1;
}

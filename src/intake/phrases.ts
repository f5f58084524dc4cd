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
  /** Longer phrases win; among equals, exact words beat stems and longer stems beat shorter ones. */
  weight: number;
  value: T;
}

/** The phrases whose words so far are the path to this node. */
interface Node<T> {
  /** The next word, exactly. */
  next: Map<string, Node<T>>;
  /** Phrases that end with the word that leads here. */
  here: Entry<T>[];
  /** Phrases that end with a stem after this node's words, by the stem's first three letters. */
  stems: Map<string, Array<{ stem: string; entries: Entry<T>[] }>>;
}

const node = <T>(): Node<T> => ({ next: new Map(), here: [], stems: new Map() });

/**
 * The phrases are kept as a tree of words: at each position of a text one walk down the tree finds
 * every phrase starting there, however many share their first words ("cattle and goats…", "ont
 * raflé…": keyword families share their heads by the hundred).
 */
export class PhraseIndex<T> {
  private readonly root: Node<T> = node();

  add(phrase: string, value: T): void {
    const prefix = phrase.trimEnd().endsWith('*');
    const list = words(prefix ? phrase.trimEnd().slice(0, -1) : phrase);
    if (list.length === 0) return;
    const last = list[list.length - 1]!;
    if (prefix && last.length < 3) throw new Error(`stem too short in "${phrase}"`);
    const entry: Entry<T> = { weight: list.length * 1000 + (prefix ? last.length : 500), value };
    let at = this.root;
    for (const word of prefix ? list.slice(0, -1) : list) {
      let child = at.next.get(word);
      if (!child) at.next.set(word, (child = node()));
      at = child;
    }
    if (!prefix) return void at.here.push(entry);
    const head = last.slice(0, 3);
    const withHead = at.stems.get(head) ?? [];
    if (withHead.length === 0) at.stems.set(head, withHead);
    const same = withHead.find((s) => s.stem === last);
    if (same) same.entries.push(entry);
    else withHead.push({ stem: last, entries: [entry] });
  }

  /**
   * Every phrase in the tokens: at each position the heaviest phrases (several when equal, e.g. a
   * name shared by a territory and a locality), and none inside a longer hit. Tokens where `skip`
   * is set are neither matched nor crossed (they belong to an earlier match); a phrase does not
   * run across punctuation.
   */
  find(tokens: readonly Token[], skip?: Uint8Array): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const found: Array<{ entry: Entry<T>; end: number }> = [];
    for (let i = 0; i < tokens.length; i++) {
      if (skip?.[i]) continue;
      let best = 0;
      found.length = 0;
      let at: Node<T> | undefined = this.root;
      for (let k = i; at && k < tokens.length; k++) {
        const token = tokens[k]!;
        if (k > i && (token.breakBefore || skip?.[k])) break;
        const norm = token.norm;
        const stems = norm.length >= 3 && at.stems.size > 0 ? at.stems.get(norm.slice(0, 3)) : undefined;
        if (stems) for (const { stem, entries } of stems) if (norm.startsWith(stem)) best = collect(entries, k + 1, best, found);
        at = at.next.get(norm);
        if (at && at.here.length > 0) best = collect(at.here, k + 1, best, found);
      }
      for (const { entry, end } of found) hits.push({ value: entry.value, start: i, end });
    }
    if (hits.length < 2) return hits;
    // Drop hits inside a longer one: "Beni" inside "territoire de Beni", "mort" inside "menaces de mort".
    return hits.filter((h) => !hits.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  }
}

/** Adds the entries that weigh at least `best` to `found`; returns the new best weight. */
function collect<T>(entries: readonly Entry<T>[], end: number, best: number, found: Array<{ entry: Entry<T>; end: number }>): number {
  for (const entry of entries) {
    if (entry.weight < best) continue;
    if (entry.weight > best) {
      best = entry.weight;
      found.length = 0;
    }
    found.push({ entry, end });
  }
  return best;
}

/** Marks tokens [start, end) as taken. */
export function mark(mask: Uint8Array, start: number, end: number): void {
  for (let i = start; i < end; i++) mask[i] = 1;
}

import type { Token } from './normalize.js';

/**
 * Trigger words. The parser is some three hundred small readers, each looking for one construction ("one woman hit by
 * a stray bullet died", "a couple of old people killed"); nearly all of them need one of a few words to be in the report
 * before there is anything to read. A reader declares those words once (`trigger([...])`) and opens with
 * `if (!said(tokens, ITS_TRIGGER)) return …`: each report's words are looked up once in one table, and a reader whose
 * words are all absent is skipped without scanning the report again. This keeps the parser's cost per report about
 * the same as readers are added (bench: the parser's p99).
 *
 * A trigger is a necessary condition, never a sufficient one: the reader still reads its construction when one of the
 * words is there. Its words are the normalised forms the reader compares (`tokens[i].norm`); a word ending in `*` is a
 * stem standing for every word that starts so (at least three letters before the `*`). The equivalence test
 * (tests/unit/intake/triggers-equivalence.test.ts) parses every corpus report with triggers on and off and compares.
 */
export interface Trigger {
  readonly id: number;
  readonly words: readonly string[];
}

const defined: Trigger[] = [];
// exact word → the triggers it fires; stem head (first three letters) → the stems starting so, with their trigger
let exact = new Map<string, number[]>();
let stems = new Map<string, Array<{ stem: string; id: number }>>();
let indexed = 0;
let enabled = true;

/** Declares the words a reader needs (one of them); done once, at module load. */
export function trigger(words: readonly string[]): Trigger {
  for (const w of words) if (w.endsWith('*') && w.length < 4) throw new Error(`trigger stem too short: "${w}"`);
  const t: Trigger = { id: defined.length, words };
  defined.push(t);
  return t;
}

// (built on the first report, once every reader's module has declared its words; again if one declares later)
function index(): void {
  exact = new Map();
  stems = new Map();
  for (const { id, words } of defined) {
    for (const w of words) {
      if (w.endsWith('*')) {
        const stem = w.slice(0, -1);
        const head = stem.slice(0, 3);
        const list = stems.get(head) ?? [];
        if (list.length === 0) stems.set(head, list);
        list.push({ stem, id });
      } else {
        const list = exact.get(w) ?? [];
        if (list.length === 0) exact.set(w, list);
        list.push(id);
      }
    }
  }
  indexed = defined.length;
}

const firedIn = new WeakMap<readonly Token[], Uint8Array>();

function fire(tokens: readonly Token[]): Uint8Array {
  if (indexed !== defined.length) index();
  const fired = new Uint8Array(defined.length);
  for (const token of tokens) {
    const norm = token.norm;
    const ids = exact.get(norm);
    if (ids) for (const id of ids) fired[id] = 1;
    if (norm.length < 3) continue;
    const withHead = stems.get(norm.slice(0, 3));
    if (withHead) for (const { stem, id } of withHead) if (norm.startsWith(stem)) fired[id] = 1;
  }
  return fired;
}

/** One of the trigger's words is in the report (always true while triggers are switched off). */
export function said(tokens: readonly Token[], t: Trigger): boolean {
  if (!enabled) return true;
  let fired = firedIn.get(tokens);
  if (fired === undefined || fired.length <= t.id) {
    fired = fire(tokens);
    firedIn.set(tokens, fired);
  }
  return fired[t.id] === 1;
}

/** Switches triggers off (every reader reads every report) or on again: for the equivalence test only. */
export function useTriggers(on: boolean): void {
  enabled = on;
}

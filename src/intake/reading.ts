import type { ActorMention } from './doers/actors.js';
import type { SignalHit } from './categories/categories.js';
import type { IntakeContext } from './context.js';
import type { PlaceTokenMatch } from './places/gazetteer.js';
import type { Token } from './normalize.js';

/**
 * What the first pass over a report found, shared by the stages that read it in turn (parser.ts):
 * signals (categories/read-signals.ts), counts (victims/read-counts.ts), category (categories/decide-category.ts), doers
 * (doers/read-doers.ts) and place (places/read-place.ts).
 */
export interface Reading {
  readonly ctx: IntakeContext;
  /** The reporter's text without the understood `key:value` overrides. */
  readonly description: string;
  readonly tokens: readonly Token[];
  /** 1 for a token claimed by a place or an actor's name, which keywords and counts then skip. */
  readonly taken: Uint8Array;
  readonly places: readonly PlaceTokenMatch[];
  /** Actors named who may have done it (not those named in a claim said false, or in a slur on a people). */
  readonly mentions: readonly ActorMention[];
  /** Keyword hits as found, typos included, before any is set aside. */
  readonly signalHits: readonly SignalHit[];
}

/** True when token `k` lies within an actor's name. */
export function inMention(r: Reading, k: number): boolean {
  return r.mentions.some((m) => k >= m.start && k < m.end);
}

/** True when an actor's name starts at token `i`. */
export function mentionAt(r: Reading, i: number): boolean {
  return r.mentions.some((m) => m.start === i);
}

import type { Place } from '../../config/mission.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A sitrep that runs through its places and marks the quiet ones "RAS" (rien à signaler) or "calm" before the one with
 * the incident: "Mamove RAS. Oicha RAS. Eringeti: 2 civ abducted by ADF" is Eringeti. A place followed straight by
 * "RAS", "calme"/"calm" or "nothing to report" goes behind places that are not; when every place is quiet, nothing
 * moves. "RAS à Mambasa sauf un vol …" (RAS before the place) is Mambasa's own day and stays.
 */
const QUIET_WORDS = ['ras', 'r.a.s', 'calme', 'calm', 'quiet', 'nothing', 'rien', 'nil', 'tulivu', 'shwari'];
const QUIET: ReadonlySet<string> = new Set(QUIET_WORDS);
const QUIET_SAID = trigger(QUIET_WORDS);

export function quietPlacesLast<P extends { start: number; end: number; place: Place }>(places: P[], tokens: readonly Token[]): P[] {
  if (places.length < 2 || !said(tokens, QUIET_SAID)) return places;
  const quiet = places.filter((p) => QUIET.has(tokens[p.end]?.norm ?? '') && !tokens[p.end]!.stopBefore);
  if (quiet.length === 0 || quiet.length === places.length) return places;
  return [...places.filter((p) => !quiet.includes(p)), ...quiet];
}

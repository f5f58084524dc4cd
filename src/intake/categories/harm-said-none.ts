import type { Signals, SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "no injuries", "no casualties", "aucun blessé", "sans victimes": a harm said NOT to have happened tells who was not
 * hurt, and is no harm done to the peacekeepers named beside it (reports32: "angry youths barricaded the road, MONUSCO
 * vehicles turned back, no injuries" is the road blocked to the mission, access denied). The counts still read 0
 * (victims/victims.ts, C11); only the target rule is given the hits without them. A Signals copy is made only when
 * such a hit is there.
 */
const NONE = /^(no|aucun|aucune|sans|zero|nil|pas|without|0|nobody|noone)$/;
const HARMS = new Set(['injure', 'kill']);

// ("no injuries", "aucun blessé", "pas de blessé", "no one hurt", "nobody injured", "no one was hurt")
function saidNone(h: SignalHit, tokens: readonly Token[]): boolean {
  if (!HARMS.has(h.value.signal)) return false;
  let k = h.start - 1;
  if (/^(was|were|got|been)$/.test(tokens[k]?.norm ?? '')) k--;
  const before = tokens[k]?.norm ?? '';
  if (NONE.test(before)) return true;
  return (before === 'de' && tokens[k - 1]?.norm === 'pas') || (/^(one|body)$/.test(before) && tokens[k - 1]?.norm === 'no');
}

/** The signals with harms said none set aside (as neutral words), or the same signals when there is none. */
export function withoutHarmSaidNone(s: Signals): Signals {
  const tokens = s.tokens;
  if (![...s.all('injure'), ...s.all('kill')].some((h) => saidNone(h, tokens))) return s;
  return s.retagged((h) => (saidNone(h, tokens) ? 'neutral' : null));
}

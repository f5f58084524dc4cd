import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "TOB Kamango hit by ADF fire", "the base came under M23 fire", "patrol took CODECO fire": an actor's fire is an attack
 * by it (reports32). The keyword table cannot hold it (an actor's name is read as a mention, not as a word), so it is
 * read here from the mentions: only the word right after one is looked at.
 */
const FIRE = new Set(['fire', 'gunfire']);

export function groupFireHits(tokens: readonly Token[], mentions: readonly { end: number }[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const { end } of mentions) {
    const t = tokens[end];
    if (!t || t.breakBefore || !FIRE.has(t.norm)) continue;
    // ("ADF fire on sight" still fires; "M23 fire exchanged with FARDC" is fighting read elsewhere, an attack too)
    out.push({ value: { signal: 'attack', subType: null }, start: end, end: end + 1 });
  }
  return out;
}

import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * C10: the shooter or the attackers said to be still there, or still firing, as the report is sent: "1 tireur isolé tire
 * sur les passants…, il est toujours là", "the gunman is still there", "ils sont toujours sur place", "shooter still
 * firing", "ils tirent toujours" (reports35). An attack under way (critical). categories/surrounded-now.ts reads
 * "les assaillants sont toujours dans le village"; this reads the pronoun or the shooter, with the place left unsaid.
 * Only in a report of harm done or shots fired; look-alikes kept out: the displaced or the wounded still there ("les
 * déplacés sont toujours là", "the wounded are still there") and anything said after the "là" in the same clause
 * ("il est toujours là-bas pour le travail").
 */
const WHO = new Set(['il', 'ils', 'elle', 'he', 'they', 'tireur', 'tireurs', 'shooter', 'shooters', 'gunman', 'gunmen', 'sniper', 'snipers', 'assaillant', 'attacker', 'bandits', 'inconnus']);
const BE = new Set(['est', 'sont', 'is', 'are', 's', 're', 'reste', 'restent', 'remains', 'remain']);
const STILL = new Set(['toujours', 'still', 'encore', 'tjrs', 'tjs']);
// (still there or still firing: a word of "still" in every reading)
const STILL_SAID = trigger([...STILL]);
const THERE = new Set(['la', 'there', 'present', 'presents', 'around', 'ici', 'here']);
const FIRING = new Set(['tire', 'tirent', 'firing', 'shooting']);

export function stillThereHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  if (!said(tokens, STILL_SAID)) return [];
  const found = stillAt(tokens);
  if (found < 0) return [];
  const harmed = hits.some((h) => HARM.has(h.value.signal)) || tokens.some((t) => SHOT.test(t.norm));
  return harmed ? [{ value: { signal: 'underway', subType: 'still_there' }, start: found, end: found + 1 }] : [];
}

const HARM = new Set(['attack', 'kill', 'injure']);
const SHOT = /^(shot|shoots|shooting|fired|opened|tire|tirent|tirer|tiraient)$/;

function stillAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!WHO.has(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (BE.has(tokens[k]?.norm ?? '')) k++;
    // "ils tirent toujours", "shooter still firing"
    if (FIRING.has(tokens[k]?.norm ?? '') && STILL.has(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) return i;
    if (!STILL.has(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    const next = tokens[k + 1];
    if (next && !next.breakBefore && FIRING.has(next.norm)) return i;
    // "toujours là", "toujours sur place", "still there": the clause ends with it
    const end = next?.norm === 'sur' && tokens[k + 2]?.norm === 'place' ? k + 3 : next && THERE.has(next.norm) ? k + 2 : -1;
    if (end > 0 && !tokens[end - 1]!.breakBefore && (end >= tokens.length || tokens[end]!.breakBefore)) return i;
  }
  return -1;
}

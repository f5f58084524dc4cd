import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { readNumber } from '../numbers.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * People who went out and never came back, with armed men about, are presumed taken (pending reports24; the main corpus reads
 * "2 motards … sans nouvelles depuis hier", "missing since they were stopped by armed men" so): "4 women who went for firewood
 * never came back, armed men were seen in the area", "3 cultivateurs ne sont jamais revenus du champ, des Mai-Mai signalés",
 * "two boys have not returned from the market, ADF seen nearby". An abduction, its count the people counted before the phrase
 * (a label may also leave it unknown). Look-alikes kept out: no armed men or group named ("the fishermen never came back, the
 * lake was rough"), people who came back ("came back this morning"), goods not returned.
 */
const PHRASES = [
  'never came back', 'never returned', 'never came home', 'did not come back', 'didn t come back', 'did not return', 'didn t return', 'have not returned', 'haven t returned',
  'has not returned', 'not yet returned', 'not come back', 'jamais revenus', 'jamais revenues', 'jamais revenu', 'jamais revenue', 'jamais rentres', 'jamais rentrees', 'jamais rentre',
  'pas rentres', 'pas rentrees', 'pas revenus', 'pas revenues', 'pas encore rentres', 'pas encore revenus', 'toujours introuvables', 'restent introuvables',
].map((p) => p.split(' '));
// (each phrase needs its last word)
const NEVER_BACK_SAID = trigger(PHRASES.map((p) => p[p.length - 1]!));

function phraseAt(tokens: readonly Token[], i: number): number {
  for (const p of PHRASES) if (p.every((w, d) => tokens[i + d]?.norm === w && (d === 0 || !tokens[i + d]!.breakBefore))) return p.length;
  return 0;
}

/** An `abduct` hit on the phrase when armed men or a non-state group are named in the report. */
export function neverCameBackHits(tokens: readonly Token[], armedNamed: boolean): SignalHit[] {
  if (!armedNamed || !said(tokens, NEVER_BACK_SAID)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const n = phraseAt(tokens, i);
    if (n > 0 && peopleBefore(tokens, i) !== null) return [{ value: { signal: 'abduct', subType: 'never_came_back' }, start: i, end: i + n }];
  }
  return [];
}

/** The people said before the phrase: their number (-1 when not counted), or null when no person is named there. */
function peopleBefore(tokens: readonly Token[], at: number): number | null {
  for (let k = at - 1; k >= 0 && k >= at - 10; k--) {
    if (tokens[k + 1]!.stopBefore) return null;
    if (!isPerson(tokens[k]!.norm) || /^(de|d|des)$/.test(tokens[k]!.norm)) continue;
    const n = readNumber(tokens, k - 1);
    return n && !n.zero && n.value > 0 ? n.value : -1;
  }
  return null;
}

/** The count of those who never came back, when the phrase was read and no reader counted anyone taken. */
export function neverCameBackCount(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims): void {
  if (victims.abducted !== null) return;
  const hit = hits.find((h) => h.value.subType === 'never_came_back');
  if (!hit) return;
  const n = peopleBefore(tokens, hit.start);
  if (n !== null && n > 0) victims.abducted = n;
}

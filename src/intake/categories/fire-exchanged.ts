import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Fire exchanged is fighting between the two sides, not fire opened on someone: "FARDC and M23 exchanging fire on the
 * hills above Kalengera", "exchanging heavy fire", "échangent des tirs nourris". The "fire on" read as an attack inside
 * the phrase is the fighting (C21: with nothing said of civilians, a movement); "opened fire on a bus" stays an attack.
 */
const EXCHANGE = /^(exchang\w*|echang\w*|trading|traded)$/;
const BETWEEN = /^(heavy|intense|sporadic|sustained|nourris|intenses|sporadiques|des|de|of|some)$/;
const FIRE = /^(fire|fires|gunfire|shots|tirs|coups)$/;

function exchangedAt(tokens: readonly Token[], at: number): boolean {
  if (!FIRE.test(tokens[at]?.norm ?? '')) return false;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (EXCHANGE.test(tokens[k]!.norm)) return true;
    if (!BETWEEN.test(tokens[k]!.norm)) return false;
  }
  return false;
}

export function fireExchanged(hits: SignalHit[], tokens: readonly Token[]): SignalHit[] {
  if (!hits.some((h) => h.value.signal === 'attack' && exchangedAt(tokens, h.start))) return hits;
  return hits.map((h) => (h.value.signal === 'attack' && exchangedAt(tokens, h.start) ? { ...h, value: { signal: 'fighting', subType: null } } : h));
}

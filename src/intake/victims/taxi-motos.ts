import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * "Taxi-motos" in eastern Congo French are the moto-taxi riders as often as their bikes (pending reports40): "3
 * taxi-motos enlevés vers Mayimoya par les ADF" (3 riders taken), "2 taxi-motos tués à Oicha", "deux taxi-motos blessés
 * par balle". Counted people when a harm only people suffer follows (taken, killed, wounded); the plural "motos" is no
 * person word elsewhere (motos burnt or stolen are goods). Look-alikes kept: "3 taxi-motos volés / brûlés / emportés"
 * (bikes), "leurs motos brûlées", a singular "un taxi-moto enlevé" (read by the person words already).
 */
const TAXI_WORDS = ['taxi', 'taxis'];
const TAXI: ReadonlySet<string> = new Set(TAXI_WORDS);
const MOTOS_WORDS = ['motos', 'motards'];
const MOTOS: ReadonlySet<string> = new Set(MOTOS_WORDS);
const TAXI_SAID = trigger(TAXI_WORDS);
const MOTOS_SAID = trigger(MOTOS_WORDS);
const AUX = /^(ont|ete|sont|were|have|been|a|tous|all)$/;
const KEY: ReadonlyArray<[RegExp, 'abducted' | 'killed' | 'injured']> = [
  [/^(enleve|enleves|kidnappe|kidnappes|emmenes|pris|abducted|kidnapped|taken)$/, 'abducted'],
  [/^(tue|tues|assassine|assassines|killed|egorges|decapites)$/, 'killed'],
  [/^(blesse|blesses|wounded|injured)$/, 'injured'],
];

function harmAt(tokens: readonly Token[], i: number): { n: number; key: 'abducted' | 'killed' | 'injured' } | null {
  const n = readNumber(tokens, i);
  if (!n || n.article || n.zero || n.value < 1 || n.value > 100) return null;
  const t = tokens[n.next];
  const m = tokens[n.next + 1];
  if (!t || !m || !TAXI.has(t.norm) || !MOTOS.has(m.norm) || !m.hyphenBefore || t.breakBefore) return null;
  let k = n.next + 2;
  while (k < n.next + 5 && AUX.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const w = tokens[k];
  if (!w || w.breakBefore) return null;
  for (const [re, key] of KEY) if (re.test(w.norm)) return { n: n.value, key };
  return null;
}

/** An abduction hit on counted taxi-motos taken. */
export function taxiMotosTakenHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, TAXI_SAID) || !said(tokens, MOTOS_SAID)) return [];
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) if (harmAt(tokens, i)?.key === 'abducted') out.push({ value: { signal: 'abduct', subType: null }, start: i, end: i + 1 });
  return out;
}

/** The riders counted at their harm, where no reader counted it. */
export function taxiMotosCounts(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, TAXI_SAID) || !said(tokens, MOTOS_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const h = harmAt(tokens, i);
    if (h && victims[h.key] === null) victims[h.key] = h.n;
  }
}

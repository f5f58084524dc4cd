import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import type { SignalHit } from './categories.js';

/**
 * Two armed actors set against each other with "vs" / "versus", in SMS and sitrep headers (reports23): "M23 vs
 * Wazalendo at Kalengera since 5am, heavy weapons", "FARDC vs ADF a Mbau depuis ce matin". That is a clash (C4: both
 * sides named), and said to go on, under way (C10). One Set lookup per token; only when actors stand on both sides.
 */
const VERSUS_WORDS = ['vs', 'versus', 'vrs', 'v'];
const VERSUS: ReadonlySet<string> = new Set(VERSUS_WORDS);
const VERSUS_SAID = trigger(VERSUS_WORDS);

export function versusClashHits(tokens: readonly Token[], mentions: readonly { start: number; end: number }[]): SignalHit[] {
  if (!said(tokens, VERSUS_SAID)) return [];
  const out: SignalHit[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!VERSUS.has(tokens[i]!.norm) || tokens[i]!.breakBefore || tokens[i + 1]!.breakBefore) continue;
    if (mentions.some((m) => m.end === i) && mentions.some((m) => m.start === i + 1)) out.push({ value: { signal: 'fighting', subType: null }, start: i, end: i + 1 });
  }
  return out;
}

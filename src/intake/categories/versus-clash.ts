import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import type { SignalHit } from './categories.js';
import { VERSUS_LINK_WORDS, versusPairAt } from './versus-pair.js';

/**
 * Two armed actors set against each other with "vs" / "versus" / "contre", in SMS and sitrep headers (reports23,
 * reports46): "M23 vs Wazalendo at Kalengera since 5am, heavy weapons", "FARDC vs ADF a Mbau depuis ce matin", "ça tire
 * encore à Nyabiondo, APCLS contre Nyatura". That is a clash (C4: both sides named), and said to go on, under way (C10).
 * One Set lookup per token; only when actors stand on both sides (categories/versus-pair.ts).
 */
const VERSUS: ReadonlySet<string> = new Set(VERSUS_LINK_WORDS);
const VERSUS_SAID = trigger(VERSUS_LINK_WORDS);

export function versusClashHits(tokens: readonly Token[], mentions: readonly { start: number; end: number }[]): SignalHit[] {
  if (!said(tokens, VERSUS_SAID)) return [];
  const out: SignalHit[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!VERSUS.has(tokens[i]!.norm)) continue;
    // (both sides in the actor list: a side known only by its acronym is named by doers/groups.ts, not read as a clash here)
    const ends = (e: number): boolean => mentions.some((m) => m.end === e);
    const starts = (s: number): boolean => mentions.some((m) => m.start === s);
    if (ends(i) && starts(i + 1) && versusPairAt(tokens, i, ends, starts)) out.push({ value: { signal: 'fighting', subType: null }, start: i, end: i + 1 });
  }
  return out;
}

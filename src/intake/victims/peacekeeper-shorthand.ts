import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * "PK" as the mission's sitreps write a peacekeeper, counted or hurt (reports26): "1x PK lightly WIA", "2 PKs WIA",
 * "one PK slightly injured", "1 PK blessé légèrement". Read as a peacekeeper (the target: attack on peacekeepers) and the
 * count as the injured or killed. Only with a count before it or a casualty word after it: "PK" is also a machine gun
 * ("armed with PK and AK") and, in French, a kilometre point on a road ("au PK 12").
 */
const PK_WORDS = ['pk', 'pks'];
const PK = oneOf(PK_WORDS);
const PK_SAID = trigger(PK_WORDS);
const COUNT = /^(\d{1,3}x?|x\d{1,3}|one|two|three|four|five|un|deux|trois|quatre|cinq)$/;
const HOW = /^(lightly|slightly|seriously|badly|severely|critically|legerement|grievement|gravement)$/;
const HURT = /^(wia|injured|wounded|inj|blesse|blesses)$/;
const DEAD = /^(kia|killed|dead|tue|tues|mort|morts)$/;

function casualtyAfter(tokens: readonly Token[], i: number): { key: 'injured' | 'killed'; at: number } | null {
  let k = i + 1;
  if (/^(were|was|is|are|a|ont|ete|sont|est)$/.test(tokens[k]?.norm ?? '')) k++;
  if (HOW.test(tokens[k]?.norm ?? '')) k++;
  const w = tokens[k];
  if (!w || (w.breakBefore && k > i + 1)) return null;
  if (HURT.test(w.norm)) return { key: 'injured', at: k };
  if (DEAD.test(w.norm)) return { key: 'killed', at: k };
  return null;
}

function countBefore(tokens: readonly Token[], i: number): number | null {
  let w = tokens[i - 1]?.norm ?? '';
  if (w === 'x' && /^\d{1,3}$/.test(tokens[i - 2]?.norm ?? '')) w = tokens[i - 2]!.norm;
  if (!COUNT.test(w) || tokens[i]!.breakBefore) return null;
  const words: Record<string, number> = { one: 1, un: 1, two: 2, deux: 2, three: 3, trois: 3, four: 4, quatre: 4, five: 5, cinq: 5 };
  return words[w] ?? Number(w.replace(/x/g, ''));
}

/** The peacekeeper hits ("1x PK", "PK lightly WIA"). */
export function peacekeeperShorthandHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, PK_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    if (!PK.test(tokens[i]!.norm)) continue;
    if (countBefore(tokens, i) !== null || casualtyAfter(tokens, i) !== null) out.push({ value: { signal: 'peacekeeper', subType: null }, start: i, end: i + 1 });
  }
  return out;
}

/** "1x PK lightly WIA": the count of peacekeepers hurt or killed, where no reader counted them. */
export function peacekeeperShorthandCounts(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, PK_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!PK.test(tokens[i]!.norm)) continue;
    const n = countBefore(tokens, i);
    const hurt = casualtyAfter(tokens, i);
    if (n !== null && n > 0 && hurt && victims[hurt.key] === null) victims[hurt.key] = n;
  }
}

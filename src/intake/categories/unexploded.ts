import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * A munition said not to have gone off is a remnant of war to clear, not an attack: "une roquette non explosée repêchée
 * dans le lac", "roquettes non explosées", "un mortier qui n'a pas explosé", "a rocket that did not explode", "shell
 * failed to explode", and the mine-clearers awaited ("en attendant les démineurs", "waiting for EOD"). keywords.ts
 * holds "obus non explosé", "engin non explosé"; any munition noun takes the words (reports39). The munition's own
 * attack hit is set aside (`unexplodedMunition`). Read only when a negation of exploding is in the text.
 * Look-alikes: "a rocket exploded in the market, 2 killed" (it went off), "obus tombé, pas de victime" (no word of
 * not exploding).
 */
const MUNITION = /^(roquettes?|rockets?|obus|shells?|mortiers?|mortars?|bombes?|bombs?|grenades?|projectiles?|missiles?|munitions?|engins?|rpg|rpgs)$/;
const MUNITION_SAID = trigger(['roquette', 'roquettes', 'rocket', 'rockets', 'obus', 'shell', 'shells', 'mortier', 'mortiers', 'mortar', 'mortars', 'bombe', 'bombes', 'bomb', 'bombs', 'grenade', 'grenades', 'projectile', 'projectiles', 'missile', 'missiles', 'munition', 'munitions', 'engin', 'engins', 'rpg', 'rpgs']);
const NOT_EXPLODED = /^(non|unexploded|pas|not|failed|didn)$/;
const EXPLODE = /^(explose|explosee|exploses|explosees|explode|exploded|detone|detonated|detonate)$/;

// The end of the "not exploded" words starting at k, or -1: "non explosée", "qui n'a pas explosé", "that did not explode", "failed to explode".
function notExplodedAt(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.norm === 'unexploded') return k + 1;
  for (let j = k; j < k + 5 && j < tokens.length; j++) {
    if (j > k && tokens[j]!.breakBefore) return -1;
    if (EXPLODE.test(tokens[j]!.norm)) return tokens.slice(k, j).some((t) => NOT_EXPLODED.test(t.norm)) ? j + 1 : -1;
  }
  return -1;
}

/** Where a munition noun is said not to have exploded: the noun's index, or -1 for each. */
function unexplodedAt(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!MUNITION.test(tokens[i]!.norm)) continue;
    // "unexploded rocket" before, "roquette non explosée" / "rocket that did not explode" after
    if ((i > 0 && tokens[i - 1]!.norm === 'unexploded') || notExplodedAt(tokens, i + 1) > 0 || (/^(qui|that|which)$/.test(tokens[i + 1]!.norm) && notExplodedAt(tokens, i + 2) > 0)) out.push(i);
  }
  return out;
}

export function unexplodedHits(tokens: readonly Token[], description: string): SignalHit[] {
  if (!/explos|explod|deton/i.test(description) || !said(tokens, MUNITION_SAID)) return [];
  return unexplodedAt(tokens).map((i) => ({ value: { signal: 'explosive' as const, subType: 'erw' }, start: i, end: i + 1 }));
}

/** The munition word of an unexploded munition gives no attack hit. */
export function unexplodedMunition(h: SignalHit, tokens: readonly Token[]): boolean {
  return h.value.signal === 'attack' && MUNITION.test(tokens[h.start]!.norm) && unexplodedAt(tokens).includes(h.start);
}

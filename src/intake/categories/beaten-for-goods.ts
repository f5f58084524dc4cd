import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * People beaten or whipped by an armed group in the course of taking their goods or extorting them are the looting
 * (C6, C3 counts the beaten; reports34; constructions/everyday-traffic-1.ts beatenInTheft reads "2 herders beaten" with
 * a beating word): "des éléments FPIC ont tabassé 4 commerçants à Bogoro et confisqué leurs marchandises", "Zaire militia
 * extorting gold from artisanal miners, 2 miners whipped for refusing", "Mai-Mai flogged 3 traders and took their
 * goods". The count may follow the verb. Look-alikes: people beaten in custody (a detention), a beating with houses only
 * burnt (no goods taken), soldiers or police (C25 reads them; left to the other readers).
 */
const BEATING = /^(beat|beats|beaten|beating|battu|battus|battue|battues|frappe|frappes|frappee|frappees|tabass\w*|roue|roues|bastonn\w*|whip\w*|fouett\w*|flog\w*|chicott\w*)$/;

export function beatenForGoods(tokens: readonly Token[], signalHits: readonly SignalHit[], groupNamed: boolean, forceNamed: boolean, levies: readonly SignalHit[] = []): boolean {
  if (!groupNamed || forceNamed) return false;
  const torture = signalHits.filter((h) => h.value.signal === 'torture');
  if (torture.length === 0 || !torture.every((h) => BEATING.test(tokens[h.start]!.norm))) return false;
  // (C6, reports50: a levy read in context and told before the beating, "barrier, 2000 FC per moto, one driver beaten for
  // refusing", is the report; "3 traders beaten at the barrier for refusing to pay 2000 FC" tells the beating first)
  const hits = [...signalHits, ...levies.filter((l) => l.value.subType === 'extortion' && l.start < torture[0]!.start)];
  if (hits.some((h) => h.value.signal === 'detention' || h.value.signal === 'kill')) return false;
  if (!hits.some((h) => h.value.signal === 'loot' && h.value.subType !== 'arson' && !/^(brul|burn|incend)/.test(tokens[h.start]!.norm))) return false;
  return torture.some((h) => counted(tokens, h.start - 2, h.start - 1) || counted(tokens, h.end, h.end + 1) || counted(tokens, h.end + 1, h.end + 2));
}

// A number and the people after it ("2 miners", "4 commerçants"), starting at `from`, the people at `person`.
function counted(tokens: readonly Token[], from: number, person: number): boolean {
  const n = from >= 0 ? readNumber(tokens, from) : null;
  return n !== null && !n.article && !n.zero && n.next === person && isPerson(tokens[person]?.norm ?? '');
}

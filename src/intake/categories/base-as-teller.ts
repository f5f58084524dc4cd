import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A mission base named with its place as the source of a sitrep line: "TOB Kamango reports 2x civ KIA by ADF",
 * "COB Mavivi reported 3 civilians abducted", "la TOB de Kamango signale 2 civils tués". The base tells of harm to
 * others; nothing was done to it (mission-as-teller.ts reads the base word followed straight by the telling verb, this
 * one lets the base's place, one to three words, stand between). "COB Masisi harassed by armed men" keeps its reading.
 */
const BASE = /^(tob|cob|sob|tcb|base|camp|company|compagnie|contingent|coy|bn|battalion|bataillon)$/;
const TELLS = /^(reports|reported|reporting|report|says|said|signale|signalent|signal[eé]|rapporte|rapportent|indique|indiquent|confirms|confirmed|confirme|informs|informed|alerts|notes|noted|observed|observes|observe)$/;

export function baseTelling(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'peacekeeper' || !BASE.test(tokens[h.end - 1]!.norm)) return false;
  for (let k = h.end; k <= h.end + 3 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (TELLS.test(tokens[k]!.norm)) return k > h.end;
    // (only the base's place between: a capitalised name, "de", "of")
    if (!/^\p{Lu}/u.test(tokens[k]!.text) && !/^(de|d|of|du)$/.test(tokens[k]!.norm)) return false;
  }
  return false;
}

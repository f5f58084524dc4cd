import type { SignalHit, Signals } from './categories.js';
import type { Signal } from './keywords.js';
import type { Token } from '../normalize.js';

/**
 * A theft told, then its thief arrested by the police: "RAS à Mambasa sauf un vol de moto, voleur arrêté par la PNC",
 * "motorbike stolen in Oicha, the thief was arrested by police", "shop robbed in Beni, police arrested the robbers".
 * The theft is the report (looting), and the police who caught the culprit responded (C1: "arrested the suspect" is
 * no doer). An arrest of anyone else ("3 jeunes arrêtés sans mandat"), or a culprit beaten or held without charge,
 * keeps its reading.
 */
const CULPRIT = /^(voleurs?|thie(f|ves)|robbers?|burglars?|bandits?|malfaiteurs?|auteurs?|presumes?|suspects?|cambrioleurs?|pickpockets?|culprits?)$/;
const ABUSE = /^(sans|without|tabass\w*|battu\w*|beat|beaten|bat|torture\w*|frapp\w*|fouett\w*|whipped|incommunicado|arbitrair\w*|arbitrar\w*)$/;
const OTHER_HARM: ReadonlySet<Signal> = new Set(['kill', 'injure', 'abduct', 'sexual', 'torture', 'threat', 'attack']);

/** The detention hit names a culprit as the one arrested: just before it ("voleur arrêté") or just after ("arrested the thief"). */
function culpritArrest(tokens: readonly Token[], h: SignalHit): boolean {
  for (let k = h.start - 1; k >= h.start - 3 && k >= 0; k--) {
    if (CULPRIT.test(tokens[k]!.norm)) return true;
    if (tokens[k + 1]!.breakBefore) break;
  }
  for (let k = h.end; k < h.end + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (CULPRIT.test(tokens[k]!.norm)) return true;
  return false;
}

/** Every arrest told is a culprit's, after a theft, with no abuse said. */
function culpritArrestedAfterTheft(s: Signals): boolean {
  const arrests = s.all('detention');
  if (arrests.length === 0 || !s.has('loot') || [...OTHER_HARM].some((x) => s.has(x))) return false;
  if (s.tokens.some((t) => ABUSE.test(t.norm))) return false;
  return arrests.every((h) => culpritArrest(s.tokens, h));
}

export function theftBeforeArrestFirst<R extends { category: string }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'arbitrary_detention' || !culpritArrestedAfterTheft(s)) return ranked;
  const loot = ranked.find((r) => r.category === 'looting_destruction');
  return loot ? [loot, ...ranked.filter((r) => r !== loot)] : ranked;
}

/** The host force named at [start, end) only caught the culprit of the theft: no doer (C1). A force in the clause of the theft stays. */
export function forceCaughtCulprit(tokens: readonly Token[], hits: readonly SignalHit[], category: string, start: number, end: number): boolean {
  if (category !== 'looting_destruction') return false;
  const arrests = hits.filter((h) => h.value.signal === 'detention');
  if (arrests.length === 0 || hits.some((h) => OTHER_HARM.has(h.value.signal)) || tokens.some((t) => ABUSE.test(t.norm))) return false;
  if (!arrests.every((h) => culpritArrest(tokens, h))) return false;
  const [from, to] = clause(tokens, start, end);
  return arrests.some((h) => h.start >= from && h.end <= to) && !hits.some((h) => h.value.signal === 'loot' && h.start >= from && h.end <= to && !CULPRIT.test(tokens[h.start]!.norm));
}

function clause(tokens: readonly Token[], start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  let to = end;
  while (to < tokens.length && !tokens[to]!.breakBefore) to++;
  return [from, to];
}

import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * Word families behind the misses of pending reports35 (phone-typed one-liners from South Kivu and Rutshuru, Masisi,
 * Walikale). Added to the keyword table by `withQuickReports35` (a word already there for the signal is not added twice).
 */

const combine = (a: readonly string[], b: readonly string[], c: readonly string[]): string[] => a.flatMap((x) => b.flatMap((y) => c.map((z) => `${x} ${y} ${z}`)));

// A killing threatened, said with the verb of shooting or executing rather than "tué" ("ceux qui refusent sont menacés
// d'être abattus", "threatened with being shot"): a death threat, nobody killed (the table held "menacé d'être tué" only).
const SHOT_THREATENED: readonly Keyword[] = [
  ...combine(['menace', 'menacee', 'menaces', 'menacees'], ['d etre', 'de se faire'], ['abattu', 'abattue', 'abattus', 'abattues', 'tue', 'tuee', 'tues', 'tuees', 'fusille', 'fusilles', 'execute', 'executes', 'egorge', 'egorges']),
  ...combine(['threatened', 'threatened with', 'are threatened with', 'were threatened with', 'threatened of'], ['being', 'getting'], ['shot', 'killed', 'executed', 'shot dead', 'slaughtered']),
].map((w) => [w, 'death_threat'] as const);

const QUICK_REPORTS35: Partial<Record<Signal, readonly Keyword[]>> = {
  threat: SHOT_THREATENED,
};

/** Adds the families above to the keyword table. */
export function withQuickReports35(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const out = { ...table };
  for (const [signal, extra] of Object.entries(QUICK_REPORTS35) as Array<[Signal, readonly Keyword[]]>) {
    const have = new Set(out[signal].map((k) => (typeof k === 'string' ? k : k[0])));
    out[signal] = [...out[signal], ...extra.filter((k) => !have.has(typeof k === 'string' ? k : k[0]))];
  }
  return out;
}

import type { Keyword, Signal } from '../categories/keywords.js';

/**
 * A harm promised with a contracted future is a threat, like "will be raped" (reports27): "warned them they'll be raped
 * next time", "said u'll be killed", "we'd be abducted", "she'll get raped". Typed "they'll" splits into "they" + "ll".
 * Look-alikes kept out: "they were raped", "he'll be buried tomorrow" (no harm verb).
 */
const combine = (a: readonly string[], b: readonly string[]): string[] => a.flatMap((x) => b.map((y) => `${x} ${y}`));
const WILL = ['ll be', 'll get', 'll b', 'd be', 'd get'];
const HARM = ['raped', 'killed', 'slaughtered', 'beheaded', 'burned', 'burnt', 'abducted', 'kidnapped', 'shot', 'butchered', 'massacred'];

export function withContractedFuture(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  return { ...table, threat: [...table.threat, ...combine(WILL, HARM).map((w) => [w, 'death_threat'] as const)] };
}

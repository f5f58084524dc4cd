import type { Token } from '../normalize.js';

/**
 * An office relaying a local source in its heading: "FO Uvira relaying civil society of Sange: three women raped …",
 * "BCNUDH Bukavu relayant la société civile de Kamituga: …", "JOC Bunia citing the chief of Largu: …". The office's town is
 * where the message was written; the source's village, named after the relaying word, is where it happened and comes first
 * (when the body names no place of its own). Look-alikes kept out: an office heading with no relaying word ("FO Uvira:
 * Sange calm", office-heading.ts), a source named after the colon.
 */
const OFFICES = new Set(['joc', 'ops', 'cpa', 'cp', 'wpa', 'unpol', 'bcnudh', 'jhro', 'cla', 'fo', 'jmac', 'ocha', 'cmo', 'sitrep', 'tob', 'cob']);
const RELAYING = /^(relaying|relays|relayed|relay|relayant|relaie|relaient|citing|quoting|cite|citant|per|selon|via)$/;
const HEAD_WORDS = 12;

export function relayedSourceFirst<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[], description: string): P[] {
  if (places.length < 2 || !OFFICES.has(tokens[0]?.norm ?? '')) return places;
  let relay = -1;
  for (let k = 1; k < tokens.length && k <= HEAD_WORDS; k++) {
    if (tokens[k]!.stopBefore) return places;
    if (description.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(':')) {
      if (relay < 0) return places;
      const source = places.filter((p) => p.start > relay && p.end <= k);
      // (a body naming a place of its own tells where: "relaying civil society of Sange: clashes at Kiliba")
      if (places.some((p) => p.start >= k)) return places;
      return source.length > 0 && source.length < places.length ? [...source, ...places.filter((p) => !source.includes(p))] : places;
    }
    if (relay < 0 && RELAYING.test(tokens[k]!.norm)) relay = k;
  }
  return places;
}

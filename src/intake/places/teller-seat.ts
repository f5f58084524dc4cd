import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';

/**
 * The office that tells, named with its town: "Per Caritas Butembo, Mai-Mai took 3 girls from Kipese", "Selon MSF Goma,
 * 2 blessés reçus de Sake", "D'après la Croix-Rouge de Beni, 4 corps retrouvés à Mbau", "According to Radio Okapi Bunia,
 * …". The town after the teller's name is its seat, not where it happened: it goes last when another place is named;
 * alone, it stays the report's place ("Per Caritas Butembo, 3 houses burnt in the town"). Read only when two places
 * are named and the text opens on a teller's word ("per", "selon", "d'après", "according to", "source").
 */
const TELLS = /^(per|selon|according|apres|source|sources|via|relaye|relayed|info)$/;
// A teller's name that is no aid agency (the agencies are the humanitarian hits).
const ORG = /^(caritas|radio|okapi|monusco|ocha|unhcr|hcr|msf|cicr|icrc|pam|wfp|unicef|ong|ngo|paroisse|parish|diocese|eglise|church|hopital|hospital|hgr|societe|civile|society|civil|croix|rouge|red|cross|ceni|cdj|cjr)$/;
const LINK = /^(de|d|du|la|le|l|the|of|to|a|au|in|at)$/;

export function tellerSeatLast<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[], signalHits: readonly SignalHit[]): P[] {
  if (places.length < 2 || !TELLS.test(tokens[0]?.norm ?? '') && !TELLS.test(tokens[1]?.norm ?? '')) return places;
  const seatAt = (p: P): boolean => {
    // back from the place over the teller's name ("Caritas", "la Croix-Rouge de", "Radio Okapi") to the teller's word
    let named = false;
    for (let k = p.start - 1; k >= 0 && k >= p.start - 6; k--) {
      const w = tokens[k]!.norm;
      if (tokens[k + 1]!.breakBefore) return false;
      if (TELLS.test(w)) return named;
      if (ORG.test(w) || signalHits.some((h) => h.value.signal === 'humanitarian' && k >= h.start && k < h.end)) named = true;
      else if (!LINK.test(w)) return false;
    }
    return false;
  };
  const seats = places.filter(seatAt);
  if (seats.length === 0 || seats.length === places.length) return places;
  return [...places.filter((p) => !seats.includes(p)), ...seats];
}

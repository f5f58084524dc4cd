import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A correction that recasts what the thing found is, still an explosive: "Rectificatif: l'objet trouvé près de l'école de
 * Lulimba est un vieil obus de mortier, pas un EEI", "Correction: the device at Kibirizi is an old mortar round, not an IED"
 * (reports38). The correction word is a false-alarm word to the keyword reader, which sets the explosive aside
 * (categories/signal-hits.ts); an explosive affirmed beside it ("est un vieil obus") is the report, an explosive hazard, so
 * it is put back here. Look-alikes kept: "fausse alerte", "pétards", any false-alarm word other than the correction's
 * (the blast was no explosive), an explosive denied ("pas un EEI", "not a bomb", "pas d'obus").
 */
const CORRECTION = new Set(['rectificatif', 'correction', 'rectification', 'correctif', 'erratum']);
const NOT = /^(pas|not|non|no|ni|nor|aucun|aucune|sans|without)$/;

export function correctedOrdnanceHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  const alarms = hits.filter((h) => h.value.subType === 'false_alarm');
  if (alarms.length === 0 || !alarms.every((h) => h.end - h.start === 1 && CORRECTION.has(tokens[h.start]!.norm))) return [];
  return hits.filter((h) => h.value.signal === 'explosive' && ![1, 2, 3].some((d) => NOT.test(tokens[h.start - d]?.norm ?? '') && !tokens.slice(h.start - d + 1, h.start + 1).some((t) => t.breakBefore)));
}

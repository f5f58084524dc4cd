import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * "4 houses looted by armed men, owners tied up", "boutique pillée, le gardien ligoté": people tied up so that
 * robbers can take what they came for are part of the looting, not ill-treatment on its own. A beating, a
 * detention or a harm that hurt (counted by the caller) keeps its own reading.
 */
const TIED = /^(tied|tie|ties|tying|bound|ligot\w*|attache|attaches|attachee|attachees|gagged|baillonn\w*)$/;

export function tiedInTheft(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  const torture = hits.filter((h) => h.value.signal === 'torture');
  return torture.length > 0 && torture.every((h) => TIED.test(tokens[h.start]!.norm)) && hits.some((h) => h.value.signal === 'loot' && h.value.subType !== 'arson' && !/^(brul|burn|incend)/.test(tokens[h.start]!.norm)) && !hits.some((h) => h.value.signal === 'detention');
}

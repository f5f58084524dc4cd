import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * A killing only attempted or prevented kills nobody (reports23): "la police est intervenue pour empêcher des jeunes de
 * lyncher un présumé sorcier", "youths tried to lynch a thief", "tentative de lynchage", "police prevented a lynching".
 * A kill hit with such a word just before it (looked up in a Set, a few words back in its clause) is set aside, and the
 * dead it would count are not counted; a wound said beside it stays.
 */
const TRIED: ReadonlySet<string> = new Set(['empecher', 'empeche', 'empeches', 'empechent', 'prevent', 'prevented', 'preventing', 'stopped', 'stop', 'tried', 'try', 'trying', 'attempted', 'attempt', 'attempting', 'tentative', 'tentatives', 'tente', 'tentaient', 'voulaient', 'voulait', 'wanted', 'sought', 'failed', 'foiled', 'dejoue', 'avoided', 'evite', 'sauve', 'saved', 'rescued']);
const GAP: ReadonlySet<string> = new Set(['de', 'd', 'du', 'des', 'to', 'from', 'a', 'an', 'the', 'la', 'le', 'les', 'l', 'un', 'une', 'jeunes', 'youths', 'youth', 'mob', 'foule', 'crowd', 'population', 'people', 'gens', 'him', 'her', 'them', 'le', 'ont', 'a', 'have', 'has', 'had', 'of', 'une', 'en', 'train']);

export function killAttempted(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'kill') return false;
  return attemptedBefore(h, tokens);
}

// ("lynching" may be read as an attack: it still counts a dead person, victims/victim-vocabulary.ts)
const lynchAttack = (h: SignalHit, tokens: readonly Token[]): boolean => h.value.signal === 'attack' && tokens[h.start]!.norm.startsWith('lynch');

function attemptedBefore(h: SignalHit, tokens: readonly Token[]): boolean {
  for (let k = h.start - 1; k >= 0 && k >= h.start - 5; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (TRIED.has(tokens[k]!.norm)) return true;
    if (!GAP.has(tokens[k]!.norm)) return false;
  }
  return false;
}

/** Every kill hit is only attempted: nobody counted dead from it. */
export function killsOnlyAttempted(hits: readonly SignalHit[], tokens: readonly Token[]): boolean {
  let any = false;
  for (const h of hits) {
    if (h.value.signal !== 'kill' && !lynchAttack(h, tokens)) continue;
    if (!attemptedBefore(h, tokens)) return false;
    any = true;
  }
  return any;
}

/** A taking only tried ("tried to kidnap a trader", "tentative d'enlèvement"): nobody was taken by it (taken-and-wounded.ts). */
export function takingAttempted(h: SignalHit, tokens: readonly Token[]): boolean {
  return h.value.signal === 'abduct' && attemptedBefore(h, tokens);
}

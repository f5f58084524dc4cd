import type { SignalHit, Signals } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Armed men said to be a few kilometres from a place, with an attack only feared or said imminent, are a movement whose
 * attack is imminent (pending reports38): "ADF elts reportedly 2km from Kididiwe, attack feared imminent per the village
 * chief", "éléments ADF signalés à 2 km de Kididiwe, attaque imminente selon le chef du village". No attack is told: the
 * attack word is retagged as the movement; the imminence stays and keeps the report critical (DESIGN's priority rule).
 * Kept: an attack told ("ADF attacked Kididiwe, 2 km from Oicha"), a distance with no armed men, more than 5 km.
 */
const KM = /^(\d+(?:[.,]\d+)?)\s?km$/;
const UNIT = /^(km|kms|kilometres?|kilometers?)$/;
const FEARED = /^(feared|imminent|imminente|imminentes|expected|attendue|redoutee|craint|crainte|likely|possible|probable)$/;
const ATTACK = /^(attack|attaque|assault|raid|attacks|attaques)$/;

function nearKm(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.norm;
    const one = KM.exec(t);
    const km = one ? Number(one[1]!.replace(',', '.')) : /^\d+$/.test(t) && UNIT.test(tokens[i + 1]?.norm ?? '') ? Number(t) : null;
    if (km !== null && km <= 5) return true;
  }
  return false;
}

/** The attack hit that is only feared or said imminent, beside armed men a few km away. */
export function attackFearedNearby(s: Signals, tokens: readonly Token[]): ((h: SignalHit) => boolean) | null {
  if (!s.has('armed') || !(s.has('underway') || s.has('soon')) || s.has('kill') || s.has('injure') || s.has('abduct') || s.has('fighting')) return null;
  const feared = (h: SignalHit): boolean => {
    if ((h.value.signal !== 'attack' && h.value.signal !== 'threat') || h.end - h.start !== 1 || !ATTACK.test(tokens[h.start]!.norm)) return false;
    // "attack feared", "une attaque est imminente"
    const k = /^(is|est|seems|semble|parait)$/.test(tokens[h.end]?.norm ?? '') ? h.end + 1 : h.end;
    return FEARED.test(tokens[k]?.norm ?? '') && !tokens.slice(h.end, k + 1).some((t) => t.breakBefore);
  };
  const hits = [...s.all('attack'), ...s.all('threat')];
  if (hits.length === 0 || !hits.every(feared) || !nearKm(tokens)) return null;
  return feared;
}

/** The movement read from an attack said imminent (above), with its imminence said: an attack imminent (critical). */
export function movementWithAttackImminent(s: Signals): boolean {
  if (!s.has('underway') && !s.has('soon')) return false;
  const t = s.tokens;
  return s.all('movement').some((h) => h.end - h.start === 1 && ATTACK.test(t[h.start]!.norm) && (FEARED.test(t[h.end]?.norm ?? '') || FEARED.test(t[h.end + 1]?.norm ?? '')));
}

import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import type { CategoryReading, SignalHit, Signals } from './categories.js';

/**
 * People arriving somewhere who say what they fled (reports46): "ppl from Bweremana arriving in Minova since morning,
 * approx 400, they say fighting M23 vs Wazalendo in the hills", "Displaced families … arriving in Rutshuru, they say they
 * flee forced labour imposed by M23", "les déplacés continuent d'arriver, env 250 pers, ils fuient les combats". The
 * arrivals are the report (`displacement`, medium): the fighting or the abuse they tell of is its cause, elsewhere and
 * earlier, and "continuent d'arriver" says the arrivals go on, not an attack. A killing, a wound, a taking or a rape told
 * keeps its own reading (the harm beats the flight), and so does an attack on the place they reach.
 */
const ARRIVE_WORDS = ['arriving', 'arrived', 'arrive', 'arrives', 'arrivals', 'arrival', 'arrivent', 'arrivant', 'arrives', 'arrivee', 'arrivees', 'arriver', 'affluent', 'affluer', 'afflux', 'pouring', 'streaming', 'flocking'];
const ARRIVE = new Set(ARRIVE_WORDS);
const PEOPLE = /^(people|ppl|persons|pers|personnes|families|familles|households|hh|menages|idps|deplaces|displaced|residents|habitants|villagers|civilians|civils|population|pop|women|femmes|newcomers|nouveaux)$/;
const SAY_CAUSE = /^(say|says|said|saying|report|reported|disent|affirment|racontent|expliquent|declarent|fuient|fuyant|flee|fleeing|fled|selon|according)$/;
const HARM_TOLD = ['kill', 'injure', 'abduct', 'sexual', 'explosive'] as const;
const ARRIVALS_SAID = trigger(ARRIVE_WORDS);

// (the arrival word, with a people word within four words before it or after it in the same clause)
function arrivalAt(tokens: readonly Token[], i: number): boolean {
  if (!ARRIVE.has(tokens[i]!.norm)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (PEOPLE.test(tokens[k]!.norm)) return true;
    if (tokens[k + 1]!.breakBefore) break;
  }
  for (let k = i + 1; k < tokens.length && k <= i + 3 && !tokens[k]!.breakBefore; k++) if (PEOPLE.test(tokens[k]!.norm)) return true;
  return false;
}

/** A displacement signal at people's arrival when no flight word says it ("ppl … arriving in Minova, approx 400"). */
export function arrivalHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  if (!said(tokens, ARRIVALS_SAID) || hits.some((h) => h.value.signal === 'displace')) return [];
  for (let i = 0; i < tokens.length; i++) if (arrivalAt(tokens, i)) return [{ value: { signal: 'displace', subType: null }, start: i, end: i + 1 }];
  return [];
}

/** "les déplacés continuent d'arriver", "IDPs keep arriving": the arrivals go on, not an attack (an under-way word set aside). */
export function arrivalsGoOn(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'underway') return false;
  for (let k = h.end; k < tokens.length && k <= h.end + 2 && !tokens[k]!.breakBefore; k++) if (ARRIVE.has(tokens[k]!.norm)) return true;
  return false;
}

/** Arrivals, then what they say they fled: the displacement first. */
export function arrivalsTellCauseFirst<R extends CategoryReading>(ranked: R[], s: Signals, tokens: readonly Token[]): R[] {
  if (!said(tokens, ARRIVALS_SAID) || ranked.length === 0 || ranked[0]!.category === 'displacement' || HARM_TOLD.some((x) => s.has(x))) return ranked;
  const at = tokens.findIndex((_, i) => arrivalAt(tokens, i));
  if (at < 0) return ranked;
  // (what they say comes after the arrivals, and every other signal of the report after that word)
  const cause = tokens.findIndex((t, i) => i > at && SAY_CAUSE.test(t.norm));
  if (cause < 0) return ranked;
  const otherFirst = (['fighting', 'attack', 'torture', 'recruit', 'movement', 'loot', 'threat'] as const).some((x) => s.all(x).some((h) => h.start < cause));
  if (otherFirst) return ranked;
  const moved = ranked.find((r) => r.category === 'displacement') ?? ({ ...ranked[0]!, category: 'displacement', subType: null } as R);
  return [moved, ...ranked.filter((r) => r !== moved)];
}

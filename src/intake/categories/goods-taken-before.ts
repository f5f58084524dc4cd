import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { GOODS_WORDS } from './keyword-families.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * Goods named before the verb of taking, in the passive: "food for 2,000 households taken", "harvest of the whole
 * village carried off by Raia Mutomboki", "la récolte emportée par les Mai-Mai", "stocks de semences enlevés". The
 * goods were taken (looting), not people; the households or the village they belonged to are not abducted.
 * Look-alikes: "3 women carried off by ADF" (people before the verb), "took the harvest and 2 boys" (people named too).
 */

const TAKEN: ReadonlySet<string> = new Set([
  'taken', 'carried', 'stolen', 'emporte', 'emportee', 'emportes', 'emportees', 'enleve', 'enlevee', 'enleves', 'enlevees', 'pris', 'prise', 'prises',
  'seized', 'grabbed', 'razzie', 'razziee', 'razzies', 'razziees', 'vole', 'volee', 'voles', 'volees', 'ravi', 'ravie', 'ravis', 'ravies',
  'confisque', 'confisquee', 'confisques', 'confisquees', 'confiscated',
]);
const TAKEN_SAID = trigger([...TAKEN]);
const MORE_GOODS = new Set(['stock', 'stocks', 'supplies', 'seeds', 'semences', 'sacks', 'sacs', 'bags', 'maize', 'mais', 'beans', 'haricots', 'manioc', 'cassava', 'flour', 'farine', 'rice', 'riz', 'fuel', 'carburant', 'vivre', 'nourriture', 'produce', 'produits', 'cargaison', 'cargo']);
// Whom the goods were for or whose they were: "food for 2,000 households", "harvest of the whole village".
const OWNERS = /^(households?|menages?|families|familles?|village|villages|villagers|villageois|people|population|residents|habitants|displaced|deplaces|idps?|beneficiaries|beneficiaires)$/;

// The verb ends its clause or goes on with who took them, where or when ("carried off by", "emportés par", "taken last
// night"); "pillé des vivres et enlevé 5 personnes" goes on with the people taken.
const AFTER_PASSIVE = /^(by|par|pr|from|de|du|des|in|at|a|au|dans|on|during|pendant|lors|last|yesterday|hier|this|ce|cette|overnight|durant|vers|toward|towards|to)$/;
function passive(tokens: readonly Token[], verb: number): boolean {
  let k = verb + 1;
  if (/^(off|away)$/.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const next = tokens[k];
  return !next || next.breakBefore || AFTER_PASSIVE.test(next.norm);
}

export interface GoodsTaken {
  hit: SignalHit;
  /** The verb of taking, where an abduction keyword may stand. */
  verb: number;
}

export function goodsTakenBefore(tokens: readonly Token[]): GoodsTaken | null {
  if (!said(tokens, TAKEN_SAID)) return null;
  for (let i = 1; i < tokens.length; i++) {
    if (!TAKEN.has(tokens[i]!.norm)) continue;
    for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
      if (tokens[k + 1]!.breakBefore) break;
      const w = tokens[k]!.norm;
      if (GOODS_WORDS.has(w) || MORE_GOODS.has(w)) return { hit: { value: { signal: 'loot', subType: null }, start: k, end: i + 1 }, verb: i };
      if (isPerson(w) && w.length > 3 && !OWNERS.test(w)) break;
    }
  }
  return null;
}

/** Every abduction keyword stands on that verb of taking, and no person follows it: only goods were taken. */
export function onlyGoodsTaken(goods: GoodsTaken | null, signalHits: readonly SignalHit[], tokens: readonly Token[]): boolean {
  if (goods === null) return false;
  const abducts = signalHits.filter((h) => h.value.signal === 'abduct');
  // (with no abduction keyword, only "N households taken" right before the verb is a count of owners read as people taken)
  if (abducts.length === 0 && !OWNERS.test(tokens[goods.verb - 1]?.norm ?? '')) return false;
  return abducts.every((h) => h.start === goods.verb) && passive(tokens, goods.verb);
}

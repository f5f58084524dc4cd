import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Where people or bodies were taken is not where it happened: "took the chief and 2 guards to their base near Pinga"
 * (where they are held), "took 4 young men from Kirumba market to their camp in Kanyabayonga", "corps ramenés à Oicha",
 * "emmenés vers Uvira". A place reached by "to/vers/à" after a verb of carrying, in the same sentence, goes after any
 * other place named. Look-alikes: "attacked Kibua and took 3 people" (no way to a place), "came to Kibua" (no carrying).
 */
const CARRY_WORDS = ['took', 'taken', 'taking', 'take', 'brought', 'bring', 'carried', 'carry', 'led', 'dragged', 'driven', 'transported', 'transferred', 'moved', 'escorted', 'emmene', 'emmenes', 'emmenee', 'emmenees', 'emmenent', 'amene', 'amenes', 'amenee', 'amenees', 'ramene', 'ramenes', 'ramenee', 'ramenees', 'conduit', 'conduits', 'conduite', 'conduites', 'transporte', 'transportes', 'transportee', 'transportees', 'transfere', 'transferes', 'transferee', 'transferees', 'achemine', 'acheminee', 'achemines', 'deporte', 'deportes'];
const CARRY = oneOf(CARRY_WORDS);
const CARRY_SAID = trigger(CARRY_WORDS);
const TO = /^(to|into|towards?|vers|a|au|aux|jusqu|jusqua|chez)$/;

function takenTo(tokens: readonly Token[], p: { start: number }, others: readonly { start: number; end: number }[]): boolean {
  // the way to the place: "to their base near Pinga", "to their camp in Kanyabayonga", "à Oicha", "vers Uvira"
  let to = -1;
  for (let j = p.start - 1; j >= 0 && j >= p.start - 5; j--) {
    if (tokens[j + 1]!.breakBefore) return false;
    if (others.some((o) => o.start <= j && j < o.end)) return false;
    if (TO.test(tokens[j]!.norm)) {
      to = j;
      break;
    }
  }
  if (to < 0) return false;
  // the carrying before it, in the same sentence (other places may lie between: "from Kirumba market")
  for (let j = to - 1; j >= 0 && j >= to - 10; j--) {
    if (CARRY.test(tokens[j]!.norm)) return true;
    if (tokens[j + 1]!.stopBefore) return false;
  }
  return false;
}

export function takenToLast<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[]): P[] {
  if (places.length < 2 || !said(tokens, CARRY_SAID)) return places;
  const to = places.filter((p) => takenTo(tokens, p, places.filter((o) => o !== p)));
  // (a town and its territory share a name: the same words, not another place)
  const rest = places.filter((p) => !to.some((t) => t.start === p.start));
  return to.length === 0 || rest.length === 0 ? places : [...rest, ...places.filter((p) => !rest.includes(p))];
}

import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Where gunfire or blasts are heard from is the listener's place, not the fighting's (reports27): "Clashes between FARDC
 * and CODECO at Largu since 5am, gunfire still heard from Djugu centre" is Largu; "tirs entendus depuis Djugu centre",
 * "détonations audibles jusqu'à Bunia", "shots heard as far as Beni". The heard-from place goes last when another place
 * is named; alone, it stays the report's place ("gunfire heard from Djugu centre since 5am").
 */
const HEARD_WORDS = ['heard', 'audible', 'entendu', 'entendus', 'entendue', 'entendues', 'audibles', 'resonnent', 'resonnaient'];
const HEARD = oneOf(HEARD_WORDS);
const HEARD_SAID = trigger(HEARD_WORDS);
const LINK = /^(from|as|far|depuis|de|d|a|jusqu|until|till|even|meme|still|toujours|clearly|clairement|the|la|le|l)$/;
// (the listener's side said: "from", "depuis", "jusqu'à", "as far as"; "heard in Mamove" may be where the fighting is)
const FROM = /^(from|depuis|jusqu|far)$/;

export function heardFromLast<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[]): P[] {
  if (places.length < 2 || !said(tokens, HEARD_SAID)) return places;
  const heardAt = (p: P): boolean => {
    let from = false;
    for (let k = p.start - 1; k >= 0 && k >= p.start - 4; k--) {
      if (HEARD.test(tokens[k]!.norm)) return from;
      if (FROM.test(tokens[k]!.norm)) from = true;
      if (!LINK.test(tokens[k]!.norm) || tokens[k + 1]!.breakBefore) return false;
    }
    return false;
  };
  const heard = places.filter(heardAt);
  if (heard.length === 0 || heard.length === places.length) return places;
  return [...places.filter((p) => !heard.includes(p)), ...heard];
}

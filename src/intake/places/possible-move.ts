import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';
import { unitHome } from './unit-home.js';

/**
 * Where a group only might go is not where it is: "présence de Red Tabara signalée sur les hauteurs de Makobola, mouvement
 * possible vers Kiliba", "M23 seen in Kibirizi, possible move towards Nyanzale", "pourraient se diriger vers Kiliba"
 * (reports39). The place after "towards/vers" with a word of possibility just before the move gives way to another place
 * named. Kept: "M23 advancing towards Kibirizi" (a movement said: the report's place), a possible move toward the only
 * place named.
 */
const TOWARD = /^(toward|towards|twd|vers|to|on|sur|direction)$/;
const POSSIBLE = /^(possible|possibly|probable|probably|likely|may|might|could|pourrait|pourraient|eventuel|eventuelle|eventuellement|risque|suspected|feared|crainte)$/;

function possibleEnd(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  if (!TOWARD.test(tokens[p.start - 1]?.norm ?? '')) return false;
  for (let d = 2; d <= 5; d++) {
    const k = p.start - d;
    if (k < 0 || tokens[k + 1]!.breakBefore) return false;
    if (POSSIBLE.test(tokens[k]!.norm)) return true;
  }
  return false;
}

export function possibleMoveEndLast(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  if (places.length < 2 || !possibleEnd(tokens, places[0]!)) return places;
  // (nor the base of the unit that tells: "Cie Fizi: … Makobola, mouvement possible vers Kiliba", unit-home.ts)
  const other = places.find((p) => p.place.id !== places[0]!.place.id && !possibleEnd(tokens, p) && !unitHome(tokens, p));
  return other ? [other, ...places.filter((p) => p !== other)] : places;
}

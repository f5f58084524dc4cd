import { datelineOverRouteEnd } from './dateline-over-route.js';
import type { Place } from '../../config/mission.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import type { Signals } from '../categories/categories.js';
import { deniedReport } from '../constructions/denials-and-rumours.js';
import { sourcesLast } from '../constructions/tolls-and-danger.js';
import { placesWhere12 } from '../constructions/barriers-and-money.js';
import { arrivedFromUnknown, calmUnderHeading, onlyWhereCared } from '../constructions/everyday-kivu.js';
import type { PlaceTokenMatch } from './gazetteer.js';
import { guessLocation, locationAround } from './location.js';
import type { Token } from '../normalize.js';
import { bracketedTerritory, withoutAssociationSeats } from './association-seats.js';
import type { Reading } from '../reading.js';
import { whereItHappened } from './where.js';
import { routeEndsLast } from './route-ends.js';
import { takenToLast } from './taken-to.js';
import { nowElsewhereLast } from './now-elsewhere.js';
import { victimsHomeLast } from './victims-home.js';
import { territoryHeadingLast } from './territory-heading.js';
import { healthZoneHeadingLast } from './health-zone-heading.js';
import { heardFromLast } from './heard-from.js';
import { quietPlacesLast } from './quiet-places.js';
import { territoryNamedFirst } from './territory-named.js';
import { territoriesListed } from './territories-listed.js';
import { tellerSeatLast } from './teller-seat.js';
import { officeHeadingLast } from './office-heading.js';
import { withdrawalEndLast } from './withdrew-toward.js';
import { possibleMoveEndLast } from './possible-move.js';
import { unitHomeLast } from './unit-home.js';
import { denouncedPlaceLast } from './denounced-topic.js';
import { relayedSourceFirst } from './relayed-source.js';
import { doersOriginLast, headingOverWayEnd, whereaboutsLast } from './side-roles.js';

/** The reporter's `place:` override: a gazetteer place, or text the gazetteer does not know. */
export interface PlaceOverride {
  place?: Place | null;
  placeText?: string;
}

/**
 * Where it happened: of the places named (typos included), the one the incident is told at comes first —
 * not where people fled to, where the wounded are cared for, where the source or the association sits,
 * or a dateline's town; then the override, or the words around the place ("Kamango market").
 */
export function readPlace(r: Reading, placeHits: PlaceTokenMatch[], signals: Signals, category: CategoryId, calmNow: boolean, override: PlaceOverride): { place: Place | null; locationText: string | null } {
  const { tokens, taken, description, signalHits } = r;
  const claimed = (i: number): boolean => taken[i] === 1;
  // ("Mamove RAS. Oicha RAS. Eringeti: 2 civ abducted": places/quiet-places.ts)
  let places = whereItHappened(quietPlacesLast(placeHits, tokens), signals);
  places = onlyWhereCared(places, tokens);
  places = arrivedFromUnknown(places, tokens, category === 'displacement');
  places = placesWhere12(places, tokens, claimed);
  places = sourcesLast(places, tokens);
  places = calmUnderHeading(places, tokens, calmNow || deniedReport(signalHits));
  places = withoutAssociationSeats(places, tokens, claimed);
  places = tellerSeatLast(places, tokens, signalHits); // ("Per Caritas Butembo, … from Kipese": the teller's seat, places/teller-seat.ts)
  places = bracketedTerritory(places, tokens, description);
  places = routeEndsLast(places, tokens); // ("de Bunia vers Nyankunde … à Marabo": places/route-ends.ts)
  places = datelineOverRouteEnd(places, tokens); // ("Bambo: M23 looted …, then left toward Tongo": places/dateline-over-route.ts)
  places = withdrawalEndLast(places, tokens); // ("AG withdrew towards Pimbo": where the attackers went, places/withdrew-toward.ts)
  places = territoryHeadingLast(places, tokens, calmNow || deniedReport(signalHits)); // ("Djugu: … au marché de Largu": places/territory-heading.ts)
  places = healthZoneHeadingLast(places, tokens); // ("Zone de santé de Nizi: … l'attaque des CODECO contre Lopa": places/health-zone-heading.ts)
  places = territoryNamedFirst(places, tokens, calmNow || deniedReport(signalHits)); // ("2 incidents in Beni terr. (1) Mbau: …": places/territory-named.ts)
  places = territoriesListed(places, tokens, (p) => territoryOf(r, p)); // ("dans les territoires de Djugu et Mambasa": places/territories-listed.ts)
  places = takenToLast(places, tokens);
  places = unitHomeLast(places, tokens); // ("patrouille de la compagnie de Baraka bloquée à Lulimba": places/unit-home.ts)
  places = denouncedPlaceLast(places, tokens); // ("menacé après avoir dénoncé les taxes de Sange": places/denounced-topic.ts)
  places = possibleMoveEndLast(places, tokens); // ("…, mouvement possible vers Kiliba": places/possible-move.ts)
  places = nowElsewhereLast(places, tokens); // ("300 HH now in Mutwanga", "team went back to Walikale", "Survivors at Oicha HGR": places/now-elsewhere.ts)
  places = heardFromLast(places, tokens); // ("gunfire still heard from Djugu centre": the listener's place, places/heard-from.ts)
  places = victimsHomeLast(places, tokens, category); // ("IDP from Bulengo site found dead in Mugunga": places/victims-home.ts) // ("took the chief to their base near Pinga", "corps ramenés à Oicha": places/taken-to.ts)
  places = officeHeadingLast(places, tokens, description); // ("JOC Bunia 2205: … on Drodro", "update Mamove:": places/office-heading.ts)
  places = relayedSourceFirst(places, tokens, description); // ("FO Uvira relaying civil society of Sange:": places/relayed-source.ts)
  places = doersOriginLast(places, tokens, (i) => r.mentions.some((m) => m.start <= i && i < m.end)); // ("patrol coming from Komanda found 3 bodies at Tchabi": places/side-roles.ts)
  places = headingOverWayEnd(places, tokens); // ("Nizi: … l'infirmier a fui à Bunia": places/side-roles.ts)
  places = whereaboutsLast(places, tokens, calmNow || deniedReport(signalHits)); // ("the 'abduction' … was a misunderstanding, he was at a funeral in Kayna": places/side-roles.ts)
  return resolvePlace(override, places, tokens, description);
}

function resolvePlace(override: PlaceOverride, places: readonly PlaceTokenMatch[], tokens: readonly Token[], description: string): { place: Place | null; locationText: string | null } {
  const best = places[0];
  const around = best ? locationAround(description, tokens, best.start, best.end) : null;
  if (override.place !== undefined) {
    if (override.placeText) return { place: override.place, locationText: override.placeText };
    return { place: override.place, locationText: best && best.place.id === override.place?.id ? around : null };
  }
  if (best) return { place: best.place, locationText: around };
  return { place: null, locationText: guessLocation(description) };
}

// The territory a locality lies in, as the gazetteer names it ("Djugu" → "Territoire de Djugu"), or null.
function territoryOf(r: Reading, p: Place): Place | null {
  const t = r.ctx.gazetteer.lookup(`Territoire de ${p.territory}`);
  return t && t.level === 'territory' ? t : null;
}

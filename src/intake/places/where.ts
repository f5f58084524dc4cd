import { caredPlacesLast } from './cared-at.js';
import type { PlaceTokenMatch } from './gazetteer.js';
import { afterDateline } from './dateline.js';
import type { Signals, SignalHit } from '../categories/categories.js';
import type { IntakeContext } from '../context.js';
import type { Token } from '../normalize.js';
import { mark } from '../phrases.js';
import { CAUSE_WORDS } from '../categories/causes.js';
import { headedTo } from '../constructions/denials-and-rumours.js';
import { hurtBroughtFrom, incidentUnderHeading, peopleHeadedTo, seenRatherThanHeaded, shelteredElsewhere } from './sheltered-elsewhere.js';
import { leftUnknownPlace, typoInAnotherProvince, typoInAnotherTerritory } from './left-unknown-place.js';
import { returnedTo, siteOfDisplacedNamed } from './site-and-return.js';
import { fledRouteOrigin } from './side-roles.js';
import { homesLeft, homesReturnedTo } from './homes-named.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/** Where it happened: exact places and typed-with-a-typo places, and where people fled to set aside. */

// Names typed with a letter wrong, on words no exact place, actor or keyword has taken; an exact
// place of the same level comes first.
export function withTypos(ctx: IntakeContext, tokens: readonly Token[], taken: Uint8Array, hits: readonly SignalHit[], places: PlaceTokenMatch[]): PlaceTokenMatch[] {
  const busy = taken.slice();
  for (const h of hits) mark(busy, h.start, h.end);
  const typos = ctx.placeTypos.find(tokens, busy).filter((t) => !typoInAnotherTerritory(t, places) && !typoInAnotherProvince(t, places, tokens));
  if (typos.length === 0) return places;
  const rank = (p: PlaceTokenMatch): number => LEVELS.indexOf(p.place.level);
  // (a typo heading the report keeps its place before the names in the line: "Erigueti: … sur la route de Kainama"; reports45)
  const heading = typos.filter((t) => t.start === 0 && tokens.length > 2 && (tokens[1]!.breakBefore || tokens[1]!.start - tokens[0]!.end > 1));
  const rest = heading.length === 0 ? typos : typos.filter((t) => !heading.includes(t));
  return [...heading, ...places, ...rest].sort((a, b) => rank(a) - rank(b));
}
const LEVELS = ['locality', 'territory', 'province'];
// ("went back to their villages in Masisi": a town named as its territory may be either, so villages there name no one place)
const territoryTown = (p: PlaceTokenMatch): boolean => p.place.level !== 'locality' || p.place.name.toLowerCase() === p.place.territory.toLowerCase();
// ("les combats autour de Tongo ont vidé trois villages": the auxiliary, then the verb of emptying)
const emptiedAfterAux = (tokens: readonly Token[], k: number): boolean => /^(ont|a|have|has|had)$/.test(tokens[k]?.norm ?? '') && /^(vide|videe|vides|emptied)$/.test(tokens[k + 1]?.norm ?? '');
const EMPTIED = /^(deserted|deserte|desertee|desertes|se|vide|videe|empty|emptying|emptied|lies|is|stands|partis|parties|abandonne|abandonnee|abandoned)$/;
const ORIGIN = [['provenance', 'de'], ['provenance', 'd'], ['venant', 'de'], ['venus', 'de'], ['venues', 'de'], ['arrives', 'de'], ['arrivees', 'de'], ['arrive', 'de'], ['arrivee', 'de'], ['originaires', 'de'], ['who', 'fled'], ['qui', 'ont', 'fui'], ['chasses', 'de'], ['fleeing', 'from'], ['fled', 'from'], ['arriving', 'from'], ['arrived', 'from'], ['coming', 'from'], ['displaced', 'from'], ['from'], ['frm'], ['deplaces', 'de'], ['dplces', 'de'], ['dplcs', 'de'], ['idps', 'de'], ['pdi', 'de'], ['arrivent', 'de'], ['fuyant'], ['fled'], ['fleeing'], ['deplacement', 'de'], ['dplcmt', 'de'], ['massif', 'de'], ['massive', 'de'], ['pop', 'de'], ['population', 'de'], ['mvt', 'de'], ['villagers', 'of'], ['residents', 'of'], ['inhabitants', 'of'], ['people', 'of'], ['habitants', 'de'], ['villageois', 'de'], ['kutoka']];

// Where people fled to is not where it happened: "fled Kibumba towards Goma" is Kibumba,
// "déplacés de Kishishe arrivés à Kiwanja" is Kishishe. A place after "towards", "vers",
// "arrived in"… that follows a flight word in the same sentence gives way to any other place.
// ("fuient vrs Kitchanga", "fleeing twd Oicha": the same words phone-typed; "des gens dorment à Beni": where they sleep, reports32)
const TOWARDS = new Set(['towards', 'toward', 'to', 'for', 'vers', 'pour', 'vrs', 'twd', 'twds', 'twrds', 'towrds', 'dorment', 'dormi', 'sleeping', 'slept', 'safety', 'shelter', 'sheltering', 'refugie', 'refugient', 'refugiee', 'into', 'direction', 'destination', 'arrived', 'arriving', 'arrive', 'arrives', 'arrivals', 'arrival', 'arrivants', 'arrives', 'arrivees', 'arrivee', 'reached', 'refuge', 'refugies', 'refugiees', 'accueillis', 'accueillies', 'heberges', 'hebergees', 'jusqu',
  // where they shelter: "sleeping in churches in Oicha", "spending nights in Beni", "dorment dans les écoles de Sake"
  'churches', 'church', 'schools', 'school', 'classrooms', 'eglises', 'eglise', 'ecoles', 'ecole', 'paroisse', 'parish', 'nights', 'nuits', 'night', 'nuit', 'relatives', 'proches', 'accueil']);
// "12 rape survivors from Numbi received at Minova", "reçues à l'hôpital de Katana, venues de Kalonge": where victims are
// treated is not where they were harmed; the place they came from is.
const CARED_WORDS = ['received', 'receiving', 'admitted', 'treated', 'referred', 'transferred', 'evacuated', 'recues', 'recus', 'recue', 'accueillies', 'accueillis', 'admises', 'admis', 'soignees', 'soignes', 'soignee', 'referees', 'referes', 'transferees', 'transferes', 'evacuees', 'evacues', 'hospitalisees', 'hospitalises', 'hospitalized', 'hospitalised'];
const CARED = oneOf(CARED_WORDS);
const CARED_SAID = trigger(CARED_WORDS);
const CAME_FROM = [['from'], ['frm'], ['kutoka'], ['venues', 'de'], ['venus', 'de'], ['venue', 'de'], ['venant', 'de'], ['originaires', 'de'], ['originaire', 'de'], ['en', 'provenance', 'de']];
function cameFrom(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] | null {
  if (!said(tokens, CARED_SAID) || !tokens.some((t) => CARED.test(t.norm))) return null;
  const from = places.filter((p) => CAME_FROM.some((cue) => cue.every((w, k) => tokens[p.start - cue.length + k]?.norm === w)));
  return from.length > 0 && from.length < places.length ? [...from, ...places.filter((p) => !from.includes(p))] : null;
}

// "The village of Ndoma has been emptied, residents gone to Komanda": the village left is one the gazetteer does not know;
// where its people went is still not where it happened.
const SETTLEMENT_WORDS = ['village', 'localite', 'locality', 'town', 'quartier', 'groupement', 'hameau', 'hamlet'];
const SETTLEMENT = oneOf(SETTLEMENT_WORDS);
const SETTLEMENT_SAID = trigger(SETTLEMENT_WORDS);
function unknownOriginLeft(p: PlaceTokenMatch, s: Signals): boolean {
  const t = s.tokens;
  if (!said(t, SETTLEMENT_SAID)) return false;
  const named = t.some((w, i) => SETTLEMENT.test(w.norm) && /^(of|de|d)$/.test(t[i + 1]?.norm ?? '') && /^\p{Lu}/u.test(t[i + 2]?.text ?? '') && i + 2 < p.start);
  if (!named) return false;
  for (let j = p.start - 1; j >= 0 && j >= p.start - 3; j--) {
    if (t[j + 1]!.breakBefore) return false;
    if (/^(to|vers|towards?|a|au|jusqu)$/.test(t[j]!.norm)) return s.all('displace').some((f) => f.end <= j + 1 && j - f.end <= 2);
  }
  return false;
}

export function whereItHappened(places: PlaceTokenMatch[], s: Signals): PlaceTokenMatch[] {
  places = incidentUnderHeading(afterDateline(places, s.tokens), s.tokens);
  // (one name may be a town and its territory: the same words)
  if (places.length > 0 && places.every((p) => p.start === places[0]!.start) && unknownOriginLeft(places[0]!, s)) return [];
  if (leftUnknownPlace(places, s)) return [];
  if (places.length < 2) return places;
  // ("hospitalised at HGR Rutshuru after a shell hit Kiwanja market": where they were cared for goes last, cared-at.ts)
  const treatedElsewhere = cameFrom(places, s.tokens) ?? hurtBroughtFrom(places, s.tokens, s.has('injure') || s.has('kill')) ?? caredPlacesLast(places, s.tokens);
  if (treatedElsewhere) return treatedElsewhere;
  const flights = s.all('displace');
  if (flights.length === 0) return headedTo(places, s.tokens) ?? peopleHeadedTo(places, s.tokens) ?? seenRatherThanHeaded(places, s.tokens) ?? shelteredElsewhere(places, s.tokens) ?? places;
  const tokens = s.tokens;
  const refuge = (p: PlaceTokenMatch): boolean => {
    const fled = flights.some((f) => f.end <= p.start && p.start - f.end <= 10 && !tokens.slice(f.end, p.start + 1).some((t, k) => k > 0 && t.stopBefore));
    if (!fled && !flights.some((f) => f.start >= p.end && f.start - p.end <= 2)) return false;
    // "accueillies par des familles à Baraka": up to six words back, not past another place or a cause ("after the attack on X").
    for (let j = p.start - 1; j >= 0 && j >= p.start - 6; j--) {
      if (TOWARDS.has(tokens[j]!.norm)) return true;
      if (CAUSE_WORDS.has(tokens[j]!.norm) || places.some((q) => q !== p && q.start <= j && j < q.end)) break;
      if (tokens[j + 1]!.breakBefore) break;
    }
    return false;
  };
  // "en provenance de Gety", "45 familles arrivées de Ngote", "who fled Rwindi": the place people came from.
  // "Kibumba deserted", "Lulimba se vide": a place the flight word follows at once is the one left.
  const left = (p: PlaceTokenMatch): boolean =>
    flights.some((f) => f.start >= p.end && f.start - p.end <= 1 && (EMPTIED.test(tokens[f.start]!.norm) || emptiedAfterAux(tokens, f.start)) && !tokens.slice(p.end, f.start + 1).some((t) => t.breakBefore));
  // (people gone home are where they went back to; a site of the displaced named is no origin: places/site-and-return.ts)
  const home = places.filter((p) => returnedTo(tokens, p.start) || (homesReturnedTo(tokens, p.start) && !territoryTown(p))); // ("vers leurs villages de Kibumba": homes-named.ts)
  if (home.length > 0 && home.length < places.length) return [...home, ...places.filter((p) => !home.includes(p))];
  const origin = (p: PlaceTokenMatch): boolean => left(p) || fledRouteOrigin(tokens, p) || (homesLeft(tokens, p.start) && !territoryTown(p)) || (!siteOfDisplacedNamed(tokens, p.start) && ORIGIN.some((cue) => cue.every((w, k) => tokens[p.start - cue.length + k]?.norm === w)));
  const origins = places.filter(origin);
  if (origins.length > 0 && origins.length < places.length) return [...origins, ...places.filter((p) => !origin(p))];
  const from = places.filter((p) => !refuge(p));
  return from.length > 0 && from.length < places.length ? [...from, ...places.filter(refuge)] : places;
}

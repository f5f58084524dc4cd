import type { PlaceTokenMatch } from './gazetteer.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Officer prose names several places, each in its own role (pending reports38): where it happened, where the doers or a
 * patrol came from, where someone fled or was passing through to, where a past incident someone spoke of took place.
 * Only the first is the report's place. Three readings, each a step of places/read-place.ts or places/where.ts:
 *
 * - doersOriginLast: where the doers or a force came from ("FARDC patrol coming from Komanda found 3 bodies at Tchabi",
 *   "Armed men from the Rubaya side came down to Ngungu", "des hommes armés venus de Kalonge ont pillé Bunyakiri") goes
 *   after the place where they did it. Look-alike kept: people coming from a place (the displaced's origin, where.ts).
 * - headingOverWayEnd: a report opening with its place ("Nizi: … l'infirmier a fui à Bunia", "Komanda: l'école occupée par
 *   des militaires en transit vers Mambasa", "Mahagi: des familles quittent Ngote …, la plupart vers Nioka") happened
 *   there, not where someone fled or was passing through to. Look-alikes kept: a group's movement toward a place ("Walikale:
 *   mouvement des Raia Mutomboki vers Kibua"), a heading followed by where the harm was done ("Beni: ADF attacked Oicha").
 * - fledRouteOrigin: "people have fled Kipese toward Butembo … after clashes at Bunyatenge": the place fled is the
 *   displacement's place, not an end of a route that gives way to the clash's place (places/route-ends.ts asks it).
 * - spokenOfIncident: "after he denounced the killings in Mavivi", "pour avoir dénoncé les tueries de Mavivi": an incident
 *   someone spoke of is not the report's incident (places/sheltered-elsewhere.ts incidentUnderHeading asks it).
 */

// ---------------------------------------------------------------- the doers' origin
const DOER_WORDS = new Set([
  'patrol', 'patrols', 'ptl', 'patrouille', 'patrouilles', 'convoy', 'convoi', 'troops', 'soldiers', 'militaires', 'armes', 'elements',
  'elts', 'attackers', 'assaillants', 'fighters', 'combattants', 'militia', 'militiamen', 'miliciens', 'bandits', 'reinforcements',
  'renforts', 'assailants', 'gunmen', 'raiders', 'column', 'colonne',
]);
// "coming from", "venant de", "venus de", "en provenance de", "from the … side", "du côté de"
const CAME = /^(coming|came|come|arriving|arrived|venant|venus|venues|venu|arrives|arrivant|descendus|descendant|provenance)$/;
const FROM = /^(from|frm|de|d|du)$/;

// The words right before "from" (or before "coming from") name the doers: "FARDC patrol", "armed men", "hommes armés", "ADF".
function doersBefore(tokens: readonly Token[], k: number, doerAt: (i: number) => boolean): boolean {
  const w = tokens[k]?.norm ?? '';
  if (DOER_WORDS.has(w) || doerAt(k)) return true;
  return (w === 'men' || w === 'man') && tokens[k - 1]?.norm === 'armed';
}

function doersOrigin(tokens: readonly Token[], p: PlaceTokenMatch, doerAt: (i: number) => boolean): boolean {
  let j = p.start - 1;
  if (/^(the|cote)$/.test(tokens[j]?.norm ?? '') && !tokens[j + 1]!.breakBefore) j--;
  if (tokens[j]?.norm === 'du' && tokens[j + 1]?.norm === 'cote') j--;
  if (!FROM.test(tokens[j]?.norm ?? '') || tokens[j + 1]!.breakBefore || tokens[j]!.breakBefore) return false;
  let k = j - 1;
  if (k >= 0 && tokens[k]!.norm === 'provenance' && tokens[k - 1]?.norm === 'en') k -= 2;
  else if (k >= 0 && CAME.test(tokens[k]!.norm)) k--;
  return k >= 0 && !tokens[k + 1]!.breakBefore && doersBefore(tokens, k, doerAt);
}

export function doersOriginLast(places: PlaceTokenMatch[], tokens: readonly Token[], doerAt: (i: number) => boolean): PlaceTokenMatch[] {
  if (places.length < 2 || !doersOrigin(tokens, places[0]!, doerAt)) return places;
  const other = places.find((p) => p.start !== places[0]!.start && !doersOrigin(tokens, p, doerAt));
  return other ? [other, ...places.filter((p) => p !== other)] : places;
}

// ---------------------------------------------------------------- a heading over where someone went
// (a person fled or went somewhere; "la plupart vers Nioka", "most toward Beni": the people just named)
const WENT_WORDS = ['fui', 'fuit', 'enfui', 'enfuie', 'enfuis', 'enfuies', 'refugie', 'refugiee', 'refugies', 'refugiees', 'fled', 'escaped', 'ran', 'sauve', 'sauvee', 'sauves', 'transit', 'plupart', 'most', 'majority', 'majorite', 'certains', 'others', 'autres', 'some'];
const WENT = oneOf(WENT_WORDS);
const TO = /^(a|au|aux|to|toward|towards|twd|vers|for|pour|en|in|into|jusqu)$/;

// (reports43) people sent somewhere, or one who escaped and reached a place: "les élèves envoyés à Mpofi", "pupils sent to
// Mpofi", "1 a réussi à s'enfuir et est arrivé à Oicha", "one escaped and reached Oicha". Arriving alone is not enough:
// "Beni: ADF arrived at Mamove and killed 3" happened at Mamove.
const SENT_WORDS = ['envoye', 'envoyes', 'envoyee', 'envoyees', 'sent', 'renvoyes', 'renvoyees', 'relocated', 'reloges', 'relocalises'];
const SENT = oneOf(SENT_WORDS);
const ARRIVED = /^(arrive|arrivee|arrives|arrivees|arrived|reached|atteint|rejoint|joined)$/;
const ESCAPED_WORDS = ['enfuir', 'enfui', 'enfuie', 'echappe', 'echappee', 'echapper', 'escaped', 'fled', 'evade', 'evadee', 'evader'];
const ESCAPED = oneOf(ESCAPED_WORDS);

function wayEnd(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  let j = p.start - 1;
  if (ARRIVED.test(tokens[j]?.norm ?? '') && escapedBefore(tokens, j)) return true;
  if (!TO.test(tokens[j]?.norm ?? '')) return false;
  if (TO.test(tokens[j - 1]?.norm ?? '') && !tokens[j]!.breakBefore) j--;
  for (let d = 1; d <= 3; d++) {
    const k = j - d;
    if (k < 0 || tokens[k + 1]!.breakBefore) return false;
    if (WENT.test(tokens[k]!.norm) || SENT.test(tokens[k]!.norm)) return true;
    if (ARRIVED.test(tokens[k]!.norm)) return escapedBefore(tokens, k);
  }
  return false;
}

function escapedBefore(tokens: readonly Token[], k: number): boolean {
  for (let d = 1; d <= 4; d++) {
    if (k - d < 0 || tokens[k - d + 1]!.breakBefore) return false;
    if (ESCAPED.test(tokens[k - d]!.norm)) return true;
  }
  return false;
}

function opensReport(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  if (p.start !== 0) return false;
  const next = tokens[p.end];
  return next !== undefined && (next.breakBefore || next.start - tokens[p.end - 1]!.end > 1);
}

// (the place of an incident someone spoke of: "after he denounced the killings in Mavivi")
function ofSpokenIncident(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  for (let d = 1; d <= 3; d++) {
    const k = p.start - d;
    if (k < 0 || tokens[k + 1]!.breakBefore) return false;
    if (INCIDENT.test(tokens[k]!.norm)) return spokenOfIncident(tokens, k);
  }
  return false;
}
const INCIDENT = /^(attaque|attaques|attack|attacks|raid|raids|massacre|massacres|tuerie|tueries|killings|killing|assassinat|assassinats|meurtres|murders|abductions|enlevements|exactions|abuses)$/;

export function headingOverWayEnd(places: PlaceTokenMatch[], tokens: readonly Token[]): PlaceTokenMatch[] {
  if (places.length < 2 || !said(tokens, WAY_END_SAID) || !(wayEnd(tokens, places[0]!) || ofSpokenIncident(tokens, places[0]!))) return places;
  const head = places.find((p) => opensReport(tokens, p));
  return head ? [head, ...places.filter((p) => p !== head)] : places;
}

// ---------------------------------------------------------------- the place fled
const FLED = /^(fled|fui|fuient|fuit|fuyant|fleeing|flee|flees|quitte|quittent|quittant|deserted|abandoned|abandonne)$/;
const ONWARD = /^(toward|towards|twd|vers|to|for|pour)$/;

/** A place right after a verb of fleeing and before the way on ("fled Kipese toward Butembo"): the place people left. */
export function fledRouteOrigin(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  return FLED.test(tokens[p.start - 1]?.norm ?? '') && !tokens[p.start]!.breakBefore && ONWARD.test(tokens[p.end]?.norm ?? '') && !tokens[p.end]!.breakBefore;
}

// ---------------------------------------------------------------- an incident spoken of
const SPOKE_WORDS = ['denounced', 'denouncing', 'denounce', 'condemned', 'condemning', 'spoke', 'talked', 'testified', 'exposed', 'denonce', 'denonces', 'denoncer', 'denoncee', 'condamne', 'condamner', 'temoigne', 'parle', 'parler', 'evoque'];
const SPOKE = oneOf(SPOKE_WORDS);
// (a way's end needs someone who went, was sent or escaped; an incident, someone who spoke of it)
const WAY_END_SAID = trigger([...WENT_WORDS, ...SENT_WORDS, ...ESCAPED_WORDS, ...SPOKE_WORDS]);

/** The incident word at `at` is what someone denounced or spoke about ("after he denounced the killings in Mavivi"). */
export function spokenOfIncident(tokens: readonly Token[], at: number): boolean {
  for (let d = 1; d <= 3; d++) {
    const k = at - d;
    if (k < 0 || tokens[k + 1]!.breakBefore) return false;
    if (SPOKE.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- where the person said taken really was
// ("Follow-up: the 'abduction' of the Kirumba teacher was a misunderstanding, he was at a funeral in Kayna", "il était à un
// deuil à Kayna"): in a report that denies an incident, where the person was is not the report's place.
const WAS_AT = /^(was|were|is|etait|etaient|est|se|staying|stayed)$/;
const PERSON = /^(he|she|they|il|elle|ils|elles)$/;

function whereabouts(tokens: readonly Token[], p: PlaceTokenMatch): boolean {
  for (let k = p.start - 1; k >= 1 && k >= p.start - 6; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (WAS_AT.test(tokens[k]!.norm) && PERSON.test(tokens[k - 1]!.norm) && !tokens[k]!.breakBefore) return true;
  }
  return false;
}

export function whereaboutsLast(places: PlaceTokenMatch[], tokens: readonly Token[], denied: boolean): PlaceTokenMatch[] {
  if (!denied || places.length < 2 || !whereabouts(tokens, places[0]!)) return places;
  const other = places.find((p) => p.start !== places[0]!.start && !whereabouts(tokens, p));
  return other ? [other, ...places.filter((p) => p !== other)] : places;
}

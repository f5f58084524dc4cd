import { robbedAtGunpoint } from './robbed-at-gunpoint.js';
import type { Victims } from '../../domain/alert.js';
import type { SignalHit, Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Everyday traffic from the Kivus (reports13): constructions read from the hits already found (no new pass
 * over the words unless a hit calls for it).
 */

// "frappé et dépouillé", "beaten and robbed", "dépouillés puis tabassés": a beating joined to the robbery is part of it.
const AND = /^(and|et|then|puis|before|avant)$/;
export function beatenAndRobbed(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  for (const b of hits) {
    if (b.value.signal !== 'torture') continue;
    for (const l of hits) {
      if (l.value.signal !== 'loot' || l.value.subType === 'arson') continue;
      const [first, second] = b.start < l.start ? [b, l] : [l, b];
      // the "et" may be the end of the first phrase ("frappe et") or the one word between
      const gap = second.start - first.end;
      if ((gap === 0 && AND.test(tokens[first.end - 1]!.norm)) || (gap === 1 && AND.test(tokens[first.end]!.norm) && !tokens[second.start]!.breakBefore)) return true;
    }
  }
  return false;
}

// C6: money demanded of a convoy or of aid workers is access denied to them, not extortion of civilians; with a threat
// said ("intimidé par des éléments armés qui lui réclament de l'argent") the threat names the report.
const DEMAND = /^(demand\w*|exig\w*|reclam\w*|soutir\w*|ask\w*|extort\w*|taking|prennent|prenaient|imposent)$/;
export function demandOfAid(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  // (goods taken at gunpoint are robbed, not demanded: robbed-at-gunpoint.ts)
  return h.value.signal === 'loot' && DEMAND.test(tokens[h.start]!.norm) && hits.some((x) => x.value.signal === 'humanitarian' || x.value.signal === 'peacekeeper' || x.value.signal === 'threat') && !robbedAtGunpoint(h, tokens, hits);
}

// "arrêtés pr travail forcé", "taken for forced labour": the labour is why people were held or taken, which names the incident.
const FOR = /^(for|pour|pr|aux|as)$/;
export function labourAsPurpose(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  return h.value.subType === 'forced_labour' && FOR.test(tokens[h.start - 1]?.norm ?? '') && hits.some((x) => x.value.signal === 'detention' || x.value.signal === 'abduct');
}

// "Twirwaneho and Mai-Mai accuse each other", "les deux groupes se rejettent la responsabilité": blame traded names no doer.
const EACH = /^(each|one|other|mutuellement|mutuelles|reciproques|responsabilite|faute|balle|accusent|accusaient|trade|trading|traded)$/;
export function blameTraded(hits: readonly SignalHit[], tokens: readonly Token[]): number {
  for (const h of hits) {
    if (h.value.signal !== 'tension') continue;
    for (let k = h.start; k < h.end; k++) if (EACH.test(tokens[k]!.norm) && /^(accus\w*|blam\w*|s|se|trad\w*)$/.test(tokens[h.start]!.norm)) return h.start;
  }
  return -1;
}
/** The mention stands in the sentence that ends by trading the blame. */
export function blamedEachOther(tokens: readonly Token[], start: number, blameAt: number): boolean {
  if (blameAt < 0 || start > blameAt || blameAt - start > 8) return false;
  for (let k = start + 1; k <= blameAt; k++) if (tokens[k]!.stopBefore) return false;
  return true;
}

// "Armed robbery …, a guard shot in the leg", "braquage d'une boutique, le gardien blessé par balle": a robbery named as
// such stays the looting when its harm is wounds, whatever the weapon (a killing keeps the attack first).
const ROBBERY = /^(robbery|robberies|robbers?|braquage|braquages|braqu\w*|holdup|hold|cambriol\w*|vol|vols)$/;
export function robberyWounds(s: Signals, killed: boolean, injured: boolean): boolean {
  if (!injured || killed || s.has('explosive') || s.has('fighting')) return false;
  const named = s.all('loot').some((h) => {
    for (let k = h.start; k < h.end; k++) if (ROBBERY.test(s.tokens[k]!.norm) && (s.tokens[k]!.norm !== 'vol' && s.tokens[k]!.norm !== 'vols' ? true : /^(main|arme)$/.test(s.tokens[k + 2]?.norm ?? ''))) return true;
    return false;
  });
  return named && s.all('attack').every((h) => /^(shot|shots|shooting|tir|tirs|balle|balles|gunshot\w*|fired)$/.test(s.tokens[h.start]!.norm));
}

// "rumeur d'attaque ce soir", "rumours of an attack tonight": a rumour of an attack, however soon, is a warning, not an
// attack imminent (the label says so whenever the rumour names no group preparing it).
const RUMOURED = /^(rumou?rs?|rumeurs?|bruits?|hearsay)$/;
// ("rumeurs d'attaque imminente": said imminent in so many words, it stays imminent)
export function rumouredAttack(s: Signals, h: SignalHit): boolean {
  if ([h.end, h.end + 1].some((k) => /^imminent/.test(s.tokens[k]?.norm ?? ''))) return false;
  return s.all('fear').some((f) => f.end <= h.start && h.start - f.end <= 3 && RUMOURED.test(s.tokens[f.start]!.norm));
}

// "rumeurs de combats", "rumours of fighting near Kibumba": fighting only rumoured is no fighting reported.
export function rumouredFighting(h: SignalHit, tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  return h.value.signal === 'fighting' && hits.some((f) => f.value.signal === 'fear' && f.end <= h.start && h.start - f.end <= 2 && RUMOURED.test(tokens[f.start]!.norm));
}

// "Ngungu calme relatif, les M23 patrouillent", "relative calm in Kitchanga, Wazalendo moving around": a calm day that
// still tells a named group on the move names that group (the calm denies no one).
const CALM = /^(calm|calme|accalmie)$/;
export function groupAboutInCalm(hits: readonly SignalHit[], tokens: readonly Token[], mentionEnds: readonly number[]): boolean {
  return hits.some((h) => h.value.signal === 'movement' && mentionEnds.some((e) => e <= h.start && h.start - e <= 1)) &&
    hits.every((h) => h.value.subType !== 'false_alarm' || tokens.slice(h.start, h.end).some((t) => CALM.test(t.norm)));
}

// C2/C1 bystanders: the host state's forces only present or deployed ("FARDC presence limited", "forte présence des FARDC",
// "heavy FARDC deployment") did no harm by being there. (An armed group's presence is its movement: kept.)
const PRESENT = /^(presence|presences|deployment|deployments|deploiement|deploiements|deployed|deployes|positioned|postes|stationed|stationnes)$/;
export function forcesOnlyPresent(tokens: readonly Token[], start: number, end: number, isForce: boolean): boolean {
  if (!isForce) return false;
  const after = tokens[end];
  if (after && !after.breakBefore && PRESENT.test(after.norm)) return true;
  let k = start - 1;
  if (/^(des|de|du|la|les|of|the|d)$/.test(tokens[k]?.norm ?? '')) k--;
  return k >= 0 && k < start && PRESENT.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore;
}

// "les M23 obligent les jeunes à travailler pour eux, environ 2000 personnes ont fui": forced labour told as why people
// fled, with the fled counted and nobody hurt, is the displacement (the labour stays the alternative).
export function labourThenFlight<R extends { category: string; subType: string | null }>(ranked: R[], s: Signals, victims: Victims): R[] {
  if (ranked[0]?.category !== 'torture_ill_treatment' || (victims.displaced ?? 0) === 0 || (victims.injured ?? 0) > 0) return ranked;
  if (!s.all('torture').every((h) => h.value.subType === 'forced_labour')) return ranked;
  const flight = ranked.find((r) => r.category === 'displacement');
  return [flight ?? ({ ...ranked[0], category: 'displacement', subType: null } as R), ...ranked.filter((r) => r !== flight)];
}

// Domestic violence with no sexual violence and nobody killed is no protection incident of the conflict: `other`.
const NOT_DOMESTIC = new Set(['crsv', 'child_violation', 'abduction', 'attack_on_idp_site']);
export function domesticOnly(s: Signals, category: string, victims: Victims): boolean {
  return !NOT_DOMESTIC.has(category) && (victims.killed ?? 0) === 0 && s.all('neutral').some((h) => h.value.subType === 'domestic') && !s.has('sexual');
}

// "shots near Lushagala at 22h, no victims, soldiers chasing thieves": shots of a pursuit that hit nobody are `other`.
export function pursuitShotsOnly(s: Signals, category: string, victims: Victims): boolean {
  const nobodyHit = !victims.killed && !victims.injured && (victims.killed === 0 || victims.injured === 0 || (!s.has('kill') && !s.has('injure')));
  return category === 'attack_on_civilians' && nobodyHit && s.all('neutral').some((h) => h.value.subType === 'pursuit');
}

// "elle est à l'hôpital de Kalehe", "admitted to Goma hospital": a place named only for the hospital where a victim
// is cared for is not where the harm was done (the place stays unknown when no other is named).
const CARED_AT = /^(is|are|was|were|est|sont|etait|admitted|admise?s?|treated|soigne\w*|referred|referee?s?|transfere\w*|evacue\w*|hospitalis\w*)$/;
const CARE_FACILITY_WORDS = ['hospital', 'hopital', 'health', 'hc', 'hgr', 'clinic', 'clinique', 'cs'];
const CARE_FACILITY = oneOf(CARE_FACILITY_WORDS);
const BROUGHT = /^(reached|arrived|arrive\w*|brought|taken|admitted|admise?s?|referred|referee?s?|evacuated|evacuee?s?|transferred|transfere\w*|amenee?s?|conduite?s?)$/;
// ("Kainama, … 5 blessés évacués à Beni", "wounded evacuated to Oicha": where the wounded were taken is not where it happened)
const SENT_TO = /^(evacue\w*|evacuated|transfere\w*|transferred|referee?s?|referred|rushed|achemine\w*)$/;
const sentThere = (tokens: readonly Token[], at: number): boolean => /^(a|au|vers|to|towards|sur|at)$/.test(tokens[at - 1]?.norm ?? '') && SENT_TO.test(tokens[at - 2]?.norm ?? '');
// (a place sent to, a care facility after the place, or "hôpital de" before it)
const CARED_SAID = trigger(['evacue*', 'evacuated', 'transfere*', 'transferred', 'referee', 'referees', 'refere', 'referes', 'referred', 'rushed', 'achemine*', ...CARE_FACILITY_WORDS]);
export function onlyWhereCared<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[]): P[] {
  if (!said(tokens, CARED_SAID)) return places;
  if (places.length > 1 && sentThere(tokens, places[0]!.start)) {
    const elsewhere = places.filter((p) => !sentThere(tokens, p.start));
    if (elsewhere.length > 0) return elsewhere;
  }
  if (places.length === 0 || !places.every((p) => p.start === places[0]!.start)) return places;
  const at = places[0]!.start;
  // ("3 survivors reached Nyangezi health centre from Kaziba", "brought to Beni hospital": the facility named after its place, reports16)
  if (CARE_FACILITY.test(tokens[places[0]!.end]?.norm ?? '') && (BROUGHT.test(tokens[at - 1]?.norm ?? '') || (/^(to|at|a|au|in)$/.test(tokens[at - 1]?.norm ?? '') && BROUGHT.test(tokens[at - 2]?.norm ?? '')))) return [];
  if (!/^(de|du|d|of)$/.test(tokens[at - 1]?.norm ?? '') || !/^(hopital|hospital|clinique|clinic)$/.test(tokens[at - 2]?.norm ?? '')) return places;
  for (let k = at - 3; k >= 0 && k >= at - 6; k--) if (CARED_AT.test(tokens[k]!.norm)) return [];
  return places;
}

// "Schools in Sange closed since Monday due to fighting", "écoles fermées à cause des combats": schools closed for a cause
// told after ("since", "due to", "à cause de"), nothing else harmed, is a report of the closure (`other`; C13 needs an
// attack on the school itself).
const CLOSED = /^(closed|shut|fermee?s?|fermeture|closure|suspended|suspendue?s?|paralysee?s?|deserted|desertee?s?)$/;
const HARMS = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'recruit', 'militaryUse', 'explosive'] as const;
export function schoolsClosedForCause<R extends { category: string; subType: string | null }>(ranked: R[], s: Signals, cause: () => number): R[] {
  if (!s.has('school') || ranked.length === 0 || ranked[0]!.category === 'other' || HARMS.some((x) => s.has(x))) return ranked;
  // ("école fermée, les enseignants fuient par peur des ADF": people who fled a named group are the report, C9)
  if (s.has('displace') && s.has('armed') && ranked[0]!.category === 'displacement') return ranked;
  const at = cause();
  if (at === Infinity || s.all('attack').some((h) => h.start < at) || s.all('fighting').some((h) => h.start < at)) return ranked;
  // ("schools closed", "écoles de Sange fermées", "fermeture des écoles")
  const closed = s.all('school').some((h) => h.start < at && [h.end, h.end + 1, h.end + 2, h.end + 3, h.start - 1, h.start - 2].some((k) => k < at && CLOSED.test(s.tokens[k]?.norm ?? '') && !s.tokens.slice(Math.min(k, h.start) + 1, Math.max(k, h.end - 1) + 1).some((t) => t.breakBefore)));
  return closed ? [{ ...ranked[0]!, category: 'other', subType: null }, ...ranked] : ranked;
}

// "Goma: calme relatif ce matin après la nuit de tirs à Mugunga": a calm day reported under a heading is the heading's;
// the place of what came before ("after", "après", "since") is background.
const BEFORE_NOW = /^(after|apres|since|depuis|following|suite)$/;
export function calmUnderHeading<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[], calm: boolean): P[] {
  if (!calm || places.length < 2 || places[0]!.start === 0) return places;
  const head = places.find((p) => p.start === 0);
  if (!head || head.end >= tokens.length || !(tokens[head.end]!.breakBefore || tokens[head.end]!.start - tokens[head.end - 1]!.end > 1)) return places;
  const first = places[0]!;
  for (let k = first.start - 1; k >= head.end && k >= first.start - 7; k--) {
    if (tokens[k + 1]!.breakBefore) break;
    if (BEFORE_NOW.test(tokens[k]!.norm)) return [head, ...places.filter((p) => p !== head)];
  }
  return places;
}

// "Lushagala: bcp de nouveaux déplacés venus de Kiluku et Mubambiro", "IDPs arrived from Kalembe": arrivals happened
// where they came from; when that place is one the gazetteer does not know, the place stays unknown (not the arrival site).
const ARRIVED_WORDS = ['venu', 'venus', 'venue', 'venues', 'venant', 'arrive', 'arrives', 'arrivee', 'arrivees', 'arrived', 'arriving', 'coming', 'provenance', 'fleeing', 'fuyant'];
const ARRIVED = oneOf(ARRIVED_WORDS);
const ARRIVED_SAID = trigger(ARRIVED_WORDS);
// (only in a report of the displacement: harm done to the arrivals where they arrived happened there)
export function arrivedFromUnknown<P extends { start: number; end: number }>(places: P[], tokens: readonly Token[], displacement: boolean): P[] {
  if (!said(tokens, ARRIVED_SAID)) return places;
  if (places.length === 0 || !displacement || !places.every((p) => p.start === places[0]!.start)) return places;
  const at = places[0]!;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!ARRIVED.test(tokens[i]!.norm) || !/^(de|d|du|from)$/.test(tokens[i + 1]!.norm) || tokens[i + 2]!.breakBefore) continue;
    const name = i + 2;
    if (name >= at.start && name < at.end) return places;
    if (/^\p{Lu}\p{Ll}+/u.test(tokens[name]!.text)) return [];
  }
  return places;
}

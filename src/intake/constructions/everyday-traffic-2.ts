import { SIGNAL_KEYWORDS, type Signal } from '../categories/keywords.js';
import type { SignalHit, Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isPerson } from '../victims/victim-words.js';
import { oneNameGroups } from './denials-and-rumours.js';
import { baseAsMark } from '../categories/sender-heading.js';

/**
 * Everyday field traffic (reports11, second pass): crowd-control force, shots in the air, levies taken
 * by armed men, attacks on a military post, gunfire only heard, peacekeepers writing "our APC", harm
 * only feared or named as the cause of anger, a source that is an aid agency, a rumour of killings denied.
 */

// Levy words the loot table reads as taking ("taxes illégales", "extorting"): with a threat said beside them, the
// threat is what is reported ("taxes illégales à la barrière, les Wazalendo menacent ceux qui refusent").
const LEVY = /^(tax\w*|extort\w*|extorq\w*|racket\w*|ranconn\w*|prelev\w*|levying|levied|levies|impos\w*)$/;
const TAKEN = /^(loot\w*|pill\w*|stole|stolen|took|emport\w*|burn\w*|brul\w*|incend\w*|vole\w*|robbed|robbery|braqu\w*|depouill\w*|cambriol\w*|detrui\w*|destroy\w*)$/;
// (a crowd dispersed, or shots of joy at a wedding or a feast, threaten nobody)
const DISPERSE = /^(disperse|dispersed|dispersing|disperser|dispersent|disperses|dispersee|dispersees|dispersion|crowd|foule|manifestants|protesters|demonstrators|joie|joy|celebrat\w*|wedding|mariage|fete|festivities|feast|victoire|victory)$/;

/**
 * Hits read again from the words around them (called from `rereadHit`): undefined keeps the hit,
 * null drops it, a hit stands for it.
 */
export function rereadTune11(hits: readonly SignalHit[], tokens: readonly Token[], h: SignalHit): SignalHit | null | undefined {
  const signal = h.value.signal;
  const as = (to: Signal, subType: string | null = null): SignalHit => ({ value: { signal: to, subType }, start: h.start, end: h.end });
  if (signal === 'loot' && LEVY.test(tokens[h.start]!.norm) && !tokens.some((t) => TAKEN.test(t.norm)) && hits.some((x) => x.value.signal === 'threat' && (x.value.subType === 'threat' || x.value.subType === 'death_threat'))) return null;
  // "shot in the air to disperse the crowd": crowd control, no threat; "drunk soldiers shooting in the air": intimidation.
  if ((signal === 'threat' || signal === 'neutral') && tokens.slice(h.start, h.end).some((t) => t.norm === 'air') && tokens.slice(h.start, h.end).some((t) => /^(shoot|shot|fir|tir|coup|gunshot|rafale)/.test(t.norm))) {
    return tokens.some((t) => DISPERSE.test(t.norm)) ? null : as('threat', 'air_shots');
  }
  // "on craint des violences sexuelles", "fear of rape", "risk of sexual violence": feared, not done.
  if (signal === 'sexual' && fearedBefore(tokens, h.start, h.end)) return null;
  // "youths angry over the killings", "en colère après l'assassinat": the killing is why, not what is reported.
  if (signal === 'kill' && angerBefore(tokens, h.start)) return null;
  // "7 morts selon la croix-rouge", "according to MSF": the agency tells, it was not targeted.
  if (signal === 'humanitarian' && (sourceBefore(tokens, h.start) || tellsAfter(tokens, h.end))) return null;
  // "FARDC deny the mass grave rumour, say the bodies are from last month's fighting": the killing denied or old.
  if (signal === 'kill' && rumourDenied(tokens) && (insideRumour(tokens, h) || olderEvent(tokens, h.end))) return null;
  // "Red-Tabara attacking an army post", "attaque contre une position FARDC": one armed side attacking another.
  // (an attack planned or feared is left to the reading of threats)
  if (signal === 'attack' && militaryTarget(tokens, h.end) && !hits.some((x) => (CIVILIAN_HARM.has(x.value.signal) && !denied(tokens, x.start)) || x.value.signal === 'fear' || x.value.signal === 'threat')) return as('fighting');
  // "shots heard towards Kibirizi", "tirs entendus": gunfire only heard, nobody harmed, no target named.
  if (signal === 'attack' && gunfireOnly(hits, tokens)) return as('fighting');
  // "market burnt, cause unknown": the burning is told; what is unknown is who did it.
  if (signal === 'natural' && /^(cause|origine)$/.test(tokens[h.start]!.norm) && burntVerb(tokens) && !tokens.some((t) => FIRE_NOUN.test(t.norm))) return null;
  return undefined;
}

const FEAR = /^(craint\w*|crainte\w*|fear\w*|risk\w*|risque\w*|redout\w*|possible|possibles|eventuel\w*|apprehend\w*|peur)$/;
// ("rape is feared", "viols redoutés": the fear said right after)
const FEARED_AFTER = /^(feared|craints?|craintes?|redoutee?s?|possibles?|probables?|likely|suspected|soupconnee?s?)$/;
function fearedBefore(tokens: readonly Token[], at: number, end: number): boolean {
  for (let k = end; k < tokens.length && k <= end + 1; k++) {
    if (tokens[k]!.breakBefore) break;
    if (FEARED_AFTER.test(tokens[k]!.norm)) return true;
    if (!/^(is|are|was|were|sont|est|being)$/.test(tokens[k]!.norm)) break;
  }
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (FEAR.test(tokens[k]!.norm)) return true;
  }
  return false;
}

const ANGER = /^(angry|angered|anger|furious|enraged|outraged|protesting|protest|protests|mourning|colere|furieux|furieuse|furieuses|revoltes|revoltees|indignes|indignees|mecontents|mecontentes|protestent|protestant|protester|manifestent|manifestant)$/;
const ANGER_LINK = /^(over|at|about|against|after|by|for|the|a|an|apres|contre|suite|a|au|aux|de|du|des|la|le|les|l|d|pour|par)$/;
/** A killing named as why people are angry: "youths angry over the killing of a driver", "en colère après l'assassinat". */
export function angerBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (ANGER.test(tokens[k]!.norm)) return k < at - 1;
    if (!ANGER_LINK.test(tokens[k]!.norm)) return false;
  }
  return false;
}

const SOURCE = /^(selon|according|per|d|apres|source|sources|says|said|dixit|cf|reported|rapporte|rapportee|confirme|confirmee|confirmed|informe|informed|via)$/;
function sourceBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    // ("d'après": the apostrophe splits "d" from "apres")
    if (SOURCE.test(w) && !(w === 'd' && tokens[k + 1]?.norm !== 'apres') && !(w === 'apres' && tokens[k - 1]?.norm !== 'd')) return true;
    if (!/^(la|le|l|les|the|to|by|par|de|des|du|a|an)$/.test(w)) return false;
  }
  return false;
}

// "MSF reports 4 dead", "la Croix-Rouge signale 6 corps", "OCHA says": the agency is who tells.
const TELLS = /^(says|said|reports|reported|reporting|confirms|confirmed|indicates|counts|counted|recorded|signale|signalent|rapporte|rapportent|indique|indiquent|annonce|annoncent|confirme|confirment|declare|declarent|affirme|affirment|parle|parlent|denombre|recense|recensent|fait etat)$/;
function tellsAfter(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < tokens.length && k <= end + 1; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (TELLS.test(tokens[k]!.norm)) return !/^(attack\w*|attaqu\w*|targeted|cible\w*)$/.test(tokens[k + 1]?.norm ?? '');
    if (!/^(has|have|a|ont|team|staff|teams|equipe|equipes)$/.test(tokens[k]!.norm)) return false;
  }
  return false;
}

const RUMOUR = /^(rumou?rs?|rumeurs?|allegations?|claims?|reports?|information|informations|info|infos)$/;
const DENY = /^(deny|denies|denied|denying|dement\w*|refute\w*|refut\w*|rejett\w*|reject\w*)$/;
const DENY_SAID = trigger(['deny', 'denies', 'denied', 'denying', 'dement*', 'refut*', 'rejett*', 'reject*']);
function rumourDenied(tokens: readonly Token[]): boolean {
  return said(tokens, DENY_SAID) && tokens.some((t) => DENY.test(t.norm)) && tokens.some((t) => RUMOUR.test(t.norm));
}
// "deny the mass grave rumour", "la rumeur de massacre", "rumours of killings": the killing is what the rumour said.
function insideRumour(tokens: readonly Token[], h: SignalHit): boolean {
  for (let k = h.end; k < tokens.length && k <= h.end + 1; k++) if (RUMOUR.test(tokens[k]!.norm) && !tokens[k]!.breakBefore) return true;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (RUMOUR.test(tokens[k]!.norm)) return true;
  }
  return false;
}
// "bodies are from the fighting of last month", "les corps datent des combats de la semaine passée".
const OLDER = /^(last|previous|earlier|old|older|passee?s?|dernier|derniere|derniers|precedent\w*|anciens?|anciennes?|datent|date)$/;
function olderEvent(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 8; k++) {
    if (k > from && tokens[k]!.stopBefore) return false;
    if (OLDER.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// A post of an armed force: "an army post", "la position FARDC", "M23 positions", "le camp militaire".
// ("FARDC pos IVO Tchabi": "pos", "psn" are sitrep shorthand for a position, reports26)
const POST = /^(posts?|pos|psn|outposts?|positions?|postes?|garrisons?|garnisons?|barracks|casernes?|trench\w*|tranchees?|bastions?|strongholds?|qg|headquarters)$/;
const CAMP = /^(camps?|bases?)$/;
const ARMY = /^(army|military|militaire|militaires|armee|fardc|fdnb|updf|rdf|m23|adf|fdlr|codeco|nyatura|wazalendo|enemy|ennemi|ennemie|rebel|rebels|rebelle|rebelles|soldiers|soldats|troops|burundian|burundaise|ugandan|ougandaise|rwandan|rwandaise|governmental|gouvernementale?s?)$/;
const CIVILIAN_HARM = new Set(['kill', 'injure', 'abduct', 'sexual', 'loot', 'idpSite', 'peacekeeper', 'humanitarian', 'school', 'hospital']);
// "no civilian hurt", "aucun civil touché", "sans victime": harm said not to have happened.
function denied(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    if (/^(no|not|nobody|none|aucun|aucune|sans|pas|personne|ni)$/.test(tokens[k]!.norm)) return true;
  }
  return false;
}
function militaryTarget(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 3 && /^(on|of|against|contre|sur|the|a|an|une|un|la|le|l|les|des|de|du|d)$/.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  for (let j = k; j < tokens.length && j <= k + 2; j++) {
    if (j > k && tokens[j]!.breakBefore) return false;
    const w = tokens[j]!.norm;
    if (POST.test(w) || CAMP.test(w)) {
      const around = [tokens[j - 1], tokens[j - 2], tokens[j + 1], tokens[j + 2]].filter((t): t is Token => t !== undefined && t.start >= tokens[k]!.start);
      return around.some((t) => ARMY.test(t.norm)) || (POST.test(w) && /^(positions?|postes?|trench\w*|tranchees?)$/.test(w) && around.length > 0 && around.some((t) => /^[A-Z0-9]{2,}$/.test(t.text)));
    }
    if (!ARMY.test(w) && !/^[A-Z0-9-]{2,}$/.test(tokens[j]!.text)) return false;
  }
  return false;
}

const GUNFIRE = /^(tirs?|gunfire|gunshots?|shots?|shooting|detonations?|coups|crepitements?|fusillades?|rafales?)$/;
const HEARD = /^(heard|entendus?|entendues?|entendu|audible|reported|signalee?s?|signales|rapportee?s?|rapportes)$/;
const TAKEOVER = /^(control|controle|over)$/;
// Gunfire with no one harmed and nothing targeted: heard ("shots heard from Kibirizi"), or as an armed group takes a
// town ("ont pris le contrôle de la cité, tirs sporadiques").
function gunfireOnly(hits: readonly SignalHit[], tokens: readonly Token[]): boolean {
  const attacks = hits.filter((x) => x.value.signal === 'attack');
  // (a clash named beside the gunfire is read by the fighting rule of categories/categories.ts)
  // ("coups de feu entendus"; "shot at the crowd" names a target)
  const gunfire = (a: SignalHit): boolean => GUNFIRE.test(tokens[a.start]!.norm) && !tokens.slice(a.start + 1, a.end).some((t) => /^(at|on|upon|sur|contre)$/.test(t.norm));
  if (hits.some((x) => x.value.signal === 'fighting') || !attacks.every(gunfire)) return false;
  // (a base named only as a distance mark, "3 km N of TOB Mavivi", is no target: categories/sender-heading.ts)
  if (hits.some((x) => (CIVILIAN_HARM.has(x.value.signal) && !baseAsMark(x, tokens, hits)) || x.value.signal === 'displace' || x.value.signal === 'explosive' || x.value.signal === 'fear' || x.value.signal === 'threat' || x.value.subType === 'false_alarm')) return false;
  // (gunfire heard as one speaks, "on entend les tirs", is an attack going on)
  const heard = !hits.some((x) => x.value.signal === 'underway') && attacks.every((a) => tokens.slice(a.end, a.end + heardReach(tokens, a.end)).some((t, i) => HEARD.test(t.norm) && !(i > 0 && t.breakBefore)) || tokens.slice(Math.max(0, a.start - 3), a.start).some((t) => HEARD.test(t.norm)));
  const takenOver = hits.some((x) => (x.value.signal === 'militaryUse' || x.value.signal === 'movement') && tokens.slice(x.start, x.end).some((t) => TAKEOVER.test(t.norm)));
  return heard || takenOver;
}

// ("gunfire of unknown origin heard", "tirs d'origine inconnue entendus": the origin said between the fire and the hearing)
const OF_ORIGIN = /^(of|d|de)$/;
const ORIGIN = /^(origin|origine|provenance|source)$/;
function heardReach(tokens: readonly Token[], end: number): number {
  const t = tokens[end];
  if (!t || !OF_ORIGIN.test(t.norm)) return 3;
  return ORIGIN.test(tokens[end + 1]?.norm ?? '') ? 5 : ORIGIN.test(tokens[end + 2]?.norm ?? '') ? 6 : 3;
}

const BURNT = /^(burnt|burned|torched|incendiee|incendiees|incendies|brulee|brulees|brules|brule|razed)$/;
const FIRE_NOUN = /^(fire|fires|blaze|flames|feu|incendie|flammes)$/;
function burntVerb(tokens: readonly Token[]): boolean {
  return tokens.some((t) => BURNT.test(t.norm));
}

// A force at the scene after the fact: "FARDC engineers on site", "PNC sur les lieux", "les FARDC sont sur place".
// (Look-alike kept: "FARDC on site looting shops": harm done after it is theirs.)
const UNIT = /^(engineers?|deminers?|sappers?|eod|team|teams|unit|units|genie|demineurs?|equipe|equipes|elements|soldiers|troops|soldats|militaires|agents|officers|are|is|were|was|sont|est|etaient|deja|already|now|arrived|arrives|arrivee?s?)$/;
const RESPONDER_UNIT = /^(engineers?|deminers?|sappers?|eod|genie|demineurs?)$/;
const SCENE: readonly (readonly string[])[] = [['on', 'site'], ['on', 'scene'], ['on', 'the', 'scene'], ['at', 'the', 'scene'], ['on', 'the', 'spot'], ['sur', 'place'], ['sur', 'les', 'lieux'], ['sur', 'le', 'site']];
const HARM_AFTER = /^(loot\w*|pill\w*|shoot\w*|shot|fired|tirent|tiraient|tire|kill\w*|tue|tues|tuee|tuees|tuent|tuer|beat\w*|batt\w*|tabass\w*|arrest\w*|arret\w*|rape|raped|raping|viole|violee|violees|violent|extort\w*|racket\w*|burn\w*|brul\w*)$/;
// ("par des Raia Mutomboki sur le site minier de Kamakundu": a site named by what it is is a place, not the scene)
const NAMED_SITE = /^(minier|miniers|d|de|du|des|of|orpaillage|aurifere|agricole|mining)$/;
/** The actor that ends at `end` is at the scene as a responder. */
export function atScene(tokens: readonly Token[], end: number): boolean {
  let k = end;
  let responder = false;
  while (k < end + 3 && k < tokens.length && !tokens[k]!.breakBefore && UNIT.test(tokens[k]!.norm)) {
    if (RESPONDER_UNIT.test(tokens[k]!.norm)) responder = true;
    k++;
  }
  const scene = SCENE.some((p) => p.every((w, j) => tokens[k + j]?.norm === w && !tokens[k + j]!.breakBefore) && !NAMED_SITE.test(tokens[k + p.length]?.norm ?? ''));
  if (!scene && !responder) return false;
  for (let j = k; j < tokens.length && j <= k + 6; j++) {
    if (j > k && tokens[j]!.stopBefore) break;
    if (HARM_AFTER.test(tokens[j]!.norm)) return false;
  }
  return true;
}

// A partial release: "4 of the 6 farmers freed, 2 still held", "3 des 5 otages relâchés, deux toujours aux mains des ravisseurs".
// Those freed and those still held were taken (an abduction), unless they sit in a cell ("2 of the 5 detainees released").
const FREED = /^(freed|released|liberee?s?|liberes|relachee?s?|relaches|escaped|evadee?s?|rescued|secourue?s?|returned|revenue?s?|rentree?s?)$/;
const FREED_SAID = trigger([
  'freed', 'released', 'libere', 'liberee', 'liberes', 'liberees', 'relache', 'relachee', 'relaches', 'relachees', 'escaped', 'evade', 'evadee', 'evades',
  'evadees', 'rescued', 'secouru', 'secourue', 'secourus', 'secourues', 'returned', 'revenu', 'revenue', 'revenus', 'revenues', 'rentre', 'rentree',
  'rentres', 'rentrees',
]);
const PART_OF = /^(of|des|sur|parmi|among)$/;
const CUSTODY = /^(detainees?|prisoners?|detenue?s?|prisonniers?|cachot|prison|custody|cells?|jail|arrested|arretee?s?|police|pnc|anr|magistrat|juge|judge|court|tribunal|parquet)$/;
const STILL_WORDS = ['still', 'toujours', 'encore', 'remain', 'remaining', 'restent', 'reste'];
const STILL: ReadonlySet<string> = new Set(STILL_WORDS);
const STILL_SAID = trigger(STILL_WORDS);
const HELD = /^(held|detained|missing|captive|captives|hostages?|detenue?s?|retenue?s?|disparue?s?|otages?|captifs?|captivite|captivity|sequestree?s?|mains)$/;
/** Hits of an abduction told by its partial release. */
export function partialReleaseHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, FREED_SAID) || tokens.some((t) => CUSTODY.test(t.norm))) return [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (readCount(tokens, i) === null || !PART_OF.test(tokens[i + 1]!.norm)) continue;
    let k = i + 2;
    if (/^(the|les|ces|these|those)$/.test(tokens[k]!.norm)) k++;
    if (readCount(tokens, k) === null) continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
      if (FREED.test(tokens[j]!.norm)) return [{ value: { signal: 'abduct', subType: null }, start: j, end: j + 1 }];
    }
  }
  return [];
}

/** How many are still held after a release ("2 still held", "deux toujours en captivité"), or null. */
export function stillHeldCount(tokens: readonly Token[]): number | null {
  if (!said(tokens, STILL_SAID)) return null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const n = readCount(tokens, i);
    if (n === null || n <= 0 || tokens[i + 1]?.breakBefore) continue;
    // "2 still held", "2 farmers still missing"
    let k = i + 1;
    if (!STILL.has(tokens[k]?.norm ?? '') && STILL.has(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) k++;
    if (!STILL.has(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    for (let j = k + 1; j <= k + 4 && j < tokens.length && !tokens[j]!.breakBefore; j++) if (HELD.test(tokens[j]!.norm)) return n;
  }
  return null;
}

function readCount(tokens: readonly Token[], i: number): number | null {
  const n = readNumber(tokens, i);
  return n && !n.article && !n.zero ? n.value : null;
}

// Survivors who say so: "2 déclarent avoir été violées", "two say they were raped", "3 affirment avoir subi des violences sexuelles".
const SAY = /^(say|says|said|saying|declare\w*|report|reported|reports|claim|claims|claimed|testif\w*|disent|dit|declarent|declare|affirment|affirme|temoign\w*|racontent|raconte|confient|confie|avouent|rapportent|admit|admitted)$/;
const SAY_FILLER = /^(that|they|she|were|was|had|have|been|being|to|qu|que|elles|elle|ils|ont|avoir|ete|etre|a|d|of|having|subi|suffered|victims?|victimes?|de|des)$/;
const SEXUAL = /^(viol\w*|raped?|raping|sexual\w*|sexuel\w*|abusees?|defiled|molested)$/;
const SAY_SAID = trigger([
  'say', 'says', 'said', 'saying', 'declare*', 'report', 'reported', 'reports', 'claim', 'claims', 'claimed', 'testif*', 'disent', 'dit', 'affirment',
  'affirme', 'temoign*', 'racontent', 'raconte', 'confient', 'confie', 'avouent', 'rapportent', 'admit', 'admitted',
]);
const SEXUAL_SAID = trigger(['viol*', 'rape', 'raped', 'raping', 'sexual*', 'sexuel*', 'abusee', 'abusees', 'defiled', 'molested']);
/** How many say they were raped, or null. */
export function saidRapedCount(tokens: readonly Token[]): number | null {
  if (!said(tokens, SAY_SAID) || !said(tokens, SEXUAL_SAID)) return null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const n = readCount(tokens, i);
    if (n === null || n <= 0) continue;
    let k = i + 1;
    // "2 of them say", "deux d'entre elles déclarent"
    while (k < i + 5 && (/^(of|them|d|entre|elles|eux|among|the|les|ces|these)$/.test(tokens[k]?.norm ?? '') || isPerson(tokens[k]?.norm ?? '')) && !tokens[k]!.breakBefore) k++;
    if (!SAY.test(tokens[k]?.norm ?? '') || tokens[k]!.breakBefore) continue;
    for (let j = k + 1; j <= k + 5 && j < tokens.length && !tokens[j]!.breakBefore; j++) {
      if (SEXUAL.test(tokens[j]!.norm)) return n;
      if (!SAY_FILLER.test(tokens[j]!.norm)) break;
    }
  }
  return null;
}

// Armed groups known by one name are armed people: "des Imbonerakure patrouillent avec des militaires" is a movement.
/** An `armed` hit for each armed group named by one name ("Imbonerakure", "Red-Tabara"). */
export function oneNameArmedHits(tokens: readonly Token[]): SignalHit[] {
  return oneNameGroups(tokens, new Uint8Array(tokens.length)).map(([start, end]) => ({ value: { signal: 'armed', subType: null }, start, end }));
}

// A robbery in which someone was hurt is told as the robbery: "dépouillé les passagers d'un bus, 1 blessé",
// "vaches volées, berger blessé". (A killing, a weapon wound or an attack named keeps the attack first.)
const ROBBED = /^(rob\w*|pill\w*|loot\w*|vol|vols|vole|voles|volee|volees|volent|depouill\w*|detrouss\w*|braqu\w*|stole|stolen|steal\w*|took|emport\w*|ransack\w*|cambriol\w*|carjack\w*|hijack\w*|plunder\w*|burgl\w*|effraction|broke|broken|nocturne|cassees?|forcees?)$/;
/** Goods taken and people only hurt, with no attack word: the robbery names the incident. */
export function robbedAndHurt(s: Signals, killed: boolean, injured: boolean, armedWound: boolean): boolean {
  return injured && !killed && !armedWound && !s.has('attack') && !s.has('explosive') && s.all('loot').some((h) => s.tokens.slice(h.start, h.end).some((t) => ROBBED.test(t.norm)));
}

// "SHABUNDA: … took over the mining site of Lulingu", "Walikale: attaque du village de Bunyampuli": the incident is at a
// village the gazetteer does not know, so a name shared by a town and its territory is the territory.
// (a quarter, a port or a camp "of" a town may be in the town itself: not these)
let peoples: Set<string> | undefined;
const isPeople = (w: string): boolean => (peoples ??= new Set(SIGNAL_KEYWORDS.community.filter((k): k is string => typeof k === 'string' && !k.includes(' ')))).has(w);
const SETTLEMENT = /^(village|villages|localite|locality|groupement|chefferie|chiefdom|carriere|quarry|mine|puits|hameau|hamlet|colline|hill|island|ile)$/;
const MINING = /^(mining|minier|miniers|gold|coltan|cassiterite)$/;
const SETTLEMENT_SAID = trigger([
  'village', 'villages', 'localite', 'locality', 'groupement', 'chefferie', 'chiefdom', 'carriere', 'quarry', 'mine', 'puits', 'hameau', 'hamlet',
  'colline', 'hill', 'island', 'ile', 'site',
]);
/** A settlement named by a capitalised name that no gazetteer match covers ("the mining site of Lulingu"). */
export function unknownSettlementNamed(tokens: readonly Token[], covered: readonly { start: number; end: number }[]): boolean {
  if (!said(tokens, SETTLEMENT_SAID)) return false;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // "the mining site of Lulingu", "site minier de Lulingu"
    const site = tokens[i]!.norm === 'site' ? (MINING.test(tokens[i - 1]?.norm ?? '') ? 0 : MINING.test(tokens[i + 1]?.norm ?? '') ? 1 : -1) : 0;
    if (site < 0 || (!SETTLEMENT.test(tokens[i]!.norm) && tokens[i]!.norm !== 'site')) continue;
    const at = i + site;
    if (!/^(of|de|d|du)$/.test(tokens[at + 1]?.norm ?? '') || tokens[at + 1]!.breakBefore || !tokens[at + 2] || tokens[at + 2]!.breakBefore) continue;
    const name = at + 2;
    // ("clean the village of Hutu": a people is no village's name)
    if (/^\p{Lu}\p{Ll}+/u.test(tokens[name]!.text) && !covered.some((c) => c.start <= name && name < c.end) && !isPeople(tokens[name]!.norm)) return true;
  }
  return false;
}

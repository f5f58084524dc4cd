import { missionToldHit } from '../categories/mission-as-teller.js';
import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isSingularPerson, verbAt } from '../victims/victim-words.js';

/**
 * Counts, places and doers said every way (reports17): constructions read in one pass over the tokens, with the
 * keyword hits and actor mentions the parser has already found. `readT17` gives the hits these constructions add
 * and which keyword hits they take back; each rule names its class and the look-alike it leaves alone.
 */

const hit = (signal: SignalHit['value']['signal'], start: number, end: number, subType: string | null = null): SignalHit => ({ value: { signal, subType }, start, end });

// "UN drone shot at", "UN helicopter hit by gunfire": the mission's assets said with "UN" in capitals (the French
// article "un drone" is no UN asset).
const UN_ASSET = /^(drones?|helicopters?|helos?|choppers?|aircraft|planes?|vehicles?|trucks?|apcs?|convoys?|patrols?|bases?|positions?|camps?|compound|escorts?|teams?)$/;
// "ppl taken by adf", "3 femmes prises par les ADF": people taken by a named group are abducted (goods taken stay looting).
const PEOPLE = /^(ppl|people|persons|pers|personnes|gens|civilians|civs?|civils|villagers|villageois|habitants|residents|women|wmn|femmes|men|hommes|children|enfants|girls|boys|filles|garcons|farmers|cultivateurs|youths|jeunes|motards|passengers|passagers|someone|quelqu)$/;
const TAKEN = /^(taken|tkn|pris|prises|emmenes|emmenees|amenes|amenees|embarques|embarquees|emportes|emportees)$/;
const BY = /^(by|par|na)$/;
const ARTICLE = /^(the|les|des|le|la|l)$/;
// "1,200 households moving toward Mweso", "des familles en mouvement vers Sake": households are people on the move
// (displacement, count unknown), not armed men moving.
const HOUSEHOLDS = /^(households?|hh|families|familles|menages|foyers)$/;
const ON_THE_MOVE = /^(moving|heading|fleeing|leaving|mouvement|route|partent|fuient|quittent|quittant|fuyant)$/;
// "mass movement of civilians out of Kanyabayonga", "mouvement massif des populations vers": civilians on the move.
const MOVEMENT = /^(movements?|mouvements?|mvts?|exodus|exode)$/;
const MASS = /^(mass|massive|massif|massifs|large|important|importants|grand|great|of|de|des|d|the|la|les|du)$/;
const CIVILIANS = /^(civilians|civils|population|populations|pop|residents|habitants|villagers|villageois|people|ppl|gens|families|familles|households|menages)$/;
// "kept at the barrier until they pay", "retenus à la barrière jusqu'à ce qu'ils paient": people held for a payment at a
// barrier are detained (C6); a price asked alone stays extortion.
const HELD = /^(kept|held|holding|detained|retenus?|retenues?|gardes?|gardees?|bloques?|bloquees?|detenus?|detenues?)$/;
const UNTIL = /^(until|till|jusqu|jusqua|tant)$/;
const PAY = /^(pay|paid|payer|paient|paye|payent|payment|paiement)$/;
const BARRIER = /^(barriers?|barrieres?|barrages?|checkpoints?|roadblocks?)$/;
// "threatening market women with arrest", "menacés d'arrestation": an arrest threatened is the threat, no detention.
const THREAT_WORD = /^(threat\w*|menac\w*|intimid\w*|warn\w*)$/;
const WITH = /^(with|d|de|of)$/;
// "stones thrown", "jets de pierres" between two communities with nobody hurt: the tension, not an attack.
const STONES = /^(stones|stone|pierres|stoned|stoning|lapid\w*|caillass\w*|pelted|rocks)$/;

const TWO_WORD_FIRST = /^(blue|un|moto|aid)$/;
// Every word that may start one of the constructions read in readT17's pass.
const TRIGGER = /^(taken|tkn|pris|prises|emmenes|emmenees|amenes|amenees|embarques|embarquees|emportes|emportees|households?|hh|families|familles|menages|foyers|movements?|mouvements?|mvts?|exodus|exode|kept|held|holding|detained|retenus?|retenues?|gardes?|gardees?|bloques?|bloquees?|detenus?|detenues?|barriers?|barrieres?|barrages?|checkpoints?|roadblocks?|nr|near|nearby|outside|close|pres|proximite|abords|alentours|environs|autour|around|behind|derriere|survivante|survivor|survivant|blue|un|moto|aid)$/;
// (the same words: "UN" before an asset is the word "un" too)
const T17_SAID = trigger([
  'taken', 'tkn', 'pris', 'prises', 'emmenes', 'emmenees', 'amenes', 'amenees', 'embarques', 'embarquees', 'emportes', 'emportees', 'household', 'households',
  'hh', 'families', 'familles', 'menages', 'foyers', 'movement', 'movements', 'mouvement', 'mouvements', 'mvt', 'mvts', 'exodus', 'exode', 'kept', 'held',
  'holding', 'detained', 'retenu', 'retenus', 'retenue', 'retenues', 'garde', 'gardes', 'gardee', 'gardees', 'bloque', 'bloques', 'bloquee', 'bloquees',
  'detenu', 'detenus', 'detenue', 'detenues', 'barrier', 'barriers', 'barriere', 'barrieres', 'barrage', 'barrages', 'checkpoint', 'checkpoints',
  'roadblock', 'roadblocks', 'nr', 'near', 'nearby', 'outside', 'close', 'pres', 'proximite', 'abords', 'alentours', 'environs', 'autour', 'around',
  'behind', 'derriere', 'survivante', 'survivor', 'survivant', 'blue', 'un', 'moto', 'aid',
]);

const SOURCE = /^(selon|according|per|source|sources|says|said|dit|reports|rapporte|signale)$/;

export interface T17Reading {
  hits: SignalHit[];
  /** A keyword hit these constructions read otherwise. */
  drop: (h: SignalHit) => boolean;
  /** Where one survivor is named in the singular, and one person in two words ("blue helmet"): for readT17Counts. */
  survivorAt: number;
  oneOfTwoWordsAt: number;
}

const NOTHING: T17Reading = { hits: [], drop: () => false, survivorAt: -1, oneOfTwoWordsAt: -1 };

export function readT17(tokens: readonly Token[], signalHits: readonly SignalHit[], mentionAt: (i: number) => boolean): T17Reading {
  const hits: SignalHit[] = [];
  let movedAt = -1;
  let heldForPay = false;
  let barrier = false;
  let near = false;
  let survivorAt = -1;
  let oneOfTwoWordsAt = -1;
  // (none of the words: nothing to read in the words, only in the keyword hits below)
  const scanned = said(tokens, T17_SAID) ? tokens.length : 0;
  for (let i = 0; i < scanned; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    if (t.text === 'UN' && UN_ASSET.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) hits.push(hit('peacekeeper', i, i + 2));
    // (one test per word first: most words start none of these constructions)
    if (!TRIGGER.test(w)) continue;
    if (ONE_SURVIVOR.test(w)) survivorAt = survivorAt < 0 ? i : survivorAt;
    else if (TWO_WORD_FIRST.test(w) && i + 1 < tokens.length && !tokens[i + 1]!.breakBefore && TWO_WORD_ONE.test(`${w} ${tokens[i + 1]!.norm}`) && (w !== 'un' || t.text === 'UN')) oneOfTwoWordsAt = i;
    else if (TAKEN.test(w) && i > 0 && PEOPLE.test(tokens[i - 1]!.norm) && !t.breakBefore) {
      let k = i + 1;
      if (BY.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
        k++;
        if (ARTICLE.test(tokens[k]?.norm ?? '')) k++;
        if (mentionAt(k)) hits.push(hit('abduct', i, i + 1));
      }
    } else if (HOUSEHOLDS.test(w)) {
      let k = i + 1;
      if (/^(are|were|sont|en|on|in|now)$/.test(tokens[k]?.norm ?? '')) k++;
      if (/^(the|en)$/.test(tokens[k]?.norm ?? '')) k++;
      const v = tokens[k];
      if (v && !v.breakBefore && ON_THE_MOVE.test(v.norm)) {
        hits.push(hit('displace', k, k + 1, 'on_the_move'));
        movedAt = k;
      }
    } else if (MOVEMENT.test(w)) {
      let k = i + 1;
      while (k < i + 4 && MASS.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
      if (k > i + 1 && CIVILIANS.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) {
        hits.push(hit('displace', i, i + 1, 'on_the_move'));
        movedAt = i;
      }
    } else if (HELD.test(w)) {
      for (let k = i + 1; k < tokens.length && k <= i + 8 && !tokens[k]!.stopBefore; k++) {
        if (UNTIL.test(tokens[k]!.norm) && [1, 2, 3, 4].some((d) => PAY.test(tokens[k + d]?.norm ?? ''))) {
          heldForPay = true;
          hits.push(hit('detention', i, i + 1));
          break;
        }
      }
    }
    if (BARRIER.test(w)) barrier = true;
    else if (NEAR.test(w)) near = true;
  }
  let aid = false;
  let tension = false;
  let communities = 0;
  let hurt = false;
  for (const h of signalHits) {
    const s = h.value.signal;
    // (an agency that only tells of it, "selon une ONG", is not stopped there)
    if (((s === 'humanitarian' && h.value.subType !== 'health_staff') || s === 'peacekeeper') && !SOURCE.test(tokens[h.start - 1]?.norm ?? '') && !SOURCE.test(tokens[h.start - 2]?.norm ?? '') && !SOURCE.test(tokens[h.start - 3]?.norm ?? '') && !missionToldHit(h, tokens)) aid = true;
    else if (s === 'tension') tension = true;
    else if (s === 'community') communities++;
    else if (s === 'kill' || s === 'injure' || s === 'armed' || s === 'torture') hurt = true;
  }
  const calmStones = tension && communities >= 2 && !hurt;
  // (near the site, only a person harmed and no attack on anything: shooting or bodies near the site stay the site's)
  const personHarmedNear = near && !signalHits.some((h) => h.value.signal === 'kill' || h.value.signal === 'explosive' || (h.value.signal === 'attack' && !AGENTS.test(tokens[h.start]!.norm)));
  if (hits.length === 0 && !aid && !calmStones && !near && survivorAt < 0 && oneOfTwoWordsAt < 0 && !signalHits.some((h) => h.value.signal === 'detention')) return NOTHING;
  return {
    hits,
    survivorAt,
    oneOfTwoWordsAt,
    drop: (h) => {
      const s = h.value.signal;
      // (the movement word of people on the move is no armed movement)
      if (s === 'movement' && h.start === movedAt) return true;
      // C6: money asked at a barrier of aid workers or the mission is access denied; people held there until they pay, detained.
      if (s === 'loot' && h.value.subType === 'extortion' && ((aid && barrier) || heldForPay)) return true;
      if (s === 'attack' && calmStones && tokens.slice(h.start, h.end).some((t) => STONES.test(t.norm))) return true;
      if (s === 'idpSite' && personHarmedNear && nearTheSite(tokens, h.start)) return true;
      return s === 'detention' && arrestThreatened(tokens, h.start);
    },
  };
}

// "woman raped nr Bulengo site collecting firewood", "près du site de Rhoe": the site is where it happened near, not its target.
const NEAR = /^(nr|near|nearby|outside|close|pres|proximite|abords|alentours|environs|autour|around|behind|derriere)$/;
const AGENTS = /^(attackers?|assailants?|assaillants?|gunmen|agresseurs?|auteurs?)$/;
function nearTheSite(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (tokens[k + 1]!.breakBefore) return false;
    const w = tokens[k]!.norm;
    if (NEAR.test(w)) return true;
    if (!/^(de|du|des|d|of|to|the|le|la|l|a|aux|au|ce|this|camp|site)$/.test(w)) return false;
  }
  return false;
}

// "threatening market women in Beni with arrest", "menacées d'arrestation si elles ne paient pas"
function arrestThreatened(tokens: readonly Token[], at: number): boolean {
  if (!WITH.test(tokens[at - 1]?.norm ?? '')) return false;
  for (let k = at - 2; k >= 0 && k >= at - 8; k--) {
    if (tokens[k + 1]!.stopBefore) return false;
    if (THREAT_WORD.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- counts

// "Le chef de village de Mambelenga, localité à 5 km de Komanda, abattu hier soir": one person opening the report, set
// apart by asides (a distance is no count), then the harm in the singular after a comma, is that one person.
const OPENING_ARTICLE = /^(le|la|l|the|un|une|a|an|notre|our)$/;
const DISTANCE = /^(km|kms|kilometres?|kilometers?|m|metres?|meters?|miles?|mi)$/;
// "Blue helmet injured in ambush", "UN soldier killed": the mission's staff named in two words, one person.
const TWO_WORD_ONE = /^(blue helmet|un soldier|un peacekeeper|un staff|un worker|un employee|un driver|moto driver|aid worker)$/;
// "survivante référée au CS", "the survivor was referred": one survivor in the singular, in a report of rape.
const ONE_SURVIVOR = /^(survivante|survivor|survivant)$/;

export function readT17Counts(tokens: readonly Token[], read: T17Reading, victims: Victims, sexual: boolean): void {
  if (victims.killed === null || victims.injured === null || victims.abducted === null) openingPersonHarmed(tokens, victims);
  const s = read.survivorAt;
  if (s >= 0 && sexual && victims.crsvSurvivors === null && !readNumberBefore(tokens, s)) victims.crsvSurvivors = 1;
  const i = read.oneOfTwoWordsAt;
  if (i >= 0 && tokens[i + 2] && !tokens[i + 2]!.breakBefore && !readNumberBefore(tokens, i)) {
    const verb = verbAt(tokens, i + 2);
    if ((verb === 'injured' || verb === 'killed' || verb === 'abducted') && victims[verb] === null) victims[verb] = 1;
  }
}

function readNumberBefore(tokens: readonly Token[], i: number): boolean {
  const b = tokens[i - 1];
  return !!b && !tokens[i]!.breakBefore && (/^\d/.test(b.norm) || readNumber(tokens, i - 1)?.article === false || /^(des|les|some|several|plusieurs|many|deux|trois|two|three)$/.test(b.norm));
}

function openingPersonHarmed(tokens: readonly Token[], victims: Victims): void {
  const p = OPENING_ARTICLE.test(tokens[0]?.norm ?? '') ? 1 : 0;
  if (!isSingularPerson(tokens[p]?.norm ?? '') || tokens[p]!.breakBefore) return;
  let commas = 0;
  for (let k = p + 1; k < tokens.length && k <= p + 16; k++) {
    const t = tokens[k]!;
    if (/^\d/.test(t.norm) && !DISTANCE.test(tokens[k + 1]?.norm ?? '') && !/(km|m)$/.test(t.norm)) return;
    if (!t.breakBefore) {
      // another person or a verb inside the first clause: not this construction
      if (commas === 0 && verbAt(tokens, k)) return;
      continue;
    }
    if (t.stopBefore) return;
    commas++;
    if (commas < 2) continue;
    const verb = verbAt(tokens, k) ?? (t.norm === 'shot' && tokens[k + 1]?.norm === 'dead' ? 'killed' : undefined);
    if (!verb) continue;
    if ((verb === 'killed' || verb === 'injured' || verb === 'abducted') && victims[verb] === null && !/s$/.test(t.norm)) victims[verb] = 1;
    return;
  }
}

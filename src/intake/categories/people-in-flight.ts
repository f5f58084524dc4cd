import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * People in flight said without a flight word the keyword index holds (reports23): "hundreds leaving for Lubero",
 * "pop ds la brousse", "les gens dorment à la paroisse depuis 2 nuits", "1500 ménages déplacés" beside a clash.
 * Each is a displacement hit of people on the move (subType `on_the_move`), so a rumour or a clash named beside it
 * is what they flee (constructions/tolls-and-danger.ts fleeingDanger, C9/C21). Every rule starts from a word looked
 * up in a Set (the parser's speed budget); armed men in the bush or soldiers sleeping at the parish are not people.
 */

// the people who may be in flight
const PEOPLE: ReadonlySet<string> = new Set(['population', 'pop', 'populations', 'ppl', 'people', 'gens', 'families', 'familles', 'residents', 'habitants', 'villagers', 'villageois', 'inhabitants', 'hh', 'households', 'menages', 'civilians', 'civils', 'civs', 'femmes', 'women', 'enfants', 'children', 'hundreds', 'thousands', 'centaines', 'milliers']);
// a crowd counted by a round word: "hundreds leaving", "des centaines quittent"
const CROWD: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'dozens', 'centaines', 'milliers', 'dizaines']);
const CROWD_BETWEEN: ReadonlySet<string> = new Set(['of', 'de', 'd', 'des', 'du', 'people', 'personnes', 'ppl', 'gens', 'families', 'familles', 'households', 'hh', 'menages', 'residents', 'habitants', 'civilians', 'civils', 'villagers', 'villageois', 'already', 'deja', 'are', 'were', 'have', 'ont', 'sont', 'en', 'train']);
const LEAVING: ReadonlySet<string> = new Set(['leaving', 'left', 'leave', 'moving', 'fleeing', 'fled', 'flee', 'quittent', 'quittant', 'quitte', 'partent', 'partis', 'fuient', 'fuyant', 'fui']);
// where people spend the night or hide out of their homes
const SHELTER: ReadonlySet<string> = new Set(['paroisse', 'eglise', 'church', 'parish', 'chapelle', 'chapel', 'mosquee', 'mosque', 'ecole', 'school', 'brousse', 'bush', 'foret', 'forest', 'mission', 'collines', 'hills']);
const SLEEP: ReadonlySet<string> = new Set(['dorment', 'dormir', 'dormaient', 'sleep', 'sleeping', 'slept', 'sleeps']);
const NIGHTS_VERB: ReadonlySet<string> = new Set(['passent', 'passe', 'passer', 'spend', 'spending', 'spent', 'spends']);
const NIGHT: ReadonlySet<string> = new Set(['nuit', 'nuits', 'night', 'nights']);
// words that may stand between the people and the bush: "pop ds la brousse", "people still hiding in the bush"
const TO_BUSH: ReadonlySet<string> = new Set(['ds', 'dans', 'en', 'in', 'at', 'into', 'to', 'the', 'la', 'le', 'l', 'a', 'au', 'still', 'toujours', 'encore', 'hiding', 'hidden', 'hide', 'cachee', 'cachees', 'caches', 'cache', 'se', 'refugiee', 'refugiees', 'refugies', 'refugie', 'fled', 'fui', 'ont', 'have', 'has', 'are', 'is', 'est', 'sont', 'went', 'partie', 'partis', 'reste', 'restent', 'remain', 'remains', 'staying', 'stay', 'nearby', 'voisine', 'proche', 'all', 'toute', 'entire', 'whole', 'de', 'du', 'of', 'village', 'cite']);
const HOUSEHOLDS: ReadonlySet<string> = new Set(['menages', 'households', 'hh', 'familles', 'families']);
const DISPLACED: ReadonlySet<string> = new Set(['deplaces', 'deplacees', 'displaced']);

// (each hit opens on a crowd, a shelter or a households word)
const IN_FLIGHT_SAID = trigger([...CROWD, ...SHELTER, ...HOUSEHOLDS]);
const onTheMove = (k: number): SignalHit => ({ value: { signal: 'displace', subType: 'on_the_move' }, start: k, end: k + 1 });
const isNumber = (t: Token | undefined): boolean => t !== undefined && /^\d[\d.,\s]*$/.test(t.norm);

/** Displacement hits for people in flight said in words no keyword holds; `inMention(k)` is true inside an actor's name. */
export function peopleInFlightHits(tokens: readonly Token[], inMention: (k: number) => boolean): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, IN_FLIGHT_SAID)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (CROWD.has(w)) {
      for (let k = i + 1; k < tokens.length && k <= i + 5 && !tokens[k]!.breakBefore; k++) {
        if (LEAVING.has(tokens[k]!.norm)) {
          out.push(onTheMove(k));
          break;
        }
        if (!CROWD_BETWEEN.has(tokens[k]!.norm)) break;
      }
    } else if (SHELTER.has(w) && peopleBefore(tokens, i, inMention)) out.push(onTheMove(i));
    else if (HOUSEHOLDS.has(w) && isNumber(tokens[i - 1]) && DISPLACED.has(tokens[i + 1]?.norm ?? '')) out.push(onTheMove(i + 1));
  }
  return out;
}

// People (not armed men) before a shelter word, with only small words, a hiding or a night's sleep between.
function peopleBefore(tokens: readonly Token[], at: number, inMention: (k: number) => boolean): boolean {
  let slept = false;
  for (let k = at - 1; k >= 0 && k >= at - 7; k--) {
    const t = tokens[k]!;
    if (inMention(k)) return false;
    if (PEOPLE.has(t.norm)) return slept || bushOnly(tokens, k, at);
    if (SLEEP.has(t.norm) || (NIGHT.has(t.norm) && NIGHTS_VERB.has(tokens[k - 1]?.norm ?? ''))) slept = true;
    else if (NIGHTS_VERB.has(t.norm)) slept = slept || NIGHT.has(tokens[k + 1]?.norm ?? '') || NIGHT.has(tokens[k + 2]?.norm ?? '');
    else if (!TO_BUSH.has(t.norm) && !isNumber(t) && !NIGHT.has(t.norm)) return false;
    if (t.breakBefore) return false;
  }
  return false;
}

// Only the bush or the forest is a shelter without a night said: "pop ds la brousse", not "people at the school".
function bushOnly(tokens: readonly Token[], from: number, at: number): boolean {
  const w = tokens[at]!.norm;
  return (w === 'brousse' || w === 'bush' || w === 'foret' || w === 'forest') && from < at;
}

import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * People said to be leaving in words the keyword index reads as armed men moving, or does not read (pending reports31):
 *  - "les personnes en mouvement", "population en mouvement vers Mutwanga", "people on the move", "families on the move":
 *    people before the words of moving are displaced people, not a movement of armed men;
 *  - "la population a commencé à quitter ses villages", "les habitants quittent leurs maisons", "villagers started
 *    abandoning their homes": people leaving their homes flee (C9 names the group they fear).
 * Not armed men leaving ("les ADF ont quitté le village" is the group gone, group-left.ts): the people must be said.
 */
const PEOPLE = /^(population|populations|pop|personnes|people|ppl|gens|habitants|inhabitants|residents|menages|households|hh|familles|families|villageois|villagers|civils|civilians|deplaces|displaced|idps)$/;
const BETWEEN = /^(de|des|du|d|of|the|les|la|l|ces|these|those|nombreux|nombreuses|many|plusieurs|several|deja|already|toujours|still|encore|sont|are|were|etaient)$/;

/** "personnes en mouvement", "people on the move": a displacement hit where the movement keyword starts. */
function onTheMoveAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  const next = tokens[i + 1];
  if (!next || next.breakBefore) return false;
  if (w === 'en') return /^(mouvement|mouvements|deplacement|route|fuite)$/.test(next.norm);
  if (w === 'on') return (next.norm === 'the' && /^(move|run|road)$/.test(tokens[i + 2]?.norm ?? '')) || next.norm === 'move';
  return false;
}

// (a Set: looked up for every word of every report)
const LEAVE = new Set(['quitter', 'quitte', 'quittent', 'quittant', 'quittaient', 'quittes', 'quittees', 'abandonner', 'abandonnent', 'abandonnant', 'leaving', 'leave', 'left', 'abandoning', 'abandon', 'abandoned', 'deserting', 'deserted']);
// (on the move said after "en"/"on", or leaving one's homes)
const ON_THE_MOVE_SAID = trigger(['mouvement', 'mouvements', 'deplacement', 'route', 'fuite', 'move', 'run', 'road', ...LEAVE]);
const OWN = /^(ses|leurs|leur|son|sa|their|his|her|les|the)$/;
const HOMES = /^(villages?|maisons?|domiciles?|foyers?|localites?|quartiers?|homes?|houses?|cases|habitations?|champs|fields)$/;

/** People leaving their homes: "a commencé à quitter ses villages", "quittent leurs maisons", "started leaving their homes". */
function leavingHomesAt(tokens: readonly Token[], i: number): boolean {
  if (!LEAVE.has(tokens[i]!.norm) || !OWN.test(tokens[i + 1]?.norm ?? '') || !HOMES.test(tokens[i + 2]?.norm ?? '')) return false;
  if (tokens[i + 1]!.breakBefore || tokens[i + 2]!.breakBefore) return false;
  return peopleBefore(tokens, i, 10);
}

function peopleBefore(tokens: readonly Token[], i: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    if (PEOPLE.test(tokens[k]!.norm)) return true;
    if (tokens[k + 1]!.breakBefore) return false;
  }
  return false;
}

/** Displacement hits for people on the move or leaving their homes (read with the other people-moving hits). */
export function peopleOnTheMoveHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, ON_THE_MOVE_SAID)) return out;
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if ((w === 'en' || w === 'on') && onTheMoveAt(tokens, i) && (PEOPLE.test(tokens[i - 1]!.norm) || (BETWEEN.test(tokens[i - 1]!.norm) && peopleBefore(tokens, i - 1, 2))) && !tokens[i]!.breakBefore) {
      out.push({ value: { signal: 'displace', subType: null }, start: i, end: i + 1 });
    } else if (LEAVE.has(w) && leavingHomesAt(tokens, i)) {
      out.push({ value: { signal: 'displace', subType: null }, start: i, end: i + 1 });
    }
  }
  return out;
}

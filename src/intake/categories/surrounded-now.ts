import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * C10, two more ways an attack is said to go on: armed men surrounding a village, a site or a town now ("armed men
 * surrounding Rhoe site, residents trapped", "des hommes armés encerclent le village de Lopa", "Kitchanga est
 * encerclée") and the attackers still there ("les assaillants sont toujours dans le village", "attackers still in
 * Mamove"). Each is an attack on the place, under way (critical). A home surrounded with shouts stays a threat
 * (vocabulary/confused-categories.ts); a past encirclement ("ont encerclé puis tué…") tells of no attack going on.
 */
const SURROUNDING = new Set(['encerclent', 'encerclant', 'cernent', 'cernant', 'assiegent', 'assiegeant', 'surrounding', 'encircling', 'besieging', 'besiege', 'besieged', 'encircle', 'surround']);
// "est encerclé", "sont encerclés", "is surrounded", "still surrounded", "toujours encerclée"
const SURROUNDED = new Set(['encercle', 'encerclee', 'encercles', 'encerclees', 'cerne', 'cernee', 'cernes', 'cernees', 'assiege', 'assiegee', 'assieges', 'assiegees', 'surrounded', 'encircled']);
const NOW_AUX = new Set(['est', 'sont', 'is', 'are', 'toujours', 'still', 'encore', 'currently', 'actuellement', 'being']);
// a group's positions surrounded is an operation against it, no attack on a place ("FARDC encerclent les positions ADF")
const POSITIONS = new Set(['positions', 'position', 'bastion', 'bastions', 'hideout', 'hideouts', 'repaire', 'repaires', 'fief', 'stronghold', 'strongholds', 'cachette']);
const HOME = new Set(['maison', 'maisons', 'domicile', 'parcelle', 'house', 'houses', 'home', 'homes', 'residence', 'compound']);
const ATTACKERS = new Set(['assaillants', 'assaillant', 'attackers', 'assailants', 'agresseurs', 'attaquants', 'raiders']);
const SURROUNDED_SAID = trigger([...SURROUNDING, ...SURROUNDED, ...ATTACKERS]);
const STILL = new Set(['toujours', 'still', 'encore']);
// where they still are: "in the village", "dans le village", "à Mamove", "there", "sur place"
const THERE = new Set(['in', 'dans', 'a', 'at', 'inside', 'there', 'la', 'sur', 'present', 'presents', 'around', 'autour', 'ndani']);

export function surroundedNowHits(tokens: readonly Token[], armed: boolean): SignalHit[] {
  if (!armed || !said(tokens, SURROUNDED_SAID)) return [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // ("attacks in the surrounding villages": the adjective)
    const adjective = (w === 'surrounding' || w === 'environnants') && /^(the|in|les|des|of|and|et)$/.test(tokens[i - 1]?.norm ?? '');
    const now = (SURROUNDING.has(w) && !adjective) || (SURROUNDED.has(w) && NOW_AUX.has(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore);
    if (now && !homeAfter(tokens, i) && !forcesBefore(tokens, i)) return hits(i);
    // "les assaillants sont toujours dans le village", "attackers still in Mamove"
    if (ATTACKERS.has(w)) {
      let k = i + 1;
      if (['sont', 'are', 'is', 'est', 'etaient', 'were'].includes(tokens[k]?.norm ?? '')) k++;
      if (STILL.has(tokens[k]?.norm ?? '') && THERE.has(tokens[k + 1]?.norm ?? '') && !tokens[k]!.breakBefore) return hits(i);
    }
  }
  return [];
}

// the state's forces or peacekeepers surrounding a place are an operation ("FARDC surrounding Mbau after ADF sighting")
const FORCES = new Set(['fardc', 'pnc', 'police', 'army', 'armee', 'soldiers', 'soldats', 'militaires', 'military', 'policiers', 'monusco', 'peacekeepers', 'bleus', 'troops', 'forces', 'loyalistes']);
function forcesBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    if (FORCES.has(tokens[k]!.norm)) return true;
    if (tokens[k]!.breakBefore) break;
  }
  return false;
}

function homeAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (HOME.has(tokens[k]!.norm) || POSITIONS.has(tokens[k]!.norm)) return true;
  }
  // "his house was surrounded", "la maison du chef encerclée"
  for (let k = i - 1; k >= i - 5 && k >= 0; k--) if (HOME.has(tokens[k]!.norm)) return true;
  return false;
}

const hits = (i: number): SignalHit[] => [
  { value: { signal: 'attack', subType: null }, start: i, end: i + 1 },
  { value: { signal: 'underway', subType: 'surrounded' }, start: i, end: i + 1 },
];

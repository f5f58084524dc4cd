import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { isPerson } from '../victims/victim-words.js';

/**
 * "frappé" alone is no harm word (a bullet, lightning, a crisis strike too; vocabulary/everyday-kivu.ts reads only its
 * beating phrases: "frappé à coups de", "frappé et"). People "frappés par" a doer were beaten: "2 volontaires de la
 * Croix-Rouge frappés par des Wazalendo", "un motard frappé par des militaires", "3 élèves frappées par les policiers".
 * The doer right after "par" is an actor named or a force's or armed men's word, and people stand before the verb in
 * its clause: a torture hit on the verb. Civilians who beat are doers too: "volontaires croix rouge frappés par des jeunes",
 * "un voleur frappé par la foule" (reports51; the category then follows who was beaten and by whom). Read only when the text holds "frapp" (no scan otherwise).
 * Look-alikes: "frappé par une balle perdue", "frappés par la foudre", "villages frappés par les inondations",
 * "la population frappée par la crise" (no doer, or no person).
 */
const STRUCK = new Set(['frappe', 'frappes', 'frappee', 'frappees']);
const ARTICLE = /^(des|les|un|une|de|d|l|le|la|deux|trois|quelques|plusieurs|\d+)$/;
const DOER = /^(militaires?|soldats?|policiers?|agents?|hommes|elements?|miliciens?|bandits?|assaillants?|inconnus?|combattants?|rebelles?|gardes?|gendarmes?|wazalendo|mai|maimai|jeunes|voisins?|foule|villageois|manifestants|creuseurs|motards)$/;
// (a word naming the doer is no one beaten: "frappés par des militaires", not the soldiers)
const NOT_VICTIM = /^(de|d|des|du|la|le|les|l|un|une|police|policiers?|soldats?|militaires?|agents?|elements?|armed|men|hommes|red|cross|croix|rouge)$/;

export function struckByDoerHits(description: string, tokens: readonly Token[], mentionAt: (k: number) => boolean): SignalHit[] {
  if (!description.includes('frapp') && !description.includes('FRAPP')) return [];
  const hits: SignalHit[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!STRUCK.has(tokens[i]!.norm) || tokens[i + 1]!.norm !== 'par' || tokens[i + 1]!.breakBefore) continue;
    if (!doerAfter(tokens, i + 2, mentionAt) || !personBefore(tokens, i)) continue;
    hits.push({ value: { signal: 'torture', subType: null }, start: i, end: i + 1 });
  }
  return hits;
}

function doerAfter(tokens: readonly Token[], k: number, mentionAt: (k: number) => boolean): boolean {
  for (let j = k; j <= k + 2 && j < tokens.length; j++) {
    if (mentionAt(j) || DOER.test(tokens[j]!.norm)) return true;
    if (!ARTICLE.test(tokens[j]!.norm)) return false;
  }
  return false;
}

// People in the verb's clause before it: "2 volontaires de la Croix-Rouge frappés", "un motard frappé".
function personBefore(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 7; k--) {
    if (isPerson(tokens[k]!.norm) && !NOT_VICTIM.test(tokens[k]!.norm)) return true;
    if (tokens[k]!.breakBefore) return false;
  }
  return false;
}

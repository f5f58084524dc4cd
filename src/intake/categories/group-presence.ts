import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * An armed group named, with no word of harm, fear or denial anywhere and nothing else the parser
 * knows: the group's presence is the report ("Mai-Mai Kifuafua au marché de Pinga ce matin", "ADF
 * elements spotted in the Mayangose forest"). Field reports of sightings use verbs without number
 * ("signalés", "aperçus", "wameonekana", "were around"), so the named group says more than any list
 * of them: on unseen reports, movements with no known word were the largest share read as `other`.
 * A harm, a fear or a denial said in any form, even one the parser set aside, keeps `other`: the text
 * is about something else ("on craint une attaque des CODECO", "ADF ont attaqué…? faux"); so does a
 * group said to be absent ("no ADF seen today", "pas d'ADF signalés").
 */
const NOT_PRESENCE = new Set(['kill', 'injure', 'attack', 'fighting', 'abduct', 'sexual', 'loot', 'threat', 'fear', 'inquiry', 'detention', 'torture', 'displace', 'response']);

export function groupPresenceOnly(rawHits: readonly SignalHit[], tokens: readonly Token[], groupsAt: readonly number[]): boolean {
  return groupsAt.length > 0 && !rawHits.some((h) => NOT_PRESENCE.has(h.value.signal)) && !groupsAt.some((at) => saidAbsent(tokens, at));
}

// "no", "pas de", "aucun", "sans", "hakuna", "zero" right before (one article or "sign of" between at most).
const NONE = /^(no|not|none|pas|aucun|aucune|sans|hakuna|zero|nor)$/;
const BETWEEN = new Set(['de', 'd', 'des', 'du', 'sign', 'signs', 'trace', 'traces', 'of', 'any', 'more', 'plus', 'new', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux',
  'movement', 'movements', 'mouvement', 'mouvements', 'mvt', 'mvts', 'mouvmt', 'mvmt', 'presence', 'element', 'elements', 'activity', 'activite', 'activites', 'incursion', 'incursions']);

/** True when the word at `at` is said to be absent: "no ADF seen", "pas de mouvement", "aucune trace des CODECO". */
export function saidAbsent(tokens: readonly Token[], at: number, inGroupName: (k: number) => boolean = () => false): boolean {
  for (let k = at - 1, between = 0; k >= 0 && between <= 4; k--, between++) {
    if (tokens[k + 1]!.breakBefore) return false;
    const word = tokens[k]!.norm;
    if (NONE.test(word)) return true;
    if (!BETWEEN.has(word) && !inGroupName(k)) return false;
  }
  return false;
}

/** A movement word said to be absent ("no movement reported", "no ADF seen", "aucun mouvement signalé") reports no movement. */
export function movementAbsent(h: SignalHit, tokens: readonly Token[], inGroupName: (k: number) => boolean): boolean {
  return h.value.signal === 'movement' && saidAbsent(tokens, h.start, inGroupName);
}

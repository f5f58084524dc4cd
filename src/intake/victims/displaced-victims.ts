import type { VictimKey } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { verbAt } from './victim-words.js';

/**
 * Displaced people harmed: "Deux déplacés du site de Plaine Savo tués dans leurs champs", "3 IDPs from Bulengo
 * abducted", "ont tabassé 3 déplacés". "Déplacés" says who they are; the harm owns the count (2 killed, no
 * displacement counted), as "3 déplacés tués" already reads.
 * - `harmBefore`: a harm or a beating right before the people ("tabassé 3 déplacés", "attacked 5 IDPs"): not a count of
 *   the displaced (the harm's own reading counts them, C3).
 * - `harmAfter`: the harm after the people and where they live ("du site de X", "from X site", "of X camp"): its key.
 */
const BEATEN = /^(tabass\w*|battu\w*|frapp\w*|fouett\w*|bastonn\w*|chicott\w*|molest\w*|agress\w*|beat|beaten|beating|whipped|flogged|assaulted|attacked|attaque|attaques|attaquee|attaquees|menac\w*|threatened|harass\w*|harcel\w*|tortur\w*|raped|violee?s?)$/;
const AUX = /^(ont|a|have|has|had|were|was|sont|ete|also|aussi)$/;
export function harmBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(les|des|the|some|quelques|nos|our)$/.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore) return false;
  const w = tokens[k]!.norm;
  if (BEATEN.test(w)) return true;
  const verb = verbAt(tokens, k);
  return verb !== undefined && verb !== 'displaced' && verb !== 'childrenAffected' && AUX.test(tokens[k - 1]?.norm ?? '');
}

// Where they live, between the people and the harm: "du site de Plaine Savo", "from Bulengo site", "of Rhoe camp".
const HOME = /^(du|de|d|des|from|of|in|au|a|site|sites|camp|camps|the|la|le|l|idp|pdi|deplaces|centre|collectif|collective)$/;
export function harmAfter(tokens: readonly Token[], next: number): VictimKey | null {
  for (let k = next, words = 0; k < tokens.length && words <= 7; k++, words++) {
    if (tokens[k]!.breakBefore) return null;
    const verb = verbAt(tokens, k);
    if (verb && verb !== 'displaced' && verb !== 'childrenAffected') return words > 0 ? verb : null;
    if (!HOME.test(tokens[k]!.norm) && !/^\p{Lu}/u.test(tokens[k]!.text)) return null;
  }
  return null;
}

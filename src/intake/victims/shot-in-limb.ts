import type { Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { isPerson, isSingularPerson } from './victim-words.js';

/**
 * A shot that names where it hit the body is a wound, not a killing (reports29): "shot a moto driver in the leg" (1
 * injured), "soldiers shot 2 civilians in the legs" (2), "a tiré sur un motard à la jambe" (1), "lui a tiré une balle
 * dans le pied" is read elsewhere. And the active French "a blessé par balle 2 civils" counts the people after the
 * phrase (2), not one wounded by a bullet. Only a count still unknown is filled, except the "blessé par balle N"
 * count, which is the one the sentence states. Called only when the description holds "shot", "tir" or "par balle".
 */
const SHOT = new Set(['shot', 'shoots', 'shooting', 'tire', 'tiré', 'tiree', 'tirent', 'tiraient', 'tirait']);
const IN = new Set(['in', 'into', 'a', 'au', 'aux', 'dans']);
const ARTICLE = new Set(['the', 'his', 'her', 'their', 'both', 'la', 'le', 'l', 'les', 'sa', 'son', 'ses', 'leurs']);
const BODY = /^(jambes?|bras|tete|pieds?|mains?|cuisses?|ventre|dos|epaules?|poitrine|visage|genoux?|fesses?|hanches?|mollets?|legs?|arms?|head|foot|feet|hands?|thighs?|chest|shoulders?|back|stomach|knees?|buttocks|hips?|calf|ankles?)$/;
const ON = new Set(['sur', 'at', 'on']);
const WOUNDED_FR = new Set(['blesse', 'blesses', 'blessee', 'blessees']);

export function shotInLimb(tokens: readonly Token[], description: string, victims: Victims): void {
  if (description.includes('par balle')) woundedByBulletCount(tokens, victims);
  if (victims.injured !== null || victims.killed !== null) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!SHOT.has(tokens[i]!.norm)) continue;
    const n = shotPersonInBody(tokens, i);
    if (n !== null) {
      victims.injured = n;
      return;
    }
  }
}

// "shot (at) a moto driver in the leg", "a tiré sur un motard à la jambe": the person (counted or one) then the body part
function shotPersonInBody(tokens: readonly Token[], i: number): number | null {
  let k = i + 1;
  if (ON.has(tokens[k]?.norm ?? '')) k++;
  let count: number | null = null;
  const n = readNumber(tokens, k);
  if (n && !n.zero) {
    count = n.article ? 1 : n.value;
    k = n.next;
  } else if (/^(the|le|la|l)$/.test(tokens[k]?.norm ?? '')) {
    k++;
  }
  // a person noun, at most one word before it ("moto driver", "young man")
  let who = -1;
  for (let j = k; j <= k + 2 && j < tokens.length; j++) {
    if (tokens[j]!.breakBefore && j > i + 1) return null;
    if (isPerson(tokens[j]!.norm)) {
      who = j;
      if (!isPerson(tokens[j + 1]?.norm ?? '')) break;
    }
  }
  if (who < 0) return null;
  if (count === null) {
    if (!isSingularPerson(tokens[who]!.norm)) return null;
    count = 1;
  }
  let b = who + 1;
  if (!IN.has(tokens[b]?.norm ?? '') || tokens[b]!.breakBefore) return null;
  b++;
  if (ARTICLE.has(tokens[b]?.norm ?? '')) b++;
  return BODY.test(tokens[b]?.norm ?? '') && !tokens[b]!.breakBefore ? count : null;
}

// "a blessé par balle 2 civils", "ont blessé par balles trois passants": the people counted after the phrase
function woundedByBulletCount(tokens: readonly Token[], victims: Victims): void {
  for (let i = 1; i + 3 < tokens.length; i++) {
    if (!WOUNDED_FR.has(tokens[i]!.norm) || tokens[i + 1]!.norm !== 'par' || !/^balles?$/.test(tokens[i + 2]!.norm)) continue;
    if (!/^(a|ont|avait|avaient|aurait|auraient)$/.test(tokens[i - 1]!.norm)) continue;
    const n = readNumber(tokens, i + 3);
    if (!n || n.zero || tokens[i + 3]!.breakBefore || !isPerson(tokens[n.next]?.norm ?? '')) continue;
    victims.injured = n.article ? 1 : n.value;
    return;
  }
}

import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';

/**
 * Armed groups mobilising are on the move, not a tension between communities: "codeco + zaire mobilising nr largu, 200
 * armed youths", "les Wazalendo se mobilisent vers Kalengera", "Mai-Mai en mobilisation à Lulimba" (reports39). The
 * tension hit of a "mobilis-" word whose subject is a named armed group (a few words before, same clause) is a movement.
 * Kept: "Hema youths mobilising against the Lendu" (a community: the tension), "mobilisation des jeunes hema", "CODECO
 * mobilise les jeunes contre les Hema" (against a people).
 */
const MOBILISE = /^(mobilis\w*|mobiliz\w*|mobilising|mobilizing)$/;
const BETWEEN = /^(\+|and|et|&|se|s|are|is|sont|en|now|still|toujours|elements|elts|fighters|combattants|miliciens|militias?|groups?|groupes?)$/;

export function groupMobilising(h: SignalHit, tokens: readonly Token[], groupEndsAt: (k: number) => boolean): boolean {
  if (h.value.signal !== 'tension' || !MOBILISE.test(tokens[h.start]!.norm)) return false;
  // ("CODECO mobilising youths against the Hema": against a people, the tension stays)
  for (let k = h.start + 1; k < tokens.length && k <= h.start + 5 && !tokens[k]!.breakBefore; k++) if (/^(against|contre)$/.test(tokens[k]!.norm)) return false;
  for (let k = h.start; k >= 1 && k >= h.start - 5; k--) {
    if (tokens[k]!.breakBefore && k !== h.start) return false;
    if (groupEndsAt(k)) return true;
    if (k < h.start && !BETWEEN.test(tokens[k]!.norm)) return false;
  }
  return false;
}

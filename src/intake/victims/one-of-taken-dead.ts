import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';

/**
 * One of the people taken found dead (reports43, C27): "2 femmes enlevées par les ADF au champ, l'une retrouvée morte hier",
 * "3 cultivateurs enlevés, un retrouvé mort ce matin", "2 women abducted, one found dead". The dead is one; the count
 * reader gave the taken number to the death ("2 … morte" read as 2 killed). Only when a number of people taken opens the
 * report's clause before it, and the killed count read equals that number. C27: abducted is the number taken (or unknown).
 * Look-alikes: "2 femmes enlevées, les deux retrouvées mortes" (both: 2), "un homme retrouvé mort" (no taking before).
 */
const ONE = new Set(['une', 'un', 'one']);
const FOUND = /^(retrouvee?|found|decouverte?|discovered)$/;
const DEAD = /^(morte?|dead|sans|lifeless|tuee?|killed)$/;
const TAKEN = /^(enlevee?s|kidnappee?s|abducted|kidnapped|taken|pris|prises|emmenee?s)$/;

export function oneOfTakenDead(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed === null || victims.killed < 2) return;
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!ONE.has(tokens[i]!.norm) || (!tokens[i]!.breakBefore && tokens[i - 1]!.norm !== 'l')) continue;
    let k = i + 1;
    if (/^(of|d)$/.test(tokens[k]!.norm) && /^(them|eux|elles)$/.test(tokens[k + 1]?.norm ?? '')) k += 2;
    if (/^(was|a|est|ete)$/.test(tokens[k]?.norm ?? '')) k++;
    if (!FOUND.test(tokens[k]?.norm ?? '') || !DEAD.test(tokens[k + 1]?.norm ?? '')) continue;
    const taken = takenCountBefore(tokens, i);
    if (taken === victims.killed) {
      victims.killed = 1;
      if (victims.abducted === null) victims.abducted = taken;
      return;
    }
  }
}

// "2 femmes enlevées", "3 farmers abducted": the number of people taken, in the words before `at`.
function takenCountBefore(tokens: readonly Token[], at: number): number | null {
  for (let k = at - 1; k >= 0 && k >= at - 14; k--) {
    if (!TAKEN.test(tokens[k]!.norm)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const n = readNumber(tokens, j);
      if (n && !n.zero && n.next <= k) return n.value;
    }
  }
  return null;
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * People counted as the subject of a first harm, then "beaten" in a clause of their own after a comma (C3; reports26):
 * "two of their staff were stopped by armed men on the RN5 near Sange, beaten and robbed", "3 traders were stopped at the
 * barrier, whipped and released", "deux commerçants ont été interceptés près de Sange, tabassés et dépouillés". The
 * beating shares the counted subject, so they are the injured. Only where no reader counted injured, and only from a
 * beating word opening its clause (no scan otherwise). Look-alikes: "3 traders robbed, the driver beaten" (another
 * subject), "2 killed, others beaten" (a word between).
 */
const BEATEN_WORDS = ['beaten', 'whipped', 'flogged', 'battus', 'battues', 'tabasses', 'tabassees', 'fouettes', 'fouettees', 'bastonnes', 'bastonnees', 'molestes', 'molestees'];
const BEATEN = oneOf(BEATEN_WORDS);
const BEATEN_SAID = trigger(BEATEN_WORDS);
const PASSIVE = /^(were|was|have|had|been|got|ont|ete|sont|furent|etaient)$/;
const OF_THEIRS = /^(of|de|d|their|its|leurs|leur|ses|his|her|the|les|des)$/;

export function stoppedThenBeaten(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || !said(tokens, BEATEN_SAID)) return;
  for (let b = 1; b < tokens.length; b++) {
    if (!BEATEN.test(tokens[b]!.norm) || !tokens[b]!.breakBefore || tokens[b]!.stopBefore) continue;
    // back to the start of the sentence: the first count followed by people and a passive verb
    let s = b - 1;
    while (s > 0 && !tokens[s]!.stopBefore) s--;
    for (let i = s; i < b - 2; i++) {
      const n = readNumber(tokens, i);
      if (!n || n.article || n.zero) continue;
      let k = n.next;
      while (k < n.next + 2 && OF_THEIRS.test(tokens[k]?.norm ?? '')) k++;
      if (!isPerson(tokens[k]?.norm ?? '') || !PASSIVE.test(tokens[k + 1]?.norm ?? '')) continue;
      victims.injured = n.value;
      return;
    }
  }
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * A follow-up on people taken, some of whom were found dead, counts those dead (reports34): "2 of the abducted farmers
 * found dead in the bush", "deux des cultivateurs enlevés retrouvés morts", "3 of the hostages were killed", "1 des otages
 * exécuté". The part is the killed count (how many were taken is often not said again). Look-alikes: "2 of the abducted
 * farmers escaped" (no death), "2 bodies found" (no part of those taken; read as killed elsewhere).
 */
const OF = /^(of|des|d|parmi|among|de)$/;
const ART = /^(the|les|ces|those|these|nos|their|leurs)$/;
const TAKEN = /^(abducted|kidnapped|taken|hostages?|captives?|otages?|enleve\w*|kidnappe\w*|captifs?|captives?|pris)$/;
const DEAD = /^(dead|killed|executed|morts?|mortes?|tues?|tuees?|executee?s?|assassine\w*|decapite\w*|beheaded|lifeless|sans)$/;
const TAKEN_SAID = trigger(['abducted', 'kidnapped', 'taken', 'hostage', 'hostages', 'captive', 'captives', 'otage', 'otages', 'enleve*', 'kidnappe*', 'captif', 'captifs', 'pris']);
const DEAD_SAID = trigger(['dead', 'killed', 'executed', 'mort', 'morts', 'morte', 'mortes', 'tue', 'tues', 'tuee', 'tuees', 'execute', 'executes', 'executee', 'executees', 'assassine*', 'decapite*', 'beheaded', 'lifeless', 'sans']);
const LINK = /^(found|were|was|have|been|ont|ete|sont|est|retrouvee?s?|retrouves?|later|since|depuis|discovered|decouvert\w*)$/;

export function takenFoundDead(tokens: readonly Token[], victims: Victims): void {
  if (victims.killed !== null || !said(tokens, TAKEN_SAID) || !said(tokens, DEAD_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.article) continue;
    let k = n.next;
    if (!OF.test(tokens[k]?.norm ?? '') || tokens[k]!.stopBefore) continue;
    k++;
    if (ART.test(tokens[k]?.norm ?? '')) k++;
    let taken = false;
    const end = k + 3;
    // ("the abducted farmers", "des cultivateurs enlevés": the taken word before or after the people)
    for (; k < end && tokens[k] && !tokens[k]!.stopBefore && !LINK.test(tokens[k]!.norm) && !DEAD.test(tokens[k]!.norm); k++) if (TAKEN.test(tokens[k]!.norm)) taken = true;
    if (!taken) continue;
    while (k < n.next + 10 && tokens[k] && !tokens[k]!.stopBefore && LINK.test(tokens[k]!.norm)) k++;
    if (tokens[k] && !tokens[k]!.stopBefore && DEAD.test(tokens[k]!.norm)) {
      victims.killed = n.value;
      return;
    }
  }
}

import type { VictimKey, Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { isPerson, verbAt } from './victim-words.js';

/**
 * People counted, then what they were doing, then what was done to them: "4 women fetching water abducted by ADF",
 * "3 farmers working in their fields killed", "2 femmes qui puisaient de l'eau enlevées", "5 cultivateurs partis aux champs
 * tués". The activity between the people and the verb kept the count from its verb (reports39). A few words of
 * activity, in one clause, no number among them; counted only where no other reading gave that count.
 * Also the people "pris par" an armed group (C23): "3 jeunes pris par des hommes armés" (the state's taking stays a
 * detention: `byGroup` false), their village between ("3 femmes de Bambo prises par des éléments M23").
 * Look-alikes: "4 women fetching water saw 2 men abducted" (a number in between), "2 farmers going to the fields, one was
 * killed" (a clause break).
 */
const NOT_ACTIVITY = new Set(['including', 'during', 'according', 'nothing', 'something', 'morning', 'evening', 'bring', 'following']);
const QUI = new Set(['qui', 'partis', 'parties', 'allees', 'alles', 'venus', 'venues', 'en']);
const TAKEN = new Set(['pris', 'prises', 'ramasses', 'ramassees', 'embarques', 'embarquees', 'emmenes', 'emmenees']);
const KEYS: readonly VictimKey[] = ['killed', 'abducted', 'injured'];

export function countThenActivity(tokens: readonly Token[], victims: Victims, byGroup: boolean): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.value < 1 || n.value > 500) continue;
    const p = n.next;
    if (!isPerson(tokens[p]?.norm ?? '')) continue;
    const a = tokens[p + 1];
    if (!a || a.breakBefore) continue;
    // (their village between them and the taking: "3 femmes de Bambo prises par des éléments M23", t47c)
    const home = /^(de|du|d)$/.test(a.norm) && /^[A-Z]/.test(tokens[p + 2]?.text ?? '') && !tokens[p + 2]!.breakBefore ? 2 : 0;
    const taken = tokens[p + 1 + home];
    if (byGroup && taken && !taken.breakBefore && TAKEN.has(taken.norm) && tokens[p + 2 + home]?.norm === 'par' && victims.abducted === null) {
      victims.abducted = n.value;
      continue;
    }
    const activity = QUI.has(a.norm) || (a.norm.length > 4 && a.norm.endsWith('ing') && !NOT_ACTIVITY.has(a.norm));
    if (!activity) continue;
    for (let v = p + 2; v < tokens.length && v <= p + 6; v++) {
      if (tokens[v]!.breakBefore || readNumber(tokens, v)) break;
      const key = verbAt(tokens, v);
      if (!key) continue;
      if (KEYS.includes(key) && victims[key] === null) victims[key] = n.value;
      break;
    }
  }
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { VICTIM_VERBS } from './victim-vocabulary.js';
import { said, trigger } from '../triggers.js';

/**
 * Members of the host forces counted by the force's name with no noun (reports28): "3 civ dead, 1 FARDC wounded",
 * "2 FARDC tués", "1 PNC blessé". The general readers want a person word after the number; the force's name stands for
 * its soldiers or officers here, and they are counted among the harmed as the labels count "1 FARDC soldier wounded".
 * Only a count the readers left unknown is set, and only where no other count of that harm was read.
 */
const FORCE_WORDS = ['fardc', 'pnc', 'fardcs'];
const FORCE: ReadonlySet<string> = new Set(FORCE_WORDS);
const FORCE_SAID = trigger(FORCE_WORDS);

export function countedForce(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, FORCE_SAID)) return;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!FORCE.has(tokens[i]!.norm) || tokens[i + 1]!.breakBefore || tokens[i]!.breakBefore && !/^\d+$/.test(tokens[i - 1]!.norm)) continue;
    const key = VICTIM_VERBS[tokens[i + 1]!.norm];
    if (!key || key === 'displaced' || victims[key] !== null) continue;
    const n = readNumber(tokens, i - 1);
    if (n && !n.article && n.next === i && n.value > 0 && n.value < 100) victims[key] = n.value;
    else if (/^\d{1,2}$/.test(tokens[i - 1]!.norm) && Number(tokens[i - 1]!.norm) > 0) victims[key] = Number(tokens[i - 1]!.norm);
  }
}

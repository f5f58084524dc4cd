import type { Victims } from '../../domain/alert.js';
import { readNumber } from '../numbers.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Hostages who escaped or were freed, told after the taking, are among those taken (C7): "un groupe armé a enlevé 5
 * personnes à Bibokoboko. … Deux otages se sont échappés jeudi", "ADF abducted 5 people in Boga. 2 hostages escaped". The
 * victim reader added both numbers (7); the taking's number stands (reports39). Only when the sum is what was read and
 * the taking's number is written in the text before the hostages.
 * Kept: "2 hostages escaped" alone (2), "5 abducted, 2 more taken the next day" (no escape: 7).
 */
const HOSTAGES_WORDS = ['otages', 'hostages', 'captives', 'captifs', 'abductees', 'enleves', 'kidnappes'];
const HOSTAGES = oneOf(HOSTAGES_WORDS);
const AWAY_WORDS = ['echappes', 'echappees', 'evades', 'evadees', 'escaped', 'fled', 'freed', 'released', 'liberes', 'liberees', 'relaches', 'relachees', 'relaxes', 'rescued', 'wametoroka', 'walitoroka'];
const AWAY = oneOf(AWAY_WORDS);
const HOSTAGES_SAID = trigger(HOSTAGES_WORDS);
const AWAY_SAID = trigger(AWAY_WORDS);

export function escapedAmongTaken(tokens: readonly Token[], victims: Victims): void {
  const total = victims.abducted;
  if (total === null || total < 2 || !said(tokens, HOSTAGES_SAID) || !said(tokens, AWAY_SAID)) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!HOSTAGES.test(tokens[i + 1]!.norm) || tokens[i + 1]!.breakBefore) continue;
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.next !== i + 1 || n.value >= total) continue;
    // the escape in the same clause: "Deux otages se sont échappés", "2 hostages escaped"
    let away = false;
    for (let k = i + 2; k < tokens.length && k <= i + 5 && !tokens[k]!.breakBefore; k++) if (AWAY.test(tokens[k]!.norm)) away = true;
    if (!away) continue;
    const taken = total - n.value;
    const written = tokens.slice(0, i).some((_, k) => { const m = readNumber(tokens, k); return m !== null && !m.article && m.value === taken; });
    if (written) victims.abducted = taken;
    return;
  }
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * People counted, then their taking told with a pronoun (pending reports26): "4 boys aged 14-16 recruited by CODECO,
 * families say they were taken from school", "3 femmes ont disparu à Lume, elles auraient été enlevées par des Mai-Mai",
 * "2 traders missing since Monday, they were abducted by ADF". The count before is who was taken (C18: a taking said
 * counts children abducted too).
 * Look-alikes kept out: a pronoun with no count before it, a taking denied ("they were not taken"), people the pronoun
 * took ("they took 3 goats": no "were").
 */
const THEY_WORDS = ['they', 'ils', 'elles', 'wao'];
const THEY = oneOf(THEY_WORDS);
const THEY_SAID = trigger(THEY_WORDS);
const AUX = /^(were|have|had|been|ont|avaient|auraient|ete|sont|seraient|furent)$/;
const TAKEN_WORDS = ['taken', 'abducted', 'kidnapped', 'enleve', 'enleves', 'enlevees', 'kidnappes', 'kidnappees', 'pris', 'prises', 'emmenes', 'emmenees', 'wametekwa'];
const TAKEN = oneOf(TAKEN_WORDS);
const TAKEN_SAID = trigger(TAKEN_WORDS);

export function resumedTaking(tokens: readonly Token[], victims: Victims): void {
  if (victims.abducted !== null || !said(tokens, THEY_SAID) || !said(tokens, TAKEN_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!THEY.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    let aux = false;
    while (k < i + 4 && AUX.test(tokens[k]?.norm ?? '')) {
      aux = true;
      k++;
    }
    if (!(aux || tokens[i]!.norm === 'wao') || !TAKEN.test(tokens[k]?.norm ?? '') || /^(not|pas|n)$/.test(tokens[k - 1]?.norm ?? '')) continue;
    // the nearest count of people before the pronoun
    for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
      const n = readNumber(tokens, j);
      if (n && !n.zero && !n.article && n.value > 1 && n.next < i && isPerson(tokens[n.next]?.norm ?? '')) {
        victims.abducted = n.value;
        return;
      }
    }
  }
}

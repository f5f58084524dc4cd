import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Hostages counted by the noun of their taking, the group's name between ("3x ADF abductees (incl 1 woman) escaped and
 * reached Mandima", "three ADF hostages escaped to Mandima", "2 M23 captives freed"): that many were abducted (C7, C12:
 * hostages back stay counted as taken; French "trois otages" was already read). Abducted = the count when no other
 * reading counted the taken. Look-alikes kept out: an article ("les ADF ont décapité un otage": the killing), a count of something else before the noun ("3 days after the
 * abductees…"), "former abductees" met long after (still counted: C12 counts them as taken).
 */
const HOSTAGES_WORDS = ['abductees', 'abductee', 'hostages', 'hostage', 'captives', 'captive', 'kidnapees', 'kidnappees', 'otages', 'otage', 'mateka'];
const HOSTAGES = oneOf(HOSTAGES_WORDS);
const HOSTAGES_SAID = trigger(HOSTAGES_WORDS);
const TIMES = /^(\d{1,3})x$/;

export function hostagesCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.abducted !== null || !said(tokens, HOSTAGES_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!HOSTAGES.test(tokens[i]!.norm)) continue;
    // the count right before the noun, or one or two words (the group's name) between
    for (let d = 1; d <= 3; d++) {
      const k = i - d;
      if (k < 0 || tokens.slice(k + 1, i + 1).some((t) => t.breakBefore)) break;
      const times = TIMES.exec(tokens[k]!.norm);
      const n = times ? { value: Number(times[1]), next: k + 1, zero: times[1] === '0', article: false } : readNumber(tokens, k);
      // ("ont décapité un otage": an article is no count of the taken)
      if (!n || n.zero || n.article || n.next > i) continue;
      // (the words between are a name, typed in capitals or known to be one: "ADF", "M23")
      if (!tokens.slice(n.next, i).every((t) => /^[A-Z0-9][A-Za-z0-9-]*$/.test(t.text))) continue;
      victims.abducted = n.value;
      return;
    }
  }
}

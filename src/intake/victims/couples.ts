import type { Victims } from '../../domain/alert.js';
import type { Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Two people said as a pair, with no number: "un couple de vieillards égorgé", "an elderly couple killed", "bodies of man
 * n his wife", "a man and his wife shot dead", "le mari et sa femme enlevés", "father and son abducted". Counted 2 under
 * the one harm told (killed, abducted or injured), when no other reading counted it (or counted the
 * "a" of "a man and his wife" as one). Look-alikes kept out: "a couple of
 * days" (time), "his wife came to report" (one person named with no pair), more than one harm told (which one is unclear).
 */
const COUPLE_WORDS = ['couple', 'couples'];
const COUPLE = oneOf(COUPLE_WORDS);
const PARTNER_WORDS = ['wife', 'husband', 'femme', 'epouse', 'mari', 'son', 'daughter', 'fils', 'fille', 'brother', 'sister', 'frere', 'soeur', 'child', 'enfant', 'baby', 'bebe'];
const PARTNER = oneOf(PARTNER_WORDS);
const POSSESSIVE = /^(his|her|their|sa|son|ses|leur)$/;
const HEAD_WORDS = ['man', 'woman', 'husband', 'wife', 'father', 'mother', 'homme', 'femme', 'mari', 'epouse', 'pere', 'mere', 'papa', 'maman', 'old', 'vieil', 'vieux', 'vieille', 'elderly'];
const HEAD = oneOf(HEAD_WORDS);
const COUPLE_SAID = trigger(COUPLE_WORDS);
const PARTNER_SAID = trigger(PARTNER_WORDS);
const HEAD_SAID = trigger(HEAD_WORDS);
const AND = /^(and|n|et|&|na)$/;

// (0: no pair; 1: a pair; 2: a pair whose head has an article, "a man and his wife", which the victim reader counts as 1)
function pairSaid(tokens: readonly Token[], harmAt: (i: number) => boolean): 0 | 1 | 2 {
  if (!said(tokens, COUPLE_SAID) && !(said(tokens, HEAD_SAID) && said(tokens, PARTNER_SAID))) return 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "un couple de vieillards", "an elderly couple", not "a couple of days"
    if (COUPLE.test(w) && harmAt(i) && tokens[i + 1]?.norm !== 'of' && /^(un|une|a|an|elderly|old|young|jeune|vieux|this|ce)$/.test(tokens[i - 1]?.norm ?? '')) return 1;
    // "man and his wife", "le mari et sa femme", "father and son"
    if (AND.test(w) && i > 0 && HEAD.test(tokens[i - 1]!.norm) && !tokens[i]!.breakBefore && harmAt(i)) {
      const next = POSSESSIVE.test(tokens[i + 1]?.norm ?? '') ? tokens[i + 2] : tokens[i + 1];
      if (next && !next.breakBefore && PARTNER.test(next.norm)) return /^(a|an|un|une|the|le|l)$/.test(tokens[i - 2]?.norm ?? '') ? 2 : 1;
    }
  }
  return 0;
}

/** The pair counted under the one harm told, when nothing else counted it. */
export function coupleCounted(tokens: readonly Token[], signals: Signals, victims: Victims): void {
  const harms = (['kill', 'abduct', 'injure'] as const).filter((x) => signals.has(x));
  if (harms.length !== 1) return;
  const key = harms[0] === 'kill' ? 'killed' : harms[0] === 'abduct' ? 'abducted' : 'injured';
  // (the pair stands within five words of the harm, in its clause: "a man and his son seen leaving after a woman was killed" is no pair killed)
  const hits = signals.all(harms[0]!);
  const harmAt = (i: number): boolean => hits.some((h) => Math.abs(h.start - i) <= 5 && !tokens.slice(Math.min(h.start, i) + 1, Math.max(h.start, i) + 1).some((t) => t.breakBefore));
  const pair = victims[key] === null || victims[key] === 1 ? pairSaid(tokens, harmAt) : 0;
  if (pair === 0 || (victims[key] === 1 && pair !== 2)) return;
  victims[key] = 2;
}

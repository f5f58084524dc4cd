import { type Victims, VICTIM_KEYS } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * An age floor or ceiling after children is who they are, not how many: "send boys over 15 'for training'", "recruited
 * boys above 16", "girls under 14 taken", "des garçons de plus de 15 ans", "les enfants de moins de 12 ans". A count a
 * reader took from that number is undone; a number before the children stays their count ("3 boys over 15").
 * (reports26; run last over the counts, a Set-free look at the few tokens after a child word.)
 */
const KIDS_WORDS = ['boys', 'girls', 'children', 'kids', 'pupils', 'minors', 'teenagers', 'sons', 'daughters', 'garcons', 'filles', 'enfants', 'eleves', 'mineurs', 'fils', 'jeunes', 'youth', 'youths'];
const KIDS = oneOf(KIDS_WORDS);
const BOUND_WORDS = ['over', 'above', 'under', 'below', 'older', 'younger', 'aged'];
const BOUND = oneOf(BOUND_WORDS);
const BOUND_FR_WORDS = ['plus', 'moins'];
const BOUND_FR = oneOf(BOUND_FR_WORDS);
const KIDS_SAID = trigger(KIDS_WORDS);
const BOUND_SAID = trigger([...BOUND_WORDS, ...BOUND_FR_WORDS]);

export function ageBoundNotCount(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, KIDS_SAID) || !said(tokens, BOUND_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!KIDS.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (tokens[k]!.norm === 'aged' && BOUND.test(tokens[k + 1]?.norm ?? '')) k++;
    if (BOUND.test(tokens[k]!.norm)) k++;
    else if (/^(de|d|age|ages|agees)$/.test(tokens[k]!.norm) && BOUND_FR.test(tokens[k + 1]?.norm ?? '') && /^(de|d)$/.test(tokens[k + 2]?.norm ?? '')) k += 3;
    else continue;
    if (/^(than|the|age|l)$/.test(tokens[k]?.norm ?? '')) k++;
    if (/^(of|age)$/.test(tokens[k]?.norm ?? '')) k++;
    const w = tokens[k]?.norm ?? '';
    if (!/^\d{1,2}$/.test(w) || Number(w) >= 18) continue;
    const n = Number(w);
    if (tokens[i - 1]?.norm === w) continue; // ("12 children under 12": the count said first)
    for (const key of VICTIM_KEYS) if (victims[key] === n) victims[key] = null;
  }
}

import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { VICTIM_KEYS } from '../../domain/alert.js';
import { said, trigger } from '../triggers.js';

/**
 * A sum of money is never a count of people: "demand 1000 FC per moto and threaten to beat those who refuse" had read
 * 1,000 injured, a figure every digest would then carry. A count equal to a number the text says only as money (the
 * number followed by a currency) is dropped; the same number said of people elsewhere keeps it.
 */
const CURRENCY_WORDS = ['fc', 'cdf', 'francs', 'franc', 'usd', 'dollars', 'dollar', 'shillings', 'ksh', 'ugx', 'rwf', 'frw', 'fbu', 'bif'];
const CURRENCY: ReadonlySet<string> = new Set(CURRENCY_WORDS);
const CURRENCY_SAID = trigger(CURRENCY_WORDS);

export function moneyNotPeople(tokens: readonly Token[], victims: Victims, text = ''): void {
  // (the tokenizer drops "$": "$3,000 taken", "200$ per head" are read from the text beside the number)
  const dollar = (t: Token | undefined): boolean => t !== undefined && (text[t.start - 1] === '$' || text[t.end] === '$');
  // (a currency word, or a "$" typed at the start of a word)
  if (!said(tokens, CURRENCY_SAID) && !tokens.some((t) => t.text.startsWith('$') || dollar(t))) return;
  let money: number[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CURRENCY.has(tokens[i + 1]?.norm ?? '') && !(t.text.startsWith('$') || tokens[i - 1]?.text === '$' || dollar(t))) continue;
    const n = Number(t.norm.replace(/[^\d]/g, ''));
    if (Number.isFinite(n) && n > 0 && /\d/.test(t.norm)) (money ??= []).push(n);
  }
  if (!money) return;
  for (const key of VICTIM_KEYS) {
    const v = victims[key];
    if (v === null || !money.includes(v)) continue;
    // (the same number said without a currency is a count of its own: "500 FC each, 500 people fled")
    const elsewhere = tokens.some((t, i) => Number(t.norm.replace(/[^\d]/g, '')) === v && /\d/.test(t.norm) && !CURRENCY.has(tokens[i + 1]?.norm ?? '') && tokens[i - 1]?.text !== '$' && !dollar(t));
    if (!elsewhere) victims[key] = null;
  }
}

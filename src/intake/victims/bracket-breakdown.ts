import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson } from './victim-words.js';

/**
 * A count broken down in brackets right after it is the same people, not more: "8 children (6 boys, 2 girls) aged
 * 14-17 separated from CODECO", "11 enfants (neuf garçons, deux filles)", "5 people (3 women, 2 men) abducted". The parts
 * add up to the count; a count read as the count plus its parts, as their sum again, or as one part alone (a part no
 * other word of the report says) is the count. Look-alikes kept out: parts that do not add up ("8 children (3 girls)"),
 * a number in brackets that is no breakdown ("trois (3) femmes", repeated-digits.ts), a part said again outside.
 */
const KEYS = ['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected', 'displaced'] as const;

export function bracketBreakdown(tokens: readonly Token[], description: string, victims: Victims): void {
  if (!description.includes('(')) return;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.zero || n.value < 2 || readNumber(tokens, i - 1)?.next === n.next) continue;
    const noun = n.next;
    const open = tokens[noun + 1];
    if (!open || !isPerson(tokens[noun]?.norm ?? '') || !description.slice(tokens[noun]!.end, open.start).includes('(')) continue;
    // the parts: numbers each followed by a person word, up to the closing bracket
    const parts: number[] = [];
    const at: number[] = [];
    let k = noun + 1;
    let closed = false;
    while (k < tokens.length && k < noun + 12) {
      if (k > noun + 1 && description.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(')')) {
        closed = true;
        break;
      }
      const p = readNumber(tokens, k);
      if (p && !p.zero && isPerson(tokens[p.next]?.norm ?? '')) {
        parts.push(p.value);
        at.push(k);
        k = p.next + 1;
      } else k++;
    }
    if (!closed && k < tokens.length) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    if (parts.length < 2 || sum !== n.value) continue;
    // a part said again outside the brackets may be a count of its own
    const outside = (v: number): boolean => tokens.some((_, j) => (j < i || j >= k) && readNumber(tokens, j)?.value === v);
    for (const key of KEYS) {
      const v = victims[key];
      if (v === null || v === undefined || v === n.value) continue;
      if (v === n.value + sum || (parts.includes(v) && !outside(v))) victims[key] = n.value;
    }
    return;
  }
}

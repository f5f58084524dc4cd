import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { CHILD_NOUNS, VICTIM_VERBS } from './victim-vocabulary.js';
import { said, trigger } from '../triggers.js';

/**
 * Children counted past the first one (pending reports31):
 * - a child harmed, then "and N others" or the child's sibling harmed the same way: "un enfant de 8 ans tué et deux autres
 *   blessés", "a boy killed and two others injured", "a 9-year-old boy killed and his sister injured" (the others and the
 *   sibling are children with it);
 * - children named by the acronym for children out of armed groups, counted: "4 EAFGA (3 garçons et une fille)", "6 CAAFAG
 *   handed over" (the count is the children's, whatever breakdown follows).
 * - the same after a comma, the child's clause first: "un enfant tué par un engin à Katana, 2 autres blessés", "a boy
 *   killed by a stray bullet in Beni, two others hurt".
 * Look-alikes kept out: "others" followed by a noun ("deux autres civils blessés"), an adult's relative ("a man killed and
 * his son injured": no child before the "and"), the child's parent ("a boy killed and his mother injured").
 */
const OTHERS_WORDS = ['autres', 'others'];
const OTHERS: ReadonlySet<string> = new Set(OTHERS_WORDS);
const SIBLINGS_WORDS = ['sister', 'sisters', 'brother', 'brothers', 'soeur', 'soeurs', 'frere', 'freres', 'cousin', 'cousins', 'cousine', 'cousines'];
const SIBLINGS: ReadonlySet<string> = new Set(SIBLINGS_WORDS);
const OWNER = new Set(['his', 'her', 'their', 'sa', 'son', 'ses', 'leur', 'leurs']);
const CHILD_SOLDIERS_WORDS = ['eafga', 'caafag', 'esfga', 'eafgas', 'caafags', 'esfgas'];
const CHILD_SOLDIERS: ReadonlySet<string> = new Set(CHILD_SOLDIERS_WORDS);
const OTHERS_SAID = trigger([...CHILD_SOLDIERS_WORDS, ...SIBLINGS_WORDS, ...OTHERS_WORDS]);

export function childAndOthers(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, OTHERS_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (CHILD_SOLDIERS.has(norm)) {
      const n = readNumber(tokens, i - 1);
      if (n && !n.zero && n.next === i && n.value > (victims.childrenAffected ?? 0)) victims.childrenAffected = n.value;
      continue;
    }
    const sibling = SIBLINGS.has(norm);
    if (!sibling && !OTHERS.has(norm)) continue;
    if (victims.childrenAffected !== 1) return;
    const more = sibling ? siblingsBefore(tokens, i) : othersBefore(tokens, i);
    if (more === null || VICTIM_VERBS[tokens[i + 1]?.norm ?? ''] === undefined || tokens[i + 1]!.breakBefore) continue;
    const and = i - more.width;
    const joined = /^(and|et)$/.test(tokens[and]?.norm ?? '') && childHarmedBefore(tokens, and);
    if (!joined && !(tokens[and + 1]?.breakBefore && childClauseBefore(tokens, and + 1))) continue;
    victims.childrenAffected = 1 + more.count;
    return;
  }
}

// "his sister", "ses deux frères"
function siblingsBefore(tokens: readonly Token[], i: number): { count: number; width: number } | null {
  if (OWNER.has(tokens[i - 1]?.norm ?? '')) return tokens[i]!.norm.endsWith('s') ? null : { count: 1, width: 2 }; // ("his brothers": how many unsaid)
  const n = readNumber(tokens, i - 1);
  if (n && !n.zero && n.next === i && OWNER.has(tokens[i - 2]?.norm ?? '')) return { count: n.value, width: 3 };
  return null;
}

// "deux autres", "two others"
function othersBefore(tokens: readonly Token[], i: number): { count: number; width: number } | null {
  const n = readNumber(tokens, i - 1);
  return n && !n.zero && !n.article && n.next === i ? { count: n.value, width: 2 } : null;
}

// "un enfant de 8 ans tué", "a 9-year-old boy killed": a child noun, then its harm right before the "and".
function childHarmedBefore(tokens: readonly Token[], and: number): boolean {
  if (tokens[and]!.breakBefore || VICTIM_VERBS[tokens[and - 1]?.norm ?? ''] === undefined) return false;
  for (let k = and - 2; k >= 0 && k >= and - 5; k--) {
    if (CHILD_NOUNS.has(tokens[k]!.norm)) return true;
    if (tokens[k + 1]!.breakBefore) return false;
  }
  return false;
}

// "Un enfant tué par un engin non explosé à Katana, 2 autres blessés": the clause before the comma opens on a child and
// its harm (a child noun, its verb within two words), the others after the comma are children with it.
function childClauseBefore(tokens: readonly Token[], comma: number): boolean {
  let start = comma - 1;
  while (start > 0 && start > comma - 14 && !tokens[start]!.breakBefore) start--;
  if (start > 0 && !tokens[start]!.breakBefore) return false;
  for (let k = start; k < comma - 1 && k <= start + 4; k++) {
    if (!CHILD_NOUNS.has(tokens[k]!.norm)) continue;
    for (let v = k + 1; v <= k + 2 && v < comma; v++) if (VICTIM_VERBS[tokens[v]!.norm] !== undefined) return true;
  }
  return false;
}

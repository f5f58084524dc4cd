import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';

/**
 * A mother (or father) hurt together with her own young children (pending reports44, main r21fr-126): "une maman et ses
 * 2 bébés (jumeaux) blessés", "a woman and her two young daughters wounded", "un bébé et sa mère blessés par balle". The
 * children are the victims named with their parent, not a few among many wounded: the rule "children among others name
 * no child violation" (categories.ts childVictims) does not apply, so the maiming is a child violation (high). Also
 * gives how many young ones the pair names, for the children count when no reader counted them.
 * Look-alikes kept out: adults and children counted apart with no possessive ("2 femmes et 3 enfants blessés": among
 * others), a parent with grown kin ("a woman and her husband", "her daughters" with no young word or baby), a pair
 * with no child ("the chief and his wife").
 */
const PARENT_WORDS = ['mother', 'mere', 'maman', 'mama', 'woman', 'femme', 'father', 'pere', 'papa'];
const PARENT: ReadonlySet<string> = new Set(PARENT_WORDS);
const PARENT_SAID = trigger(PARENT_WORDS);
const POSSESSIVE = /^(her|his|their|sa|son|ses|leur|leurs)$/;
// the young ones: always children, or kin said young ("her two young daughters", "ses deux petits enfants")
const YOUNG = /^(baby|babies|bebe|bebes|infant|infants|nourrisson|nourrissons|toddler|toddlers|twins|jumeaux|jumelles|child|children|enfant|enfants|kid|kids|fillette|fillettes)$/;
const KIN_YOUNG = /^(daughter|daughters|son|sons|fille|filles|fils|girl|girls|boy|boys|garcon|garcons)$/;
const SMALL = /^(young|little|small|petit|petite|petits|petites|jeune|jeunes)$/;

interface Young {
  /** How many (null: a plural with no number, "her children"). */
  count: number | null;
}

const PLURAL = /(s|x)$/;

// From `k` (after a possessive): an optional number, an optional "young", then the child word.
function youngAt(tokens: readonly Token[], k: number): Young | null {
  const n = readNumber(tokens, k);
  const counted = n && !n.zero && !n.article && n.value > 0 && n.value < 20 ? n.value : null;
  if (counted !== null) k = n!.next;
  const small = SMALL.test(tokens[k]?.norm ?? '');
  if (small) k++;
  const w = tokens[k]?.norm ?? '';
  if (!tokens[k] || tokens[k]!.breakBefore || !(YOUNG.test(w) || (small && KIN_YOUNG.test(w)))) return null;
  return { count: counted ?? (PLURAL.test(w) && w !== 'fils' ? null : 1) };
}

/** The children a parent-and-children pair names, or null when there is none. */
export function parentWithChildren(tokens: readonly Token[]): Young | null {
  if (!said(tokens, PARENT_SAID)) return null;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const and = tokens[i + 1]!;
    if (!/^(and|et|&)$/.test(and.norm) || and.breakBefore || tokens[i + 2]!.breakBefore) continue;
    // "a woman and her two young daughters", "une maman et ses 2 bébés"
    if (PARENT.has(w) && POSSESSIVE.test(tokens[i + 2]!.norm)) {
      const young = youngAt(tokens, i + 3);
      if (young) return young;
    }
    // "un bébé et sa mère", "a child and his mother"
    if (YOUNG.test(w) && !/s$|x$/.test(w) && POSSESSIVE.test(tokens[i + 2]!.norm) && PARENT.has(tokens[i + 3]?.norm ?? '')) return { count: 1 };
  }
  return null;
}

/** The children of the pair counted when no reader counted them and they are among those harmed ("a woman and her two young daughters wounded": 2). */
export function parentChildrenCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected !== null && victims.childrenAffected !== undefined) return;
  const harmed = Math.max(victims.killed ?? 0, victims.injured ?? 0, victims.abducted ?? 0);
  if (harmed < 2) return;
  const young = parentWithChildren(tokens);
  if (young?.count && young.count < harmed) victims.childrenAffected = young.count;
}

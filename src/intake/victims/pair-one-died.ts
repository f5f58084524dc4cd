import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isSingularPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Two people harmed together, then one of them said to have died (reports36, t36c): "a landowner and his son attacked with
 * machetes…; the son died in hospital", "un propriétaire et son fils attaqués à la machette, le fils a succombé", "a woman
 * and her daughter shot, the daughter died on the way". The one who died is killed (other readers count it); the other
 * was hurt by the same attack: injured 1, where no other reading counted the wounded. Look-alikes kept out: "a farmer and
 * his son abducted, the son escaped" (no death), "a chief and his wife threatened, the wife died of illness last year" (no
 * wounding harm), "the chief and his son were killed" (both dead: no death told apart).
 */
const AND: ReadonlySet<string> = new Set(['and', 'et']);
const POSSESSIVE: ReadonlySet<string> = new Set(['his', 'her', 'their', 'son', 'sa', 'leur']);
const THE: ReadonlySet<string> = new Set(['the', 'le', 'la', 'l', 'his', 'her', 'son', 'sa', 'leur', 'their']);
const WOUNDING = /^(attacked|attaquee?s?|shot|hacked|stabbed|slashed|wounded|injured|beaten|blesse\w*|machette\w*|poignarde\w*|tabasse\w*|battue?s?|agresse\w*|frappe\w*|tires?|touche\w*)$/;
const DIED_WORDS = ['died', 'succumbed', 'succombe', 'succombee', 'decede', 'decedee', 'mort', 'morte', 'passed', 'expired'];
const DIED = oneOf(DIED_WORDS);
const DIED_SAID = trigger(DIED_WORDS);
const AND_SAID = trigger(['and', 'et']);
const KIN = /^(son|daughter|wife|husband|fils|fille|epouse|femme|mari|child|enfant|brother|frere|sister|soeur|mother|mere|father|pere|nephew|neveu|niece|grandson|petit)$/;
const LINK = /^(a|est|later|then|has|is|was|subsequently|finally|ensuite|finalement|also)$/;
const ILLNESS = /^(cholera|malaria|illness|disease|maladie|paludisme|age)$/;

export function pairOneDied(tokens: readonly Token[], victims: Victims): void {
  // (the pair read as 2 wounded: the one who died is no wounded besides)
  if (victims.injured !== null && !(victims.injured === 2 && victims.killed === 1)) return;
  if (!said(tokens, AND_SAID) || !said(tokens, DIED_SAID)) return;
  for (let a = 0; a + 3 < tokens.length; a++) {
    if (!AND.has(tokens[a + 1]!.norm) || !POSSESSIVE.has(tokens[a + 2]!.norm) || tokens[a + 1]!.breakBefore || tokens[a + 2]!.breakBefore) continue;
    const first = tokens[a]!.norm;
    const second = tokens[a + 3]!.norm;
    // ("a landowner and his son": a word the person list lacks, named with its article before kin)
    const named = isSingularPerson(first) || (KIN.test(second) && /^(a|an|the|un|une|le|la|l)$/.test(tokens[a - 1]?.norm ?? '') && !/^\d/.test(first));
    if (!named || !isSingularPerson(second) || tokens[a + 3]!.breakBefore) continue;
    const harm = woundedAfter(tokens, a + 4);
    if (harm < 0) continue;
    if (!oneDied(tokens, harm + 1, first, second)) continue;
    victims.injured = 1;
    return;
  }
}

// A wounding verb after the pair, in its clause (a few words of manner may come between).
function woundedAfter(tokens: readonly Token[], from: number): number {
  for (let v = from; v < tokens.length && v <= from + 4; v++) {
    if (tokens[v]!.breakBefore) return -1;
    const key = verbAt(tokens, v);
    if (key === 'killed' || key === 'abducted' || key === 'crsvSurvivors') return -1;
    if (WOUNDING.test(tokens[v]!.norm)) return v;
  }
  return -1;
}

// "the son died", "le fils a succombé", "the daughter later died", in a later clause.
function oneDied(tokens: readonly Token[], from: number, first: string, second: string): boolean {
  for (let k = from; k + 2 < tokens.length && k <= from + 16; k++) {
    if (!THE.has(tokens[k]!.norm) || !tokens[k]!.breakBefore) continue;
    const who = tokens[k + 1]!.norm;
    if (who !== first && who !== second) continue;
    let d = k + 2;
    while (d < k + 5 && LINK.test(tokens[d]?.norm ?? '')) d++;
    if (!DIED.test(tokens[d]?.norm ?? '') || tokens[d]!.breakBefore) continue;
    if (tokens.slice(d + 1, d + 4).some((t) => ILLNESS.test(t.norm))) return false;
    return true;
  }
  return false;
}

import type { VictimKey, Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isSingularPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';

/**
 * One person named, then a relative clause, then what was done to them: "the localite chief who got threats from Mai-Mai
 * last month was shot dead at his home", "the teacher who had been threatened was abducted", "l'enseignant qui avait
 * dénoncé les taxes a été enlevé". The clause between says who the person is, so the count belongs to the person: one.
 * Counted only where no other reading gave that count. Look-alikes: "the chief who reported that 3 were killed" (a number
 * inside the clause: it is told there), "the people who were killed" (not one person).
 */
const ARTICLE = /^(the|a|an|le|la|l|un|une|this|ce|cet|cette|our|notre)$/;
// (a Set: the reader looks at every word of a report)
const WHO_WORDS = ['who', 'that', 'qui', 'whom'];
const WHO: ReadonlySet<string> = new Set(WHO_WORDS);
const WHO_SAID = trigger(WHO_WORDS);
const AUX = /^(was|is|has|had|been|got|a|est|ete|fut|avait)$/;

export function relativeClauseVictim(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, WHO_SAID)) return;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!WHO.has(tokens[i + 1]!.norm) || tokens[i + 1]!.breakBefore) continue;
    // the person, with its article and at most one title word before ("the localite chief", "le chef de localité" is the head then "de …")
    const head = tokens[i]!;
    if (!isSingularPerson(head.norm) || !(ARTICLE.test(tokens[i - 1]!.norm) || ARTICLE.test(tokens[i - 2]?.norm ?? ''))) continue;
    for (let k = i + 3; k < tokens.length && k <= i + 14; k++) {
      const t = tokens[k]!;
      if (t.stopBefore || /^\d/.test(t.norm)) break;
      if (!AUX.test(t.norm) || t.breakBefore) continue;
      let v = k + 1;
      while (v < k + 3 && AUX.test(tokens[v]?.norm ?? '')) v++;
      const key = harmAt(tokens, v);
      if (!key) continue;
      if (victims[key] === null) victims[key] = 1;
      return;
    }
  }
}

// "shot dead", "abattu", "killed", "abducted", "enlevé"
function harmAt(tokens: readonly Token[], v: number): VictimKey | undefined {
  const w = tokens[v]?.norm ?? '';
  if (/^(shot|gunned|hacked|stabbed|beaten|cut)$/.test(w) && /^(dead|down|to)$/.test(tokens[v + 1]?.norm ?? '')) return 'killed';
  const key = verbAt(tokens, v);
  return key === 'killed' || key === 'abducted' || key === 'injured' ? key : undefined;
}

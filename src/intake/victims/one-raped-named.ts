import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Victims } from '../../domain/alert.js';
import type { Token } from '../normalize.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One survivor of a rape named with her age or what she is, in the register of a case (reports36, t36c): "arrested a man
 * for the rape of a 6-year-old girl", "soupçonné d'avoir violé une fillette de 7 ans", "a woman held at the P2 police
 * station was raped by a police officer", "une jeune fille de 16 ans … dit avoir été violée par ses ravisseurs". One
 * survivor (and one child when a child noun or an age under 18 names her), where no other reading counted them. Look-alikes
 * kept out: "the rape of 3 girls" (a number: other readers count it), "women of the village were raped" (plural),
 * "a man threatened to rape a girl" (no rape done: the threat readers keep it uncounted).
 */
const ARTICLE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'une', 'un', 'la', 'le', 'l', 'sa', 'son', 'his', 'her', 'their', 'leur', 'this', 'cette', 'one']);
const RAPE_NOUN_WORDS = ['rape', 'viol', 'sexual', 'defilement'];
const RAPE_NOUN: ReadonlySet<string> = new Set(RAPE_NOUN_WORDS);
const OF: ReadonlySet<string> = new Set(['of', 'de', 'd', 'on', 'sur', 'against', 'contre']);
const RAPE_DONE_WORDS = ['raped', 'raping', 'viole', 'violee', 'violer', 'violant', 'defiled', 'violentee', 'abused', 'abusee'];
const RAPE_DONE = oneOf(RAPE_DONE_WORDS);
const RAPE_SAID = trigger([...RAPE_NOUN_WORDS, ...RAPE_DONE_WORDS]);
const YOUNG: ReadonlySet<string> = new Set(['young', 'jeune', 'little', 'petite', 'small', 'teenage', 'minor', 'mineure', 'disabled', 'handicapee', 'deaf', 'sourde', 'pregnant', 'enceinte', 'old', 'elderly', 'vieille']);
const PASSIVE: ReadonlySet<string> = new Set(['was', 'been', 'ete', 'got', 'is', 'est']);
const PLACE_NOUN = /^(station|post|poste|cell|cells|cachot|camp|custody|headquarters|hq|office|commissariat|prison|jail|base|position|captivity|captivite)$/;
const THREAT = /^(threat\w*|menac\w*|tried|tente\w*|attempt\w*|tentative|wanted|voulu\w*|feared|craint\w*|refus\w*)$/;

export function oneRapedNamed(tokens: readonly Token[], victims: Victims): void {
  if (victims.crsvSurvivors !== null || !said(tokens, RAPE_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    let person: { child: boolean } | null = null;
    if (RAPE_NOUN.has(w) && OF.has(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) person = onePersonAt(tokens, i + 2);
    else if (RAPE_DONE.test(w) && verbAt(tokens, i) === 'crsvSurvivors') {
      if (PASSIVE.has(tokens[i - 1]?.norm ?? '')) person = subjectBefore(tokens, i - 1);
      else if (tokens[i + 1] && !tokens[i + 1]!.breakBefore) person = onePersonAt(tokens, i + 1);
    }
    if (!person || threatBefore(tokens, i)) continue;
    victims.crsvSurvivors = 1;
    if (person.child && victims.childrenAffected === null) victims.childrenAffected = 1;
    return;
  }
}

// "a 6-year-old girl", "une fillette de 7 ans", "a young woman", "sa fille": one person, and whether a child.
function onePersonAt(tokens: readonly Token[], a: number): { child: boolean } | null {
  if (!ARTICLE.has(tokens[a]?.norm ?? '')) return null;
  let k = a + 1;
  let age: number | null = null;
  // "6-year-old", "6 year old", "6 yr old"
  if (/^\d{1,2}$/.test(tokens[k]?.norm ?? '') && /^(year|years|yr|yrs|ans)$/.test(tokens[k + 1]?.norm ?? '')) {
    age = Number(tokens[k]!.norm);
    k += tokens[k + 2]?.norm === 'old' ? 3 : 2;
  }
  while (YOUNG.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  const noun = tokens[k];
  if (!noun || noun.breakBefore || !isSingularPerson(noun.norm)) return null;
  // "une fillette de 7 ans", "a girl of 12"
  const after = tokens[k + 2]?.norm ?? '';
  if (/^(de|of|aged)$/.test(tokens[k + 1]?.norm ?? '') && /^\d{1,2}$/.test(after)) age ??= Number(after);
  return { child: CHILD_NOUNS.has(noun.norm) || (age !== null && age < 18) };
}

// "a woman held at the P2 police station was raped", "une jeune fille de 16 ans échappée de captivité dit avoir été violée":
// the nearest person before in the clause, one, with no other person or count between.
function subjectBefore(tokens: readonly Token[], aux: number): { child: boolean } | null {
  for (let k = aux; k >= 0 && k >= aux - 14; k--) {
    const t = tokens[k]!;
    if (k < aux && t.stopBefore) return null;
    const w = t.norm;
    // (a group's acronym, "ADF captivity", or a word naming a place, "police station", are no person of the clause)
    const named = /^[A-Z0-9]{2,}$/.test(t.text) || PLACE_NOUN.test(tokens[k + 1]?.norm ?? '') || /^(de|d|des|du)$/.test(w);
    if (isPerson(w) && k < aux && !named) {
      if (!isSingularPerson(w)) return null;
      // the head is the first person of the clause: look on for its article
      let a = k - 1;
      while (a >= 0 && YOUNG.has(tokens[a]!.norm) && !tokens[a + 1]!.breakBefore) a--;
      if (a >= 0 && /^(old|ans)$/.test(tokens[a]!.norm)) a -= tokens[a]!.norm === 'old' ? 3 : 2;
      const head = a >= 0 ? onePersonAt(tokens, a) : null;
      if (head) return head;
      continue;
    }
    if (/^\d+$/.test(w) && !/^(ans|years|year|yr|yrs)$/.test(tokens[k + 1]?.norm ?? '')) return null;
    if (t.breakBefore && k < aux) {
      const head = ARTICLE.has(w) ? onePersonAt(tokens, k) : null;
      return head;
    }
  }
  return null;
}

function threatBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (THREAT.test(tokens[k]!.norm)) return true;
  return false;
}

import type { VictimKey } from '../../domain/alert.js';
import { ageAt, ageWordBefore, CHILD_AGE } from './ages.js';
import { CASUALTY_NOUNS, CHILD_NOUNS, NOT_COUNT_UNITS, NOUN_LINKS, VAGUE_QUANTITIES, VICTIM_FILLERS, VICTIM_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { harmAfterCharge } from './accused-then-harmed.js';
import { sharedCountStep } from './counted-nouns.js';
import { readNumber, type NumberRead } from '../numbers.js';
import {
  ADVERB, afterAside, ageAfterNoun, BODY, BURNT, CASUALTY_WORDS, isArrest, isPerson, isSingularPerson, modifierBefore, POSSESSIVES, readCount, sexualContext,
  singular, startsAfterCount, verbAt, VICTIM_WORDS,
} from './victim-words.js';

/** Groups of counted people ("2 men and 3 women", "une femme et ses deux enfants") and the harm they share. */

// Victim nouns that also qualify a complement: "members of a local NGO", "agents d'une ONG locale".
const ADJECTIVE_NOUNS = new Set(['local', 'young', 'national', 'congolese', 'congolais', 'humanitarian', 'humanitaire', 'traditional', 'customary', 'coutumier', 'coutumiere']);

const COMPLEMENT_ARTICLES: ReadonlySet<string> = new Set(['la', 'le', 'l', 'the', 'du']);
// Words that turn to another clause: a complement of the people does not run past them.
const PART_OF = new Set(['of', 'among', 'parmi']);
const PART_WHOLE = new Set(['the', 'them', 'these', 'those', 'les', 'ces', 'eux', 'elles']);
const CLAUSE_TURNS = new Set(['after', 'apres', 'following', 'suite', 'because', 'since', 'depuis', 'accused', 'accuses', 'soupconnes', 'soupconne', 'while', 'pendant', 'when', 'lorsque', 'quand']);

// How people were caught before the harm done to them.
const CAUGHT = /^(intercepted|intercepte|interceptes|interceptee|interceptees|stopped|surrounded|encercles|encerclees|tied|ligotes|ligotees|caught|attrapes|attrapees|ambushed|surpris|surprises|blindfolded|bound|undressed|deshabilles)$/;
// Words that open a part of the count said before: "dont", "including", "among them".
const SUBSET = new Set(['dont', 'including', 'incl', 'parmi', 'among', 'notamment']);
// "4 blessés", "four wounded": a number then a word of the toll, a new count of its own.
function casualtyAfterNumber(tokens: readonly Token[], k: number, skip?: Uint8Array): boolean {
  const n = readNumber(tokens, k, skip);
  return n !== null && !n.article && Boolean(verbAt(tokens, n.next));
}

const BROKEN = /^(broken|fractured|cut|severed|casse|cassee|casses|fracture|fracturee|coupe|coupee|ampute|amputee)$/;

export interface Group {
  value: number;
  child: boolean;
  /** Read from "a", "le", a bare noun: one person, not a number written. */
  implicit: boolean;
}

/** From token i: one or more counted groups joined by and/et, then (maybe) the verb they share. */
export function readGroups(
  tokens: readonly Token[],
  i: number,
  skip?: Uint8Array,
): { list: Group[]; verb: VictimKey | null; next: number; range: boolean } | null {
  // ("msichana wa miaka 12 alibakwa": the number is her age, ages.ts)
  if (ageWordBefore(tokens, i)) return null;
  const aside = countAside(tokens, i, skip);
  if (aside) return aside;
  const list: Group[] = [];
  let j = i;
  let range = false;
  for (;;) {
    // "13-year-old girl raped": an age opening the phrase names one person, it is not a count.
    const aged = ageAt(tokens, j) !== null && !startsAfterCount(tokens, j);
    const n = aged
      ? { value: 1, next: j, article: true, zero: false, range: false }
      : (readCount(tokens, j, skip) ?? (!startsAfterCount(tokens, j) ? singular(tokens, j, list.length > 0) : null));
    if (!n) break;
    if (n.range) range = true;
    const group = readGroup(tokens, n, skip);
    if (!group) break;
    list.push(group.group);
    j = group.next;
    if (group.verb) return { list, verb: group.verb, next: group.next, range };
    // "2 men and 3 women killed": another group after and/et ("une femme et ses deux enfants").
    const joiner = tokens[j];
    // "Girl, 14, and boy, 16, conscripted": the comma after an age does not end the list.
    const afterAge = /^\d{1,2}$/.test(tokens[j - 1]?.norm ?? '') && tokens[j - 1]!.breakBefore;
    // "Truck driver, his helper and 2 passengers abducted": a list by commas, closed by and/et before the verb.
    if (listGoesOn(tokens, j)) continue;
    if (!joiner || (joiner.breakBefore && !afterAge) || (joiner.norm !== 'and' && joiner.norm !== 'et')) break;
    // ("3 morts dont 2 femmes et 4 blessés": a part of the count before it, the and/et goes back to the toll)
    if (list.length === 1 && SUBSET.has(tokens[i - 1]?.norm ?? '') && casualtyAfterNumber(tokens, j + 1, skip)) break;
    j++;
    if (POSSESSIVES.has(tokens[j]?.norm ?? '') && readNumber(tokens, j + 1, skip) && !readNumber(tokens, j + 1, skip)!.article) j++;
  }
  if (list.length === 0) return null;
  return { list, verb: null, next: j, range };
}

// After a comma, another person of the list ("his helper", "2 passengers") with and/et still to come.
function listGoesOn(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t?.breakBefore === true && !t.stopBefore && (POSSESSIVES.has(t.norm) || /^\d+$/.test(t.norm)) && andBeforeVerb(tokens, j);
}

function andBeforeVerb(tokens: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length && k <= from + 6; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (tokens[k]!.norm === 'and' || tokens[k]!.norm === 'et') return true;
  }
  return false;
}

const DEATH_BY = /^(cut|chopped|macheted|axed|speared|clubbed|stoned|burned|burnt|kicked|trampled|lapide|lapides|lapidee|lapidees|brule|brules|brulee|brulees|battu|battus|battue|battues|frappe|frappes|frappee|frappees|bastonne|bastonnes|bastonnee|tabasse|tabasses|tabassee)$/;
function readGroup(tokens: readonly Token[], n: NumberRead, skip?: Uint8Array): { group: Group; verb: VictimKey | null; next: number } | null {
  let child = false;
  let nouns = 0;
  let free = 0; // words of a complement: "de l'école", "from Kiwanja"
  let complement = 0;
  let j = n.next;
  const bare = (n as { bare?: boolean }).bare === true;
  const couple = (n as { couple?: boolean }).couple === true;
  const implicit = n.article;
  const group = (): Group => ({ value: n.value, child, implicit });
  let resumed = -1;
  for (let steps = 0; steps < 12 && j < tokens.length; steps++, j++) {
    const token = tokens[j]!;
    // "Boy, 12, and girl, 9, abducted": an age between commas after one person named.
    if (token.breakBefore && n.article && nouns > 0 && /^\d{1,2}$/.test(token.norm) && (tokens[j + 1]?.breakBefore ?? true)) {
      if (Number(token.norm) < CHILD_AGE) child = true;
      resumed = j + 1;
      continue;
    }
    if (token.breakBefore && !(bare && steps === 0) && j !== resumed) {
      // "Twenty-one civilians, mostly women, killed": a short aside between the people and the verb.
      const resume = nouns > 0 ? afterAside(tokens, j) : -1;
      if (resume < 0) break;
      resumed = resume;
      j = resume - 1;
      continue;
    }
    const word = token.norm;
    // "three of the women were raped", "2 of them killed", "deux parmi les otages": a part of a group named after it.
    if (steps === 0 && PART_OF.has(word) && PART_WHOLE.has(tokens[j + 1]?.norm ?? '') && !tokens[j + 1]!.breakBefore) {
      j++;
      if (tokens[j]!.norm === 'them' || tokens[j]!.norm === 'eux' || tokens[j]!.norm === 'elles') nouns++;
      continue;
    }
    // ("a man accused of witchcraft killed by youths": the charge between the people and their harm, accused-then-harmed.ts)
    const charged = nouns > 0 ? harmAfterCharge(tokens, j) : -1;
    if (charged > 0) {
      j = charged - 1;
      continue;
    }
    // "20 jeunes arrêtés après le meurtre", "30 people held after the killing": the people are not the verb's.
    if (steps > 0 && (isArrest(tokens, j) || CLAUSE_TURNS.has(word))) break;
    if (couple && (word === 'couple' || steps === 0)) {
      nouns++;
      continue;
    }
    // The article or "no" must sit right before a victim noun or verb: "a child", "aucun mort", "un mort";
    // a name may come between: "an MSF nurse", "two Red Cross volunteers".
    if (steps === 0 && n.article && !isPerson(word) && !CASUALTY_NOUNS.has(word) && !ageAt(tokens, j) && !modifierBefore(tokens, j)) return null;
    if (steps === 0 && NOT_COUNT_UNITS.has(word)) return null;
    // "Hostage-taking at a mine", "hostage situation", "hostage update - the 3 NRC staff…" (a heading, pending reports40): the act, not one hostage counted.
    if (steps === 0 && /^(hostage|otage)$/.test(word) && /^(taking|takings|takers|situation|crisis|negotiations?|update|updates|follow|followup|news|case)$/.test(tokens[j + 1]?.norm ?? '')) return null;
    // "a 12-year-old girl", "une fille de 14 ans", "boy of 15": an age, not a count; under 18 is a child.
    const age = steps > 0 || n.article ? (ageAt(tokens, j) ?? (nouns > 0 ? ageAfterNoun(tokens, j) : null)) : null;
    if (age) {
      if (age.years < CHILD_AGE) child = true;
      j = age.next - 1;
      continue;
    }
    // "3 women sexually assaulted", "3 femmes agressées sexuellement"; but "a peacekeeper sexually exploited" counts no survivor.
    const after = tokens[j + 1]?.norm ?? '';
    const sexualAssault = (word === 'sexually' && /^(assault|attack|abus)/.test(after)) ||
      (/^(agress|abus|assault|attack|attaqu|violent)/.test(word) && (after === 'sexuellement' || after === 'sexually')) ||
      (word === 'sexual' && /^(violence|assault|abuse)/.test(after)) || (/^violences?$/.test(word) && /^sexuel/.test(after));
    // "17 survivors received at the clinic" in a report of rape
    if (sexualContext && /^(survivors?|survivantes?)$/.test(word) && nouns === 0 && !n.article) return { group: group(), verb: 'crsvSurvivors', next: j + 1 };
    if (word === 'sexually' && !sexualAssault) break;
    // "une femme victime de viol", "two rape victims"
    const sexualAt = (k: number): number =>
      verbAt(tokens, k) === 'crsvSurvivors' ? 1 : /^violences?$|^sexual$/.test(tokens[k]?.norm ?? '') && /^sexuel|^violence|^abuse/.test(tokens[k + 1]?.norm ?? '') ? 2 : 0;
    const victimOf = VICTIM_WORDS.has(word) && ['de', 'of', 'd'].includes(tokens[j + 1]?.norm ?? '') ? sexualAt(j + 2) : 0;
    if (victimOf) return { group: group(), verb: 'crsvSurvivors', next: j + 2 + victimOf };
    let verb = sexualAssault ? 'crsvSurvivors' : verbAt(tokens, j);
    // ("de la garde républicaine": the guard, a noun after its article, not "gardé", kept)
    if (verb && /^gardes?$/.test(word) && COMPLEMENT_ARTICLES.has(tokens[j - 1]?.norm ?? '')) verb = undefined;
    // "3 déplacés blessés", "2 IDPs displaced killed": the displaced are who, the harm follows.
    const harmNext = verbAt(tokens, j + 1);
    if (verb === 'displaced' && VICTIM_NOUNS.has(word) && harmNext && harmNext !== 'displaced' && !tokens[j + 1]!.breakBefore) {
      nouns++;
      continue;
    }
    // "one displaced man killed", "sexual assault of 2 displaced women": displaced before the person says who; a harm may follow.
    if (verb === 'displaced' && VICTIM_NOUNS.has(word) && isPerson(tokens[j + 1]?.norm ?? '') && !tokens[j + 1]!.breakBefore && !['de', 'd', 'des'].includes(tokens[j + 1]!.norm)) {
      nouns++;
      continue;
    }
    // "deux enfants hospitalisés tués": in hospital when they were killed.
    if (verb === 'injured' && /^hospitali/.test(word) && verbAt(tokens, j + 1) === 'killed' && !tokens[j + 1]!.breakBefore) {
      if (nouns === 0) return null;
      return { group: group(), verb: 'killed', next: j + 2 };
    }
    // "poignardé à mort", "stabbed to death": a killing.
    // ("farmer cut to death", "chopped to death", "stoned to death", "lapidé à mort": a verb that counts nothing alone, killing with "to death")
    const toDeath = (verb === 'injured' || (!verb && DEATH_BY.test(word))) && ((tokens[j + 1]?.norm === 'a' && tokens[j + 2]?.norm === 'mort') || (tokens[j + 1]?.norm === 'to' && tokens[j + 2]?.norm === 'death'));
    if (toDeath) verb = 'killed';
    if (verb) {
      if (toDeath) return nouns === 0 && n.article ? null : { group: group(), verb, next: j + 3 };
      // "un blessé a succombé", "2 blessés ont succombé", "one wounded has since died": the wounded are now deaths.
      if (steps === 0 && verb === 'injured' && (n.article ? CASUALTY_NOUNS.has(word) : true)) {
        let k = j + 1;
        while (k < j + 5 && (VICTIM_FILLERS.has(tokens[k]?.norm ?? '') || ['later', 'since', 'depuis'].includes(tokens[k]?.norm ?? '')) && !tokens[k]!.breakBefore) k++;
        if (k > j + 1 && !tokens[k]?.breakBefore && verbAt(tokens, k) === 'killed') return { group: group(), verb: 'killed', next: k + 1 };
      }
      if (steps === 0 && n.article && CASUALTY_NOUNS.has(word)) return { group: group(), verb, next: j + 1 };
      if (nouns === 0 && n.article) return null;
      // A bare singular noun takes a verb in the singular: "chef égorgé", not "chef ... tués".
      // A second person joined by "et" shares a plural verb: "Fille, 15, et garçon, 13, enrôlés".
      const joined = (n as { joined?: boolean }).joined === true;
      if (bare && !couple && !joined && word.endsWith('s') && !['corps', 'deces'].includes(word)) return null;
      return { group: group(), verb, next: j + (sexualAssault ? 2 : BURNT.has(word) ? 2 : 1) };
    }
    // "treated for sexual violence", "soignées pour violences sexuelles"
    if ((word === 'for' || word === 'pour') && nouns > 0 && ['treated', 'soignees', 'soignes', 'charge', 'hospitalised', 'hospitalized'].includes(tokens[j - 1]?.norm ?? '')) continue;
    // "shot and wounded", "enlevés et tués", "ligoté puis égorgé"
    if (['and', 'et', 'puis', 'then'].includes(word) && nouns > 0 && verbAt(tokens, j + 1)) continue;
    // ("15 women and girls abducted", "80 personnes environ enlevées": one count over two nouns, or an approximation after the people, counted-nouns.ts)
    const shared = nouns > 0 && !n.article ? sharedCountStep(tokens, j) : 0;
    if (shared > 0) {
      nouns++;
      j += shared - 1;
      continue;
    }
    // "3 motards interceptés et emmenés", "were stopped and taken into the bush": how they were caught, then the harm.
    if (nouns > 0 && CAUGHT.test(word) && ['and', 'et', 'puis', 'then', 'before', 'avant'].includes(tokens[j + 1]?.norm ?? '') && !tokens[j + 1]!.breakBefore) {
      j++;
      continue;
    }
    // "14 civils dont des femmes et des enfants tués": a part with no number says who; the verb is the whole's.
    if (nouns > 0 && !n.article && ['dont', 'including', 'incl'].includes(word)) {
      let k = j + 1;
      while (k < j + 7 && tokens[k] && !tokens[k]!.breakBefore && !verbAt(tokens, k) && !/^\d/.test(tokens[k]!.norm) &&
        (isPerson(tokens[k]!.norm) || ['des', 'les', 'the', 'some', 'et', 'and', 'quelques'].includes(tokens[k]!.norm))) k++;
      if (k > j + 1 && tokens[k] && !tokens[k]!.breakBefore && verbAt(tokens, k)) {
        j = k - 1;
        continue;
      }
    }
    // "Deux militaires FARDC tués", "3 M23 fighters killed": the force the people belong to, between them and the verb.
    if (nouns > 0 && (skip?.[j] || /^[A-Z][A-Z0-9-]{1,7}$/.test(token.text)) && !token.breakBefore) continue;
    if (nouns > 0 && NOUN_LINKS.has(word)) {
      free = 1; // a complement may follow: "enseignants de l'école", "women from Kiwanja"
    } else if (isPerson(word) && tokens[j + 1]?.norm === 's' && tokens[j + 1]!.start === token.end + 1) {
      // "a man's arm broken": one hurt; "a child's bicycle", "the teacher's house": the person owns what follows, no one is counted.
      if (n.article && BODY.has(tokens[j + 2]?.norm ?? '') && BROKEN.test(tokens[j + 3]?.norm ?? '')) return { group: { value: 1, child: child || CHILD_NOUNS.has(word), implicit: true }, verb: 'injured', next: j + 4 };
      // "a catechist's body found", "the chief's corpse": one person killed.
      if (n.article && /^(body|corpse|remains)$/.test(tokens[j + 2]?.norm ?? '')) return { group: { value: 1, child: child || CHILD_NOUNS.has(word), implicit: true }, verb: 'killed', next: j + 3 };
      // "the chief's son abducted": the son is who is counted.
      if (n.article && isSingularPerson(tokens[j + 2]?.norm ?? '')) {
        j++;
        continue;
      }
      return null;
    } else if (bare && child && nouns > 0 && isPerson(word) && !isSingularPerson(word) && !CHILD_NOUNS.has(word)) {
      // "Kid soldiers", "Child recruits": one word naming many, not one person.
      return null;
    } else if (CHILD_NOUNS.has(word)) {
      child = true;
      nouns++;
      free = 0;
    } else if (VICTIM_NOUNS.has(word) && free > 0 && complement < 4 && COMPLEMENT_ARTICLES.has(tokens[j - 1]!.norm)) {
      // "2 soldats de la garde républicaine tués", "officers of the republican guard": the people the complement names
      // belong to the people counted; the count stays theirs.
      free++;
      complement++;
    } else if (VICTIM_NOUNS.has(word)) {
      nouns++;
      // "members of a local NGO": an adjective inside the complement does not end it.
      if (free === 0 || !ADJECTIVE_NOUNS.has(word)) free = 0;
      if (CASUALTY_WORDS.has(word)) return null;
    } else if (VICTIM_FILLERS.has(word) || (nouns > 0 && ADVERB.test(word))) {
      // "froidement abattus", "brutally killed": read on
    } else if (free > 0 && complement < 4 && !VAGUE_QUANTITIES.has(word) && word !== 'and' && word !== 'et' && (readNumber(tokens, j)?.article ?? true)) {
      free++;
      complement++;
    } else if (nouns === 0 && modifierBefore(tokens, j)) {
      // a modifier before the noun: read on
    } else break;
  }
  // No verb: still a group when children are counted ("including 2 children") or to be joined by and/et.
  // "Teacher and his wife …", "Baby among 4 dead": a bare noun is kept only before and/et, or a child before "among".
  if (bare && !listGoesOn(tokens, j) && !['and', 'et'].includes(tokens[j]?.norm ?? '') && !(child && ['among', 'parmi'].includes(tokens[j]?.norm ?? ''))) return null;
  if (nouns === 0) return null;
  if (n.zero) return null;
  return { group: group(), verb: null, next: j };
}


// "Schoolboys, 7 of them, seized", "Des élèves, 5 au total, enlevés": the count as an aside after the people.
const ASIDE_TAILS = [['of', 'them'], ['au', 'total'], ['in', 'all'], ['en', 'tout'], ['in', 'total']];
function countAside(tokens: readonly Token[], i: number, skip?: Uint8Array): { list: Group[]; verb: VictimKey; next: number; range: boolean } | null {
  let p = i;
  if (['des', 'les', 'the', 'some'].includes(tokens[p]?.norm ?? '')) p++;
  const people = tokens[p];
  if (!people || !isPerson(people.norm) || people.norm.length < 3 || !/s$|x$|men$|children$|people$/.test(people.norm)) return null;
  const at = tokens[p + 1];
  if (!at?.breakBefore) return null;
  const n = readNumber(tokens, p + 1, skip);
  if (!n || n.article || n.zero) return null;
  const tail = ASIDE_TAILS.find(([a, b]) => tokens[n.next]?.norm === a && tokens[n.next + 1]?.norm === b);
  if (!tail) return null;
  let k = n.next + 2;
  if (!tokens[k]?.breakBefore) return null;
  while (VICTIM_FILLERS.has(tokens[k]?.norm ?? '') && k < n.next + 6) k++;
  const verb = verbAt(tokens, k);
  if (!verb) return null;
  return { list: [{ value: n.value, child: CHILD_NOUNS.has(people.norm), implicit: false }], verb, next: k + 1, range: false };
}

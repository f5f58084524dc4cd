import { noVictims, type VictimKey, type Victims } from '../domain/alert.js';
import { CASUALTY_NOUNS, CHILD_NOUNS, NOT_COUNT_UNITS, NOUN_LINKS, VAGUE_QUANTITIES, VICTIM_FILLERS, VICTIM_NOUNS, VICTIM_VERBS } from './keywords.js';
import type { Token } from './normalize.js';
import { readNumber, type NumberRead } from './numbers.js';
import { ageAt, CHILD_AGE } from './ages.js';

/** The counts read from a text, and whether a victim word came with a quantity that could not be read. */
export interface VictimReading {
  victims: Victims;
  /** "many killed", "3 or 4 abducted", "XX morts": the reporter may want to give the number. */
  unclear: boolean;
}

/**
 * Victim counts from text: "4 killed", "3 tués", "deux enfants enlevés", "12 women raped",
 * "300 ménages déplacés", "killed 4 civilians", "a teacher abducted" (one), "no one was killed"
 * (zero). A count is never guessed: what the text does not say stays null (unknown is not zero),
 * and a vague plural ("many", "plusieurs") stays unknown.
 */
export function countVictims(tokens: readonly Token[], skip?: Uint8Array): Victims {
  return readVictims(tokens, skip).victims;
}

/** `mute` marks words of phrases that only look like harm ("menacé de mort", "a cow was killed"). */
export function readVictims(tokens: readonly Token[], skip?: Uint8Array, mute?: Uint8Array, sexual = false): VictimReading {
  muted = mute;
  sexualContext = sexual;
  const victims = noVictims();
  const used = new Uint8Array(tokens.length);
  let unclear = false;
  const add = (key: VictimKey, n: number): void => {
    victims[key] = (victims[key] ?? 0) + n;
  };

  // Number first: "4 killed", "deux enfants enlevés", "2 men and 3 women killed". Children with
  // no verb ("including 2 children") wait until the verb-first pass has had its say.
  const childGroups: Array<{ start: number; next: number; value: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    // A verb followed by its own count ("killed 4 civilians") is read verb first, below.
    if (i > 0 && verbAt(tokens, i - 1) && !tokens[i]!.breakBefore && !used[i - 1]) continue;
    const groups = readGroups(tokens, i, skip);
    if (!groups) continue;
    const { list, verb, next, range } = groups;
    if (!verb) {
      const value = list.filter((g) => g.child).reduce((sum, g) => sum + g.value, 0);
      if (value > 0) childGroups.push({ start: i, next, value });
      i = Math.max(i, next - 1);
      continue;
    }
    // "une femme déplacée" describes her; only a number counts the displaced.
    if (verb === 'displaced' && list.every((g) => g.implicit)) continue;
    // "Two soldiers raped a girl", "3 hommes ont enlevé un enfant": the counted did it; who they harmed follows.
    if (verb !== 'displaced' && objectFollows(tokens, next)) continue;
    if (range) unclear = true;
    for (const g of list) {
      if (g.child && verb !== 'displaced') add('childrenAffected', g.value);
      // Recruitment counts only the children among those recruited.
      if (verb !== 'childrenAffected') add(verb, g.value);
    }
    // "une femme enlevée puis violée", "2 men abducted and killed": the same people, a second harm.
    let end = next;
    const then = tokens[end];
    const second = then && ['puis', 'then', 'et', 'and', 'before', 'avant'].includes(then.norm) ? verbAt(tokens, end + 1) : undefined;
    if (second && second !== verb && second !== 'displaced' && second !== 'childrenAffected' && !tokens[end + 1]!.breakBefore && !/^\d/.test(tokens[end + 2]?.norm ?? '')) {
      for (const g of list) add(second, g.value);
      end += 2;
    }
    used.fill(1, i, end);
  }

  readAbsences(tokens, skip, victims);

  // Verb first: "killed 4 civilians", "ont enlevé deux enfants", "abducted a child", "l'assassinat d'un commerçant".
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || skip?.[i]) continue;
    const verb = verbAt(tokens, i);
    // "agression sexuelle sur 4 femmes", "sexual violence against 3 women"
    const twoWords = !verb && SEXUAL_NOUNS.has(tokens[i]!.norm) && SEXUAL_ADJECTIVES.has(tokens[i + 1]?.norm ?? '');
    const verb2: VictimKey | undefined = twoWords ? 'crsvSurvivors' : verb;
    if (!verb2 || verb2 === 'displaced') continue;
    let j = i + (twoWords ? 2 : 1);
    while (twoWords && ['sur', 'contre', 'against', 'of', 'de', 'd'].includes(tokens[j]?.norm ?? '')) j++;
    // "Enlèvement suivi de viol d'une adolescente": both harms, one person.
    let also: VictimKey | undefined;
    if (['suivi', 'suivie', 'followed', 'puis', 'then'].includes(tokens[j]?.norm ?? '')) {
      const k = ['de', 'by', 'd'].includes(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
      const v = verbAt(tokens, k);
      if (v && v !== 'displaced' && v !== verb2) {
        also = v;
        j = k + 1;
      }
    }
    while (QUALIFIERS.has(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
    const token = tokens[j];
    if (!token || token.breakBefore || used[j]) continue;
    // "rape survivor", "victime de viol": one survivor named; "les ravisseurs du chef": one person.
    const named =
      (verb2 === 'crsvSurvivors' && ['survivor', 'survivante', 'victim', 'victime'].includes(token.norm)) ||
      (['du', 'au'].includes(tokens[j - 1]?.norm ?? '') && isSingularPerson(token.norm))
        ? { value: 1, next: j, article: true, zero: false }
        : null;
    const n = named ?? readNumber(tokens, j, skip) ?? singular(tokens, j);
    if (!n || n.zero) continue;
    let k = n.next;
    // "kidnapping of an MSF doctor": a name between the article and the person.
    if (n.article && !named && !isPerson(tokens[k]?.norm ?? '') && modifierBefore(tokens, k)) k += isPerson(tokens[k + 1]?.norm ?? '') ? 1 : 2;
    const age = ageAt(tokens, k);
    if (age) k = age.next;
    const after = tokens[k];
    const nounAfter = after && !after.breakBefore ? after.norm : '';
    if (NOT_COUNT_UNITS.has(nounAfter)) continue;
    // "two girls, minors", "deux filles mineures"
    const ageAfter = ageAt(tokens, k + 1);
    const child = CHILD_NOUNS.has(nounAfter) || CHILD_NOUNS.has(tokens[k + 1]?.norm ?? '') || (age !== null && age.years < CHILD_AGE) || (ageAfter !== null && ageAfter.years < CHILD_AGE);
    if (n.article && !isPerson(nounAfter) && !named) continue;
    if (verb2 !== 'childrenAffected') add(verb2, n.value);
    if (also && also !== 'childrenAffected') add(also, n.value);
    if (child) add('childrenAffected', n.value);
    used.fill(1, i, k + 1);
    // "killed a nun and a driver", "ont enlevé un enseignant et son fils"
    const joiner = tokens[k + 1];
    if (verb2 !== 'childrenAffected' && joiner && !joiner.breakBefore && (joiner.norm === 'and' || joiner.norm === 'et')) {
      const more = readNumber(tokens, k + 2, skip) ?? singular(tokens, k + 2);
      const person = more && tokens[more.next];
      if (more && !more.zero && person && !person.breakBefore && isPerson(person.norm)) {
        add(verb2, more.value);
        if (CHILD_NOUNS.has(person.norm)) add('childrenAffected', more.value);
        used.fill(1, k + 1, more.next + 1);
      }
    }
  }
  for (const g of childGroups) if (!used.subarray(g.start, g.next).includes(1)) add('childrenAffected', g.value);

  // "many killed", "plusieurs blessés", "XX morts": a victim word whose count stays unknown.
  if (!unclear) unclear = vagueCount(tokens, victims);
  return { victims, unclear };
}

const SEXUAL_NOUNS = new Set(['agression', 'agressions', 'violence', 'violences', 'sexual', 'abus', 'sexually']);
const SEXUAL_ADJECTIVES = new Set(['sexuelle', 'sexuelles', 'sexuel', 'sexuels', 'assault', 'assaults', 'violence', 'assaulted', 'abused']);

// Words between a victim verb and its count: "killed at least 4", "tué environ 10", "enlevé plus de 20".
const QUALIFIERS = new Set([
  'at', 'least', 'au', 'moins', 'some', 'about', 'environ', 'over', 'plus', 'de', 'than', 'of', 'd', 'around', 'approximately', 'approx',
  'nearly', 'almost', 'presque', 'pres', 'quelque', 'up', 'to', 'jusqu', 'more', 'estimated', 'toll', 'rises', 'rose', 'risen', 'stands',
  'reached', 'climbed', 'now', 'away', 'du', 'sommaire', 'sommaires', 'summary', 'extrajudicial', 'extra', 'judiciaire', 'collectif', 'collective', 'gang', 'multiple',
]);

let muted: Uint8Array | undefined;
let sexualContext = false;

/** The count a victim word at i feeds: "killed", "burnt alive", "brûlés vifs"; none inside a muted phrase. */
function verbAt(tokens: readonly Token[], i: number): VictimKey | undefined {
  if (muted?.[i]) return undefined;
  const word = tokens[i]?.norm ?? '';
  const verb = VICTIM_VERBS[word];
  if (verb) return verb;
  if (BURNT.has(word) && ALIVE.has(tokens[i + 1]?.norm ?? '')) return 'killed';
  // "ont perdu la vie", "lost their lives", "ont trouvé la mort"
  const next = tokens[i + 1]?.norm ?? '';
  const then = tokens[i + 2]?.norm ?? '';
  if ((word === 'perdu' || word === 'lost') && (LIFE.has(then) || LIFE.has(next))) return 'killed';
  if ((word === 'gunned' || word === 'cut') && next === 'down') return 'killed';
  if (word === 'blown' && next === 'up') return 'killed';
  if (/^cribl/.test(word) && next === 'de' && /^balle/.test(then)) return 'killed';
  // "shot in the leg", "touché à la jambe"
  if (['shot', 'touche', 'touchee', 'atteint', 'atteinte', 'hit'].includes(word) && ['in', 'at', 'a', 'au', 'dans'].includes(next)) {
    const part = ['the', 'his', 'her', 'la', 'le', 'l'].includes(then) ? tokens[i + 3]?.norm ?? '' : then;
    if (BODY.has(part)) return 'injured';
  }
  if (word === 'trouve' && next === 'la' && then === 'mort') return 'killed';
  return undefined;
}
const BODY = new Set(['leg', 'legs', 'arm', 'arms', 'head', 'chest', 'stomach', 'back', 'foot', 'hand', 'shoulder', 'thigh', 'neck', 'abdomen',
  'jambe', 'jambes', 'bras', 'tete', 'thorax', 'ventre', 'dos', 'pied', 'main', 'epaule', 'cuisse', 'cou']);
const LIFE = new Set(['vie', 'vies', 'life', 'lives']);
const BURNT = new Set(['burned', 'burnt', 'brule', 'brules', 'brulee', 'brulees', 'buried', 'enterre', 'enterres']);
const ALIVE = new Set(['alive', 'vif', 'vifs', 'vive', 'vives']);

function isPerson(word: string): boolean {
  return VICTIM_NOUNS.has(word) || CHILD_NOUNS.has(word);
}

// "no casualties", "aucune victime", "pas de victimes", "pas de morts", "no loss of life": a known zero.
const NONE = new Set(['no', 'zero', '0', 'aucun', 'aucune', 'sans', 'pas', 'nor', 'ni', 'without']);
const CASUALTY_WORDS = new Set(['casualties', 'casualty', 'victims', 'victim', 'victimes', 'victime']);
const ZERO_KILLED = new Set(['deaths', 'death', 'dead', 'fatalities', 'fatality', 'mort', 'morts', 'deces', 'perte', 'pertes', 'loss', 'tue', 'tues']);
const ZERO_INJURED = new Set(['injuries', 'injury', 'injured', 'wounded', 'blesse', 'blesses', 'blessure', 'blessures']);

function readAbsences(tokens: readonly Token[], skip: Uint8Array | undefined, victims: Victims): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!NONE.has(tokens[i]!.norm) || skip?.[i]) continue;
    let k = i + 1;
    // "pas de", "sans faire de", "no reported", "aucune perte en vie humaine"
    while (['de', 'd', 'faire', 'reported', 'signale', 'any', 'en', 'of'].includes(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && k < i + 4) k++;
    const word = tokens[k];
    if (!word || word.breakBefore) continue;
    if (CASUALTY_WORDS.has(word.norm)) {
      victims.killed ??= 0;
      victims.injured ??= 0;
    } else if (ZERO_KILLED.has(word.norm)) victims.killed ??= 0;
    else if (ZERO_INJURED.has(word.norm)) victims.injured ??= 0;
  }
}

// A victim word (not displacement) whose count stayed unknown, with a vague quantity before it.
function vagueCount(tokens: readonly Token[], victims: Victims): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const verb = verbAt(tokens, i);
    if (!verb || verb === 'displaced' || verb === 'childrenAffected' || victims[verb] !== null) continue;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      if (tokens[j + 1]!.breakBefore) break;
      if (VAGUE_QUANTITIES.has(tokens[j]!.norm)) return true;
    }
    // "killed: unknown", "morts: XX"
    const next = tokens[i + 1];
    if (next && VAGUE_QUANTITIES.has(next.norm) && next.norm !== 'some') return true;
  }
  return false;
}

interface Group {
  value: number;
  child: boolean;
  /** Read from "a", "le", a bare noun: one person, not a number written. */
  implicit: boolean;
}

/** From token i: one or more counted groups joined by and/et, then (maybe) the verb they share. */
function readGroups(
  tokens: readonly Token[],
  i: number,
  skip?: Uint8Array,
): { list: Group[]; verb: VictimKey | null; next: number; range: boolean } | null {
  const list: Group[] = [];
  let j = i;
  let range = false;
  for (;;) {
    // "13-year-old girl raped": an age opening the phrase names one person, it is not a count.
    const aged = list.length === 0 && ageAt(tokens, j) !== null && !startsAfterCount(tokens, j);
    const n = aged
      ? { value: 1, next: j, article: true, zero: false, range: false }
      : (readCount(tokens, j, skip) ?? (!startsAfterCount(tokens, j) ? singular(tokens, j, list.length > 0) : null));
    if (!n) break;
    if (n.range) range = true;
    const group = readGroup(tokens, n);
    if (!group) break;
    list.push(group.group);
    j = group.next;
    if (group.verb) return { list, verb: group.verb, next: group.next, range };
    // "2 men and 3 women killed": another group after and/et ("une femme et ses deux enfants").
    const joiner = tokens[j];
    if (!joiner || joiner.breakBefore || (joiner.norm !== 'and' && joiner.norm !== 'et')) break;
    j++;
    if (POSSESSIVES.has(tokens[j]?.norm ?? '') && readNumber(tokens, j + 1, skip) && !readNumber(tokens, j + 1, skip)!.article) j++;
  }
  if (list.length === 0) return null;
  return { list, verb: null, next: j, range };
}

// Adverbs between the people and what was done to them: "froidement abattus", "savagely beaten".
const ADVERB = /^[a-z]{3,}(ement|ment|ly)$/;
// A determiner then a person within three words, in the same clause: "raped a 15-year-old girl", "ont enlevé deux enfants".
function objectFollows(tokens: readonly Token[], next: number): boolean {
  const first = tokens[next];
  if (!first || first.breakBefore) return false;
  const person = (t: Token | undefined): boolean => !!t && isPerson(t.norm) && !['de', 'd', 'des'].includes(t.norm);
  if (person(first) && !OBJECT_STARTS.has(first.norm)) return true;
  if (!OBJECT_STARTS.has(first.norm)) return false;
  // "violées a Kamanyola": a French "à" typed without its accent, before a name
  if (first.norm === 'a' && /^\p{Lu}/u.test(tokens[next + 1]?.text ?? '')) return false;
  for (let k = next + 1; k <= next + 3 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore || ['par', 'by'].includes(tokens[k]!.norm)) return false;
    if (person(tokens[k])) return true;
  }
  return false;
}
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'les', 'l', 'his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'leurs', 'two', 'three', 'deux', 'trois', 'several', 'plusieurs', 'many']);
const ADJECTIVES = new Set(['pregnant', 'enceinte', 'teenage', 'young', 'old', 'elderly', 'jeune', 'vieux', 'vieille', 'local', 'innocent', 'unarmed', 'disabled', 'blind', 'handicape']);
const VICTIM_WORDS = new Set(['victime', 'victimes', 'victim', 'victims', 'survivor', 'survivors', 'survivante', 'survivantes']);
const POSSESSIVES = new Set(['ses', 'leurs', 'their', 'his', 'her', 'its', 'nos', 'our']);

// Singular determiners: "le chef de village a été tué", "his wife abducted", "the teacher was shot dead".
const SINGULAR = new Set(['le', 'la', 'l', 'son', 'sa', 'his', 'her', 'the', 'this', 'ce', 'cet', 'cette', 'another', 'un', 'une', 'a', 'an', 'one']);

/**
 * One person named without a number: "the chief was killed", "chef de village égorgé", "teacher
 * abducted". Read as an article (valid only before a person and then a victim verb in the
 * singular); a plural noun ("villagers killed") stays unknown.
 */
function singular(tokens: readonly Token[], i: number, joined = false): (NumberRead & { range: boolean }) | null {
  const t = tokens[i];
  if (!t) return null;
  // "an elderly couple", "un couple" are two.
  const couple = (k: number): boolean => tokens[k]?.norm === 'couple' || (tokens[k + 1]?.norm === 'couple' && !tokens[k + 1]!.breakBefore && ['elderly', 'old', 'young', 'jeune', 'vieux', 'married'].includes(tokens[k]?.norm ?? ''));
  if (SINGULAR.has(t.norm)) {
    const noun = tokens[i + 1];
    if (!noun || noun.breakBefore) return null;
    if (couple(i + 1)) return { value: 2, next: i + 1, article: true, zero: false, range: false, couple: true } as NumberRead & { range: boolean };
    // "le corps sans vie d'un homme", "the body of a driver": one killed.
    const body = ['corps', 'body', 'corpse', 'cadavre'].includes(noun.norm) && !['les', 'ces'].includes(t.norm);
    if (!body && !isSingularPerson(noun.norm) && !(isPerson(tokens[i + 2]?.norm ?? '') && isSingularPerson(tokens[i + 2]!.norm) && !tokens[i + 2]!.breakBefore)) return null;
    return { value: 1, next: i + 1, article: true, zero: false, range: false };
  }
  // A bare noun opening a clause: "chef de village égorgé", "teacher abducted in Oicha", "Teacher and his wife",
  // "Nizi: bébé et sa mère tués" (a colon or dash leaves a wider gap than a space).
  const before = tokens[i - 1];
  const opens = !before || t.breakBefore || t.start - before.end > 1 || ['and', 'et', 'ni', 'nor'].includes(before.norm);
  if (!joined && !opens) return null;
  if (couple(i)) return { value: 2, next: i, article: true, zero: false, range: false, bare: true, couple: true } as NumberRead & { range: boolean };
  // "Pregnant woman and her husband", "Teenage boy executed"
  const noun = tokens[i + 1];
  if (!isSingularPerson(t.norm) && !(ADJECTIVES.has(t.norm) && noun && !noun.breakBefore && isSingularPerson(noun.norm))) return null;
  return { value: 1, next: i, article: true, zero: false, range: false, bare: true } as NumberRead & { range: boolean };
}

// Plural and collective nouns are not one person: "villagers", "population", "staff".
const COLLECTIVE = new Set([
  'people', 'police', 'staff', 'youth', 'population', 'pop', 'personnel', 'de', 'd', 'des', 'more', 'other', 'additional', 'young',
  'unarmed', 'innocent', 'local', 'elderly', 'aid', 'civil', 'members', 'moto', 'old', 'jeune', 'vieux', 'congolese', 'hutu', 'tutsi', 'hema',
  'lendu', 'nande', 'twa', 'mbuti', 'bambuti', 'batwa', 'autochtone', 'indigenous', 'humanitarian', 'humanitaire', 'pregnant', 'enceinte',
  'ppl', 'pple', 'pers', 'prs', 'civ', 'civs', 'gens', 'ind', 'indiv', 'hmes', 'fem', 'enf', 'taxi', 'motorcycle', 'bleu', 'sud', 'national',
]);

function isSingularPerson(word: string): boolean {
  if (!isPerson(word) || COLLECTIVE.has(word)) return false;
  if (word.endsWith('s') && !['fils', 'corps', 'gars', 'bras'].includes(word)) return false;
  return !['men', 'women', 'children', 'people', 'fishermen', 'policemen', 'herdsmen', 'taximen'].includes(word) && !word.endsWith('x');
}

/** A number, or a range read at its lower bound ("3-4 killed", "3 à 5 morts", "entre 5 et 7"): a range is unclear. */
function readCount(tokens: readonly Token[], i: number, skip?: Uint8Array): (NumberRead & { range: boolean }) | null {
  const n = readNumber(tokens, i, skip);
  if (!n) return null;
  if (n.article || n.zero) return { ...n, range: false };
  const link = tokens[n.next];
  if (!link || link.breakBefore) return { ...n, range: false };
  const hyphen = link.hyphenBefore && /^\d+$/.test(link.norm);
  const word = ['to', 'or', 'ou', 'a', 'et', 'and'].includes(link.norm) && (link.norm !== 'et' && link.norm !== 'and' ? true : ['entre', 'between'].includes(tokens[i - 1]?.norm ?? ''));
  if (!hyphen && !word) return { ...n, range: false };
  const second = hyphen ? readNumber(tokens, n.next, skip) : readNumber(tokens, n.next + 1, skip);
  if (!second || second.article || second.zero || second.value <= n.value) return { ...n, range: false };
  return { value: n.value, next: second.next, article: false, zero: false, range: true };
}

// Inside "3 or 4 killed" the second number is not a count of its own.
function startsAfterCount(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && /^\d+$/.test(before.norm);
}

function readGroup(tokens: readonly Token[], n: NumberRead): { group: Group; verb: VictimKey | null; next: number } | null {
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
    if (token.breakBefore && !(bare && steps === 0) && j !== resumed) {
      // "Twenty-one civilians, mostly women, killed": a short aside between the people and the verb.
      const resume = nouns > 0 ? afterAside(tokens, j) : -1;
      if (resume < 0) break;
      resumed = resume;
      j = resume - 1;
      continue;
    }
    const word = token.norm;
    if (couple && (word === 'couple' || steps === 0)) {
      nouns++;
      continue;
    }
    // The article or "no" must sit right before a victim noun or verb: "a child", "aucun mort", "un mort";
    // a name may come between: "an MSF nurse", "two Red Cross volunteers".
    if (steps === 0 && n.article && !isPerson(word) && !CASUALTY_NOUNS.has(word) && !ageAt(tokens, j) && !modifierBefore(tokens, j)) return null;
    if (steps === 0 && NOT_COUNT_UNITS.has(word)) return null;
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
      (/^(agress|abus|assault)/.test(word) && (after === 'sexuellement' || after === 'sexually')) ||
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
    // "poignardé à mort", "stabbed to death": a killing.
    const toDeath = verb === 'injured' && ((tokens[j + 1]?.norm === 'a' && tokens[j + 2]?.norm === 'mort') || (tokens[j + 1]?.norm === 'to' && tokens[j + 2]?.norm === 'death'));
    if (toDeath) verb = 'killed';
    if (verb) {
      if (toDeath) return nouns === 0 && n.article ? null : { group: group(), verb, next: j + 3 };
      if (steps === 0 && n.article && CASUALTY_NOUNS.has(word)) return { group: group(), verb, next: j + 1 };
      if (nouns === 0 && n.article) return null;
      // A bare singular noun takes a verb in the singular: "chef égorgé", not "chef ... tués".
      if (bare && !couple && word.endsWith('s') && !['corps', 'deces'].includes(word)) return null;
      return { group: group(), verb, next: j + (sexualAssault ? 2 : BURNT.has(word) ? 2 : 1) };
    }
    // "shot and wounded", "enlevés et tués", "ligoté puis égorgé"
    if (['and', 'et', 'puis', 'then'].includes(word) && nouns > 0 && verbAt(tokens, j + 1)) continue;
    if (nouns > 0 && NOUN_LINKS.has(word)) {
      free = 1; // a complement may follow: "enseignants de l'école", "women from Kiwanja"
    } else if (CHILD_NOUNS.has(word)) {
      child = true;
      nouns++;
      free = 0;
    } else if (VICTIM_NOUNS.has(word)) {
      nouns++;
      free = 0;
      if (CASUALTY_WORDS.has(word)) return null;
    } else if (VICTIM_FILLERS.has(word) || (nouns > 0 && ADVERB.test(word))) {
      continue; // "froidement abattus", "brutally killed"
    } else if (free > 0 && complement < 4 && !VAGUE_QUANTITIES.has(word) && (readNumber(tokens, j)?.article ?? true)) {
      free++;
      complement++;
    } else if (nouns === 0 && modifierBefore(tokens, j)) {
      continue;
    } else break;
  }
  // No verb: still a group when children are counted ("including 2 children") or to be joined by and/et.
  if (bare && !['and', 'et'].includes(tokens[j]?.norm ?? '')) return null;
  if (nouns === 0) return null;
  if (n.zero) return null;
  return { group: group(), verb: null, next: j };
}

// A word naming who before the person: "MSF nurse", "Red Cross volunteers", "motorcycle-taxi drivers".
const NOT_MODIFIERS = new Set(['for', 'pour', 'a', 'an', 'the', 'of', 'de', 'des', 'du', 'd', 'le', 'la', 'les', 'l', 'with', 'avec', 'and', 'et', 'in', 'at', 'to', 'from', 'par', 'by', 'on', 'sur', 'dans']);
function modifierBefore(tokens: readonly Token[], j: number): boolean {
  if (NOT_MODIFIERS.has(tokens[j]?.norm ?? '')) return false;
  for (let k = j + 1; k <= j + 2; k++) {
    if (NOT_MODIFIERS.has(tokens[k]?.norm ?? '')) return false;
    const t = tokens[k];
    // no number, comma or colon between the name and the person
    if (!t || t.breakBefore || t.start - tokens[k - 1]!.end > 1 || /^\d/.test(t.norm)) return false;
    if (isPerson(t.norm) && !['de', 'd', 'des'].includes(t.norm)) return true;
    if (verbAt(tokens, k)) return false;
  }
  return false;
}

// After a comma: up to 3 words, another comma, then the verb (with its small words).
function afterAside(tokens: readonly Token[], j: number): number {
  for (let k = j + 1; k <= j + 4 && k < tokens.length; k++) {
    if (!tokens[k]!.breakBefore) continue;
    let m = k;
    while (m < tokens.length && VICTIM_FILLERS.has(tokens[m]!.norm) && (m === k || !tokens[m]!.breakBefore)) m++;
    return verbAt(tokens, m) && (m === k || !tokens[m]!.breakBefore) ? k : -1;
  }
  return -1;
}

// "boy of 15", "fille de 14": a number after a person that is an age.
function ageAfterNoun(tokens: readonly Token[], j: number): { years: number; next: number } | null {
  const t = tokens[j];
  const n = tokens[j + 1];
  if (!t || !n || !['of', 'de', 'd'].includes(t.norm) || !/^\d{1,2}$/.test(n.norm)) return null;
  const after = tokens[j + 2];
  if (after && !after.breakBefore && (isPerson(after.norm) || NOT_COUNT_UNITS.has(after.norm))) return null;
  return { years: Number(n.norm), next: j + 2 };
}

import { lingalaNobodyHurt } from './lingala-nobody-hurt.js';
import { afterMeans } from './means-before-count.js';
import { withoutPrototype } from '../lookup-table.js';
import { othersHaveOwnState } from './others-own-state.js';
import { noVictims, type VictimKey, type Victims } from '../../domain/alert.js';
import { CHILD_NOUNS, NOT_COUNT_UNITS, VAGUE_QUANTITIES } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readGroups } from './victim-groups.js';
import { CASUALTY_WORDS, countsArrested, isPerson, isSingularPerson, modifierBefore, objectFollows, singular, useVictimContext, verbAt } from './victim-words.js';
import { readNumber } from '../numbers.js';
import { ageAt, CHILD_AGE } from './ages.js';
import { companionAt, POSSESSIVES_MANY, readTrailingHarm } from './victim-companions.js';
import { companionAfterPlace } from './companion-after-place.js';
import { harmAfter, harmBefore } from './displaced-victims.js';
import { goodsAfter } from './goods-after.js';
import { HOUSEHOLDS, movedPeople, PEOPLE } from './moved-people.js';
import { QUALIFIERS } from './victim-vocabulary.js';

const PLACE_KINDS = new Set(['village', 'town', 'groupement', 'locality', 'chiefdom', 'parish', 'market', 'site', 'camp']);

function wholeHasHarm(tokens: readonly Token[], start: number): boolean {
  if (verbAt(tokens, start - 1)) return true;
  return ['de', 'of', 'd'].includes(tokens[start - 1]?.norm ?? '') && verbAt(tokens, start - 2) !== undefined;
}

/** The counts read from a text, and whether a victim word came with a quantity that could not be read. */
export interface VictimReading {
  victims: Victims;
  /** "many killed", "3 or 4 abducted", "XX morts": the reporter may want to give the number. */
  unclear: boolean;
  /** "dozens dead", "des dizaines de morts": the killed count stays unknown, but is at least this many. */
  killedAtLeast: number | null;
}

/**
 * Victim counts from text: "4 killed", "3 tués", "deux enfants enlevés", "12 women raped",
 * "300 ménages déplacés", "killed 4 civilians", "a teacher abducted" (one), "no one was killed"
 * (zero). A count is never guessed: what the text does not say stays null (unknown is not zero),
 * and a vague plural ("many", "plusieurs") stays unknown.
 * `mute` marks words of phrases that only look like harm ("menacé de mort", "a cow was killed").
 */
export function readVictims(tokens: readonly Token[], skip?: Uint8Array, mute?: Uint8Array, sexual = false): VictimReading {
  useVictimContext(mute, sexual, skip);
  const victims = noVictims();
  const used = new Uint8Array(tokens.length);
  let unclear = false;
  // "personne n'a été blessé": the words of "no one hurt" count nobody (C11, readAbsences).
  const nobody = nobodyHurtSpan(tokens);
  if (nobody) used.fill(1, nobody[0], nobody[1]);
  const add = (key: VictimKey, n: number): void => {
    victims[key] = (victims[key] ?? 0) + n;
  };

  // Number first: "4 killed", "deux enfants enlevés", "2 men and 3 women killed". Children with
  // no verb ("including 2 children") wait until the verb-first pass has had its say.
  const childGroups: Array<{ start: number; next: number; value: number }> = [];
  // "Sept personnes dont une femme enceinte tuées", "7 people including 2 children killed": the whole is counted, the part says who.
  let whole: { start: number; next: number; value: number; child: boolean } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // ("Raia Mutomboki took fuel": "raia" is a person in Swahili, but a word of an actor's or a place's name opens no group)
    if (used[i] || skip?.[i]) continue;
    // A verb followed by its own count ("killed 4 civilians") is read verb first, below.
    if (i > 0 && verbAt(tokens, i - 1) && !tokens[i]!.breakBefore && !used[i - 1]) continue;
    const groups = readGroups(tokens, i, skip);
    if (!groups) continue;
    const { list, verb, next, range } = groups;
    // "FARDC arrested 20 youths after the killing of …": those arrested are counted nowhere.
    if (countsArrested(tokens, i)) {
      // ("arrested a soldier who killed a civilian", "ont arrêté l'auteur présumé du meurtre d'une femme": the one arrested
      // did the harm told after them; its verb and object stay for the verb-first reading)
      const who = verb ? harmOfArrested(tokens, i, next) : -1;
      used.fill(1, i, who >= 0 ? who : next);
      i = Math.max(i, next - 1);
      continue;
    }
    if (!verb) {
      if (list.every((g) => !g.implicit)) whole = { start: i, next, value: list.reduce((sum, g) => sum + g.value, 0), child: list.every((g) => g.child) };
      const value = list.filter((g) => g.child).reduce((sum, g) => sum + g.value, 0);
      // "including a child", "Baby among 4 dead" count; "A child hit by a car" names no harm Veille counts.
      const told = !list.every((g) => g.implicit) || SUBSET.has(tokens[i - 1]?.norm ?? '') || ['among', 'parmi'].includes(tokens[next]?.norm ?? '');
      if (value > 0 && told) childGroups.push({ start: i, next, value });
      i = Math.max(i, next - 1);
      continue;
    }
    // "une femme déplacée" describes her; only a number counts the displaced.
    if (verb === 'displaced' && list.every((g) => g.implicit)) continue;
    // "ont tabassé 3 déplacés", "Deux déplacés du site de Plaine Savo tués": displaced people harmed, the harm owns the count (displaced-victims.ts)
    if (verb === 'displaced' && harmBefore(tokens, i)) continue;
    const harmed = verb === 'displaced' ? harmAfter(tokens, next) : null;
    if (harmed) {
      for (const g of list) add(harmed, g.value);
      used.fill(1, i, next);
      continue;
    }
    // "viols contre 2 femmes déplacées": a harm "sur"/"contre" them owns the count; "déplacées" only says who they are.
    if (verb === 'displaced' && /^(sur|contre|against|on)$/.test(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore) continue;
    // "200 ménages ont quitté", "50 households fled": households are not a count of people.
    if (verb === 'displaced' && tokens.slice(i, next).some((t) => HOUSEHOLDS.has(t.norm)) && !tokens.slice(i, next).some((t) => PEOPLE.has(t.norm))) {
      used.fill(1, i, next);
      continue;
    }
    // "Two soldiers raped a girl", "3 hommes ont enlevé un enfant": the counted did it; who they harmed follows.
    // "1 mort 2 femmes violées": a casualty noun takes no object; the next count is its own.
    if (verb !== 'displaced' && !NO_OBJECT.has(tokens[next - 1]?.norm ?? '') && objectFollows(tokens, next)) continue;
    if (range) unclear = true;
    // "Cinquante-deux personnes dont 30 enfants ont fui": the whole fled (children who fled are no grave violation).
    if (whole && whole.next === i - 1 && SUBSET.has(tokens[i - 1]!.norm) && verb === 'displaced' && whole.value > list.reduce((sum, g) => sum + g.value, 0)) {
      add('displaced', whole.value);
      used.fill(1, whole.start, next);
      whole = null;
      continue;
    }
    // ("Enlèvement de cinq personnes …, dont deux tuées en captivité": the whole already has its harm, the part its own; reports42)
    if (whole && whole.next === i - 1 && SUBSET.has(tokens[i - 1]!.norm) && verb !== 'displaced' && verb !== 'childrenAffected' && !(tokens[i - 1]!.breakBefore && wholeHasHarm(tokens, whole.start))) {
      const part = list.reduce((sum, g) => sum + g.value, 0);
      if (whole.value > part) {
        add(verb, whole.value);
        const children = whole.child ? whole.value : list.filter((g) => g.child).reduce((sum, g) => sum + g.value, 0);
        if (children > 0) add('childrenAffected', children);
        used.fill(1, whole.start, next);
        whole = null;
        continue;
      }
    }
    // "trois blessés dont deux dans un état critique", "5 wounded, including 2 seriously": a part of those already counted.
    const subset = SUBSET.has(tokens[i - 1]?.norm ?? '') && verb !== 'displaced' && victims[verb === 'childrenAffected' ? 'childrenAffected' : verb] !== null;
    if (subset) {
      used.fill(1, i, next);
      continue;
    }
    for (const g of list) {
      // "aucun élève blessé": no child hurt says nothing of how many children were victims
      if (g.child && verb !== 'displaced' && g.value > 0) add('childrenAffected', g.value);
      // Recruitment counts only the children among those recruited.
      if (verb !== 'childrenAffected') add(verb, g.value);
    }
    // "une femme enlevée puis violée", "2 men abducted and killed": the same people, a second harm.
    let end = next;
    const then = tokens[end];
    const second = then && ['puis', 'then', 'et', 'and', 'before', 'avant'].includes(then.norm) ? verbAt(tokens, end + 1) : undefined;
    // ("shot one IDP dead and took the food stock": the second verb takes goods, not the same people, goods-after.ts)
    if (second && second !== verb && second !== 'displaced' && second !== 'childrenAffected' && !tokens[end + 1]!.breakBefore && !/^\d/.test(tokens[end + 2]?.norm ?? '') && !(second === 'abducted' && goodsAfter(tokens, end + 2))) {
      for (const g of list) add(second, g.value);
      end += 2;
    }
    // "slain together with his brother", "abattu avec son fils", "killed along with two of his children"
    // ("abducted near Boga with his driver": the companion after a place, victims/companion-after-place.ts)
    const companion = companionAt(tokens, end, skip) ?? companionAfterPlace(tokens, end, skip);
    if (companion && verb !== 'displaced' && verb !== 'childrenAffected') {
      add(verb, companion.value);
      if (companion.child) add('childrenAffected', companion.value);
      end = companion.next;
    }
    used.fill(1, i, end);
  }

  // "mouvement de quelque 900 personnes", "afflux de 2 000 déplacés", "arrival of some 300 people": a movement of people counts them.
  if (victims.displaced === null) victims.displaced = movedPeople(tokens, used, skip);
  readAbsences(tokens, skip, victims, nobody);

  // Verb first: "killed 4 civilians", "ont enlevé deux enfants", "abducted a child", "l'assassinat d'un commerçant".
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || skip?.[i]) continue;
    const verb = verbAt(tokens, i);
    // "agression sexuelle sur 4 femmes", "sexual violence against 3 women"
    // ("abuse sexuelle sur une fillette": "abuse" also reads as "abusée", the phrase is still two words)
    const twoWords = (!verb || verb === 'crsvSurvivors') && SEXUAL_NOUNS.has(tokens[i]!.norm) && SEXUAL_ADJECTIVES.has(tokens[i + 1]?.norm ?? '');
    const verb2: VictimKey | undefined = twoWords ? 'crsvSurvivors' : verb;
    if (!verb2 || verb2 === 'displaced') continue;
    // "made off with a pastor": the verb is three words.
    let j = i + (twoWords ? 2 : verb2 === 'abducted' && tokens[i]!.norm === 'made' ? 3 : 1);
    while ((twoWords || tokens[i]!.norm === 'vs') && ['sur', 'contre', 'against', 'of', 'de', 'd'].includes(tokens[j]?.norm ?? '')) j++;
    // ("cas de viol sur une mineure de 13 ans", "viols contre 3 femmes": the one raped after sur/contre)
    if (verb2 === 'crsvSurvivors' && j === i + 1 && ['sur', 'contre'].includes(tokens[j]?.norm ?? '') && !tokens[j]!.breakBefore) j++;
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
    // ("blessés par balle: 4": how they were harmed, then the count, means-before-count.ts)
    j = afterMeans(tokens, j);
    const token = tokens[j];
    if (!token || token.breakBefore || used[j]) continue;
    // "rape survivor", "victime de viol": one survivor named; "les ravisseurs du chef": one person.
    const named =
      (verb2 === 'crsvSurvivors' && ['survivor', 'survivante', 'victim', 'victime'].includes(token.norm)) ||
      (['du', 'au'].includes(tokens[j - 1]?.norm ?? '') && isSingularPerson(token.norm))
        ? { value: 1, next: j, article: true, zero: false }
        : null;
    // "killed a couple" is two: an article is read as one person only when no couple follows.
    const read = readNumber(tokens, j, skip);
    const n = named ?? (read?.article ? (singular(tokens, j) ?? read) : read) ?? singular(tokens, j);
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
    // "killed a farmer" is one; "massacré une famille" is not a count of one
    const couple = (n as { couple?: boolean }).couple === true;
    if (n.article && (!isPerson(nounAfter) || GROUP_NOUNS.has(nounAfter)) && !named && !couple) continue;
    // "made off with 120 cows", "ont emporté 3 chèvres": verbs that take things as well count only people.
    // ("took 4 of them": a count of the people named before)
    const ofThem = ['of', 'd'].includes(nounAfter) && ['them', 'us', 'entre'].includes(tokens[k + 1]?.norm ?? '');
    if (TAKES_THINGS.has(tokens[i]!.norm) && !isPerson(nounAfter) && !ofThem) continue;
    if (verb2 !== 'childrenAffected') add(verb2, n.value);
    if (also && also !== 'childrenAffected') add(also, n.value);
    if (child) add('childrenAffected', n.value);
    // "killed: 3, injured: 5": the word after a bare count is not part of it
    used.fill(1, i, isPerson(nounAfter) || child ? k + 1 : k);
    // "killed a nun and a driver", "ont enlevé un enseignant et son fils"
    // "un chauffeur de camion et son convoyeur", "a driver of the NGO and his assistant": a complement of the first person before and/et
    // ("le chef de village de Kitutu et deux de ses fils": two complements, reports16)
    for (let hop = 0, from = k; hop < 2 && ['de', 'd', 'of'].includes(tokens[from + 1]?.norm ?? '') && !tokens[from + 1]!.breakBefore && isPerson(nounAfter); hop++) {
      let c = from + 2;
      if (['the', 'la', 'l', 'le', 'an', 'a'].includes(tokens[c]?.norm ?? '')) c++;
      if (!tokens[c] || tokens[c]!.breakBefore || isPerson(tokens[c]!.norm) || readNumber(tokens, c)) break;
      // ("the chief of Mayimoya village and his son": the kind of place after its name, reports42)
      if (PLACE_KINDS.has(tokens[c + 1]?.norm ?? '') && !tokens[c + 1]!.breakBefore && ['and', 'et'].includes(tokens[c + 2]?.norm ?? '')) c++;
      if (['and', 'et'].includes(tokens[c + 1]?.norm ?? '') && !tokens[c + 1]!.breakBefore) {
        k = c;
        break;
      }
      from = c;
    }
    // "the nurse's husband and two boys", "le fils du chef et 2 neveux": the owner named before the list goes on
    if (isPerson(nounAfter) && isSingularPerson(tokens[k + 2]?.norm ?? '') && !tokens[k + 1]!.breakBefore && !tokens[k + 2]!.breakBefore && ['and', 'et'].includes(tokens[k + 3]?.norm ?? '') &&
      ((tokens[k + 1]!.norm === 's' && tokens[k + 1]!.start === tokens[k]!.end + 1) || tokens[k + 1]!.norm === 'du')) k += 2;
    const joiner = tokens[k + 1];
    if (verb2 !== 'childrenAffected' && joiner && !joiner.breakBefore && (joiner.norm === 'and' || joiner.norm === 'et')) {
      // "d'une femme et de sa fille de 12 ans", "a woman and her daughter": one more, named by a possessive
      let m = k + 2;
      if (['de', 'd', 'of'].includes(tokens[m]?.norm ?? '') && ONE_OWNER.has(tokens[m + 1]?.norm ?? '')) m++;
      const owned = ONE_OWNER.has(tokens[m]?.norm ?? '') && isSingularPerson(tokens[m + 1]?.norm ?? '') ? { value: 1, next: m + 1, article: true, zero: false } : null;
      const more = owned ?? readNumber(tokens, k + 2, skip) ?? singular(tokens, k + 2);
      // "and two of his sons", "et deux de ses fils"
      if (more && !more.article && ['of', 'de', 'd'].includes(tokens[more.next]?.norm ?? '') && POSSESSIVES_MANY.has(tokens[more.next + 1]?.norm ?? '')) more.next += 2;
      // "and two church members": a name before the person
      if (more && !more.article && !isPerson(tokens[more.next]?.norm ?? '') && modifierBefore(tokens, more.next) && isPerson(tokens[more.next + 1]?.norm ?? '')) more.next++;
      // "and a 14-year-old girl", "and a 12 y/o boy": an age between the article and the person
      const agedBefore = more?.article ? ageAt(tokens, more.next) : null;
      const at = agedBefore ? agedBefore.next : (more?.next ?? 0);
      const person = more && tokens[at];
      // ("tué quatre civils et deux autres sont portés disparus": the others have a state of their own, others-own-state.ts)
      if (more && !more.zero && person && !person.breakBefore && isPerson(person.norm) && !othersHaveOwnState(tokens, at + 1)) {
        add(verb2, more.value);
        const years = agedBefore?.years ?? ageAt(tokens, at + 1)?.years ?? ageAt(tokens, at - 1)?.years;
        if (CHILD_NOUNS.has(person.norm) || (years !== undefined && years < CHILD_AGE)) add('childrenAffected', more.value);
        used.fill(1, k + 1, at + 1);
      }
    }
  }
  // "4 schoolchildren abducted, 2 girls and 2 boys": a breakdown after a comma that adds up to the children counted is the same children.
  for (const g of childGroups) if (!used.subarray(g.start, g.next).includes(1) && !(tokens[g.start]!.breakBefore && victims.childrenAffected === g.value)) add('childrenAffected', g.value);
  readTrailingHarm(tokens, used, victims, skip);

  // "many killed", "plusieurs blessés", "XX morts": a victim word whose count stays unknown.
  if (!unclear) unclear = vagueCount(tokens, victims);
  const killedAtLeast = victims.killed === null ? killedLowerBound(tokens) : null;
  return { victims, unclear, killedAtLeast };
}

// A plural of a round number is at least two of them: "dozens" ≥ 24, "des dizaines" ≥ 20, "hundreds" ≥ 200.
const AT_LEAST: Record<string, number> = withoutPrototype({ dozens: 24, douzaines: 24, dizaines: 20, scores: 40, hundreds: 200, centaines: 200 });
const OF_WORDS = new Set(['of', 'de', 'd', 'des', 'people', 'civilians', 'personnes', 'civils', 'villagers', 'villageois', 'were', 'ont', 'ete', 'sont', 'have', 'been', 'reportedly', 'auraient']);

/** "dozens dead", "des dizaines de morts", "killed dozens of civilians": killed, at least so many. */
function killedLowerBound(tokens: readonly Token[]): number | null {
  let best: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // "several dozen", "quelques dizaines": at least two dozen
    const bound = AT_LEAST[tokens[i]!.norm] ?? (['dozen', 'douzaine', 'dizaine'].includes(tokens[i]!.norm) && ['several', 'some', 'plusieurs', 'quelques'].includes(tokens[i - 1]?.norm ?? '') ? 20 : undefined);
    if (!bound) continue;
    // the killing after the quantity ("dozens of civilians killed") or just before it ("killed dozens")
    let k = i + 1;
    while (k < i + 5 && OF_WORDS.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    const after = tokens[k] && !tokens[k]!.breakBefore && verbAt(tokens, k) === 'killed';
    const before = !tokens[i]!.breakBefore && (verbAt(tokens, i - 1) === 'killed' || (['killed', 'tue', 'massacre', 'fait'].includes(tokens[i - 2]?.norm ?? '') && ['des', 'over'].includes(tokens[i - 1]?.norm ?? '')));
    if (after || before) best = Math.max(best ?? 0, bound);
  }
  return best;
}

const ONE_OWNER = new Set(['sa', 'son', 'his', 'her', 'leur', 'their']);
const NO_OBJECT = new Set(['mort', 'morts', 'morte', 'mortes', 'dead', 'deaths', 'blesses', 'blessees', 'injuries', 'casualties', 'victimes', 'victims']);
const TAKES_THINGS = new Set(['made', 'carried', 'took', 'taken', 'dragged', 'led', 'emporte', 'emportes', 'emportee', 'emportees', 'ravi', 'ravis', 'ravie', 'ravies', 'amene', 'amenes', 'amenee', 'amenees', 'seized', 'seize', 'seizing', 'grabbed', 'snatched', 'captured', 'saisi', 'saisis', 'enleve', 'enleves']);
const SUBSET = new Set(['dont', 'including', 'incl', 'whom', 'among']);
const GROUP_NOUNS = new Set(['family', 'famille', 'menage', 'household', 'group', 'groupe', 'crowd', 'foule']);
const SEXUAL_NOUNS = new Set(['agression', 'agressions', 'violence', 'violences', 'sexual', 'abus', 'abuse', 'abuses', 'sexually', 'exploitation']);
const SEXUAL_ADJECTIVES = new Set(['sexuelle', 'sexuelles', 'sexuel', 'sexuels', 'assault', 'assaults', 'violence', 'assaulted', 'abused']);


// "no casualties", "aucune victime", "pas de victimes", "pas de morts", "no loss of life": a known zero.
const NONE = new Set(['no', 'zero', '0', 'aucun', 'aucune', 'sans', 'pas', 'nor', 'ni', 'without']);
const ZERO_KILLED = new Set(['deaths', 'death', 'dead', 'fatalities', 'fatality', 'mort', 'morts', 'deces', 'perte', 'pertes', 'loss', 'tue', 'tues']);
const ZERO_INJURED = new Set(['injuries', 'injury', 'injured', 'wounded', 'blesse', 'blesses', 'blessure', 'blessures']);

// C11: "no one hurt", "nobody was harmed", "personne n'a été blessé", "personne n'est touché", "nobody hit": nobody killed
// or injured. ("nobody killed" says only the dead: the verb must be one of hurting.)
// (Swahili: "hakuna aliyejeruhiwa", "hakuna mtu aliyeuawa")
const NOBODY = new Set(['personne', 'nobody', 'none', 'noone', 'hakuna']);
const NOBODY_AUX = new Set(['n', 'est', 'a', 'ete', 'was', 'got', 'is', 'were', 'has', 'been', 'have', 'pas', 'had', 'mtu']);
const HURT = /^(touche|touchee|touches|touchees|hit|hurt|harmed|injured|wounded|blesse|blessee|blesses|blessees|atteint|atteinte|atteints|affected|aliyejeruhiwa|aliyeumia|aliyeumizwa)$/;
// ("aucun blessé", "no injured" name the wounded only: HURT_ANYONE leaves them to ZERO_INJURED)
const HURT_ANYONE = /^(touche|touchee|touches|touchees|hurt|harmed|atteint|atteinte|atteints)$/;
const NO_CIVILIAN = /^(civilian|civilians|civ|civil|civils)$/;
const KILLED = /^(tue|tuee|tues|killed|died|mort|morte|dead|aliyeuawa|aliyekufa)$/;
/** Where "no one hurt" is said (start, end, and whether only the dead are denied: "personne n'a été tué"), or null. */
function nobodyHurtSpan(tokens: readonly Token[]): [number, number, boolean] | null {
  // ("moto moko te azoki": victims/lingala-nobody-hurt.ts)
  const lingala = lingalaNobodyHurt(tokens);
  if (lingala) return [lingala[0], lingala[1], false];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const noOne = w === 'one' && tokens[i - 1]?.norm === 'no' && !tokens[i]!.breakBefore;
    // ("no civilian touched", "aucun civil touché", "no civilian affected": the same of civilians, with a verb of hurting
    // anyone, not "aucun civil blessé" which names the wounded only; reports48)
    if (NO_CIVILIAN.test(w) && /^(no|aucun|aucune)$/.test(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore) {
      const v = tokens[i + 1];
      if (v && !v.breakBefore && (HURT_ANYONE.test(v.norm) || /^(hit|affected|touched)$/.test(v.norm))) return [i - 1, i + 2, false];
    }
    if (!noOne && !NOBODY.has(w)) continue;
    let k = i + 1;
    while (k < i + 4 && NOBODY_AUX.has(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (k >= tokens.length || tokens[k]!.breakBefore) continue;
    if (HURT.test(tokens[k]!.norm)) return [noOne ? i - 1 : i, k + 1, false];
    // ("nobody killed or injured", "personne n'a été tué ni blessé": both)
    if (KILLED.test(tokens[k]!.norm)) return /^(or|ou|ni|nor|and|et)$/.test(tokens[k + 1]?.norm ?? '') && HURT.test(tokens[k + 2]?.norm ?? '') ? [noOne ? i - 1 : i, k + 3, false] : [noOne ? i - 1 : i, k + 1, true];
  }
  return null;
}
// "unhurt", "unharmed", "indemne", "sains et saufs": nobody hurt either (C11).
const UNHURT = new Set(['unhurt', 'unharmed', 'uninjured', 'unscathed', 'indemne', 'indemnes']);
const SAFE = new Set(['sauf', 'saufs', 'sauve', 'sauves']);
const SOUND = new Set(['sain', 'sains', 'saine', 'saines']);
// ("released without harm", "relâchés sans aucun mal", "safe and sound": the same said in words; reports45; not "sans
// dommage", said of things: "drone visé par des tirs, sans dommage")
const WITHOUT = /^(without|sans)$/;
const HARM_WORD = /^(harm|mal|egratignure|scratch)$/;
const unhurtAt = (tokens: readonly Token[], i: number): boolean => {
  const w = tokens[i]!.norm;
  if (HARM_WORD.test(w) && !tokens[i]!.breakBefore) return WITHOUT.test(tokens[i - 1]?.norm ?? '') || (/^(any|aucun|une|a)$/.test(tokens[i - 1]?.norm ?? '') && WITHOUT.test(tokens[i - 2]?.norm ?? ''));
  if (w === 'sound' && tokens[i - 1]?.norm === 'and' && tokens[i - 2]?.norm === 'safe') return true;
  if (!UNHURT.has(w) && !(SAFE.has(w) && tokens[i - 1]?.norm === 'et' && SOUND.has(tokens[i - 2]?.norm ?? ''))) return false;
  return tokens[i - 1]?.norm !== 'not' && tokens[i - 1]?.norm !== 'pas';
};

const TOLL_AFTER = /^(figure|figures|toll|tolls|count|counts|number|numbers|report|reports|chiffre|chiffres|bilan|data|info)$/;
function readAbsences(tokens: readonly Token[], skip: Uint8Array | undefined, victims: Victims, nobody: [number, number, boolean] | null): void {
  if (nobody?.[2]) victims.killed ??= 0;
  else if (nobody || tokens.some((_, i) => unhurtAt(tokens, i))) {
    victims.killed ??= 0;
    victims.injured ??= 0;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!NONE.has(tokens[i]!.norm) || skip?.[i]) continue;
    let k = i + 1;
    // "pas de", "sans faire de", "no reported", "aucune perte en vie humaine", "no civ casualties", "no immediate casualties"
    while (['de', 'd', 'faire', 'reported', 'signale', 'any', 'encore', 'yet', 'en', 'of', 'civilian', 'civ', 'civilians', 'civils', 'civil', 'human', 'immediate', 'confirmed', 'known'].includes(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore && k < i + 4) k++;
    const word = tokens[k];
    if (!word || word.breakBefore) continue;
    // "no deaths confirmed yet", "aucun mort confirmé pour l'instant": not yet known is unknown, not zero
    // ("no victims known yet", "aucune victime connue pour l'instant": the same, reports46)
    if (/^(confirmed|confirme|confirmes|confirmee|confirmees|verified|verifie|verifies|known|connu|connus|connue|connues)$/.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) continue;
    // "no casualty figure yet", "pas de bilan des victimes": the toll is not known yet, which is unknown, not zero (t19)
    if (TOLL_AFTER.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore) continue;
    // ("no civilian casualties" beside "2 peacekeepers wounded", "no casualties among troops": nobody else killed or hurt, C11;
    // a count said keeps its value)
    if (CASUALTY_WORDS.has(word.norm)) {
      victims.killed ??= 0;
      victims.injured ??= 0;
    } else if (HURT_ANYONE.test(word.norm) && !/^(pas|ni|nor)$/.test(tokens[i]!.norm)) {
      // "no civilian hurt", "aucun civil touché" (C11)
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

// Where the harm of the people arrested starts: the relative "who"/"qui", else the verb or harm noun itself, or -1.
// ("arrested 2 suspects in the killing of a trader", "dans le meurtre d'un commerçant": the case they are held in, reports49)
const IN_CASE = /^(in|for|over|dans|pour)$/;
const WHO_WORDS: ReadonlySet<string> = new Set(['who', 'qui', 'that']);
function harmOfArrested(tokens: readonly Token[], from: number, to: number): number {
  const of = (k: number): boolean => /^(du|de|d|of|des)$/.test(tokens[k]?.norm ?? '');
  for (let k = from + 1; k < to; k++) if (WHO_WORDS.has(tokens[k]!.norm)) return objectFollows(tokens, to) ? k : -1;
  // ("l'auteur présumé du meurtre d'une femme": the harm noun, then whom it struck)
  for (let k = to - 1; k > from; k--) if (verbAt(tokens, k) && (of(k - 1) || (/^(the|l|le|la)$/.test(tokens[k - 1]!.norm) && (of(k - 2) || IN_CASE.test(tokens[k - 2]?.norm ?? '')))) && (of(to) || objectFollows(tokens, to))) return k;
  return -1;
}

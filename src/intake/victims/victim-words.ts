import type { VictimKey } from '../../domain/alert.js';
import { CHILD_NOUNS, NOT_COUNT_UNITS, VICTIM_FILLERS, VICTIM_NOUNS, VICTIM_VERBS } from '../categories/keywords.js';
import { reportStart, type Token } from '../normalize.js';
import { readNumber, type NumberRead } from '../numbers.js';
import { byWord } from '../word-memo.js';

/** The words of a victim count: who (a person, one person), what was done to them, and the small words around. */

// Set per text by readVictims (parsing is synchronous, one text at a time).
let muted: Uint8Array | undefined;
export let sexualContext = false;

/** Set for one text: words of look-alike phrases to ignore, and whether the text speaks of rape. */
const TOOK = /^(took|taken|take|takes|taking)$/;
const SHELTER: ReadonlySet<string> = new Set(['shelter', 'refuge', 'cover', 'sanctuary']);
const GOODS = /^(goats?|chevres?|cattle|cows?|vaches?|boeufs?|betail|livestock|animals?|animaux|chickens?|poules?|pigs?|porcs?|sheep|moutons?|money|argent|cash|phones?|telephones?|motos?|motorbikes?|motorcycles?|bikes?|velos?|goods|biens|food|vivres|harvest|recoltes?|crops|property|belongings|effets|medicines?|medicaments|drugs|supplies|gold|minerals|bags?|sacs?)$/;
const OWNER = /^(their|his|her|its|the|all|some|several|a|an|leurs?|ses|sa|son|les|des|du|tout|tous|\d+)$/;
function goodsAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k, end = k + 3; j < end && j < tokens.length; j++) {
    if (j > k && tokens[j]!.breakBefore) return false;
    if (GOODS.test(tokens[j]!.norm)) return true;
    // "took the nurse's motorcycle": the owner named with 's, then the thing taken
    if (tokens[j + 1]?.norm === 's' && !tokens[j + 1]!.breakBefore) {
      j++;
      end += 2;
      continue;
    }
    if (!OWNER.test(tokens[j]!.norm)) return false;
  }
  return false;
}

export function useVictimContext(mute: Uint8Array | undefined, sexual: boolean, names?: Uint8Array): void {
  muted = mute;
  verbs.tokens = null;
  sexualContext = sexual;
  named = names;
}
// Words of places and actors: "près de Kitshanga chauffeur blessé" — a person named right after a place opens a clause.
let named: Uint8Array | undefined;

const BLADE = /^(hacked|slashed|stabbed|beaten|poignarde\w*)$/;
const PICKED_UP = /^(ramass|ramas)/;
const THE_DEAD_OR_HURT = /^(corps|bodies|body|cadavres?|depouilles?|dead|morts?|blesses?|wounded|injured|victimes?|victims?)$/;

/** The dead, the wounded or victims named within three words from `from`. */
export function deadOrHurtAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) if (THE_DEAD_OR_HURT.test(tokens[k]!.norm)) return true;
  return false;
}
function toDeathAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 8 && k + 1 < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    if ((tokens[k]!.norm === 'to' && tokens[k + 1]!.norm === 'death') || (tokens[k]!.norm === 'a' && tokens[k + 1]!.norm === 'mort')) return true;
  }
  return false;
}

// What verbAt read at each word of the text being parsed: the count readers ask about the same words many times,
// and each reading tries dozens of patterns (~12 % of the parser's time before this cache).
const verbs: { tokens: readonly Token[] | null; read: Array<VictimKey | null | undefined> } = { tokens: null, read: [] };
const NONE = null;

/** The count a victim word at i feeds: "killed", "burnt alive", "brûlés vifs"; none inside a muted phrase. */
export function verbAt(tokens: readonly Token[], i: number): VictimKey | undefined {
  if (verbs.tokens !== tokens) {
    verbs.tokens = tokens;
    verbs.read = [];
  }
  const known = verbs.read[i];
  if (known !== undefined) return known === NONE ? undefined : known;
  const read = readVerbAt(tokens, i);
  verbs.read[i] = read ?? NONE;
  return read;
}

function readVerbAt(tokens: readonly Token[], i: number): VictimKey | undefined {
  if (muted?.[i]) return undefined;
  const word = tokens[i]?.norm ?? '';
  // "3 left injured", "one left dead": left describes the harm that follows, not a flight.
  if (word === 'left' && (VICTIM_VERBS[tokens[i + 1]?.norm ?? ''] !== undefined || /^(behind|over|unattended|alone)$/.test(tokens[i + 1]?.norm ?? ''))) return undefined;
  // "400 IDPs left for Rutshuru": left for somewhere is a flight.
  if (word === 'left' && /^(for|towards?)$/.test(tokens[i + 1]?.norm ?? '')) return 'displaced';
  const verb = VICTIM_VERBS[word] ?? (word.length >= 5 ? mistypedVerbOf(word) : undefined);
  // "hacked a carpenter and his apprentice to death": the death told after the people is counted there
  if (verb === 'injured' && BLADE.test(word) && toDeathAfter(tokens, i)) return undefined;
  // "la Croix-Rouge a ramassé 3 corps": the dead or the wounded collected, nobody taken (picked-up.ts)
  if (verb === 'abducted' && PICKED_UP.test(word) && deadOrHurtAfter(tokens, i + 1)) return undefined;
  // "shot 2 farmers and took their goats": goods taken, nobody ("took the chief" stays a taking)
  if (verb === 'abducted' && TOOK.test(word) && goodsAfter(tokens, i + 1)) return undefined;
  // "500 people took shelter in the church", "took refuge at the base": they fled there, nobody took them
  if (verb === 'abducted' && TOOK.test(word) && SHELTER.has(tokens[i + 1]?.norm ?? '')) return 'displaced';
  if (verb) return verb;
  if (BURNT.has(word) && ALIVE.has(tokens[i + 1]?.norm ?? '')) return 'killed';
  // "ont perdu la vie", "lost their lives", "ont trouvé la mort"
  const next = tokens[i + 1]?.norm ?? '';
  const then = tokens[i + 2]?.norm ?? '';
  if ((word === 'perdu' || word === 'lost') && (LIFE.has(then) || LIFE.has(next))) return 'killed';
  if ((word === 'gunned' || word === 'cut' || word === 'mowed') && next === 'down') return 'killed';
  // "passés par les armes", "put to the sword"
  if (/^pass(e|es|ee|ees)$/.test(word) && next === 'par' && then === 'les' && /^armes?$/.test(tokens[i + 3]?.norm ?? '')) return 'killed';
  // "rounded up nine villagers", "ont raflé des jeunes"
  if (word === 'rounded' && next === 'up') return 'abducted';
  // "held 3 women captive", "holding two girls hostage", "détiennent 4 commerçants en otage"
  if (HELD.has(word)) {
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      if (tokens[k]!.breakBefore) break;
      if (CAPTIVE.has(tokens[k]!.norm)) return 'abducted';
    }
  }
  // "ADF abducted 5, about 20 others still held", "une vingtaine d'autres toujours retenus": more taken, still in the group's hands.
  if ((HELD.has(word) || /^(retenue?s?|detenue?s?|captives?)$/.test(word)) && /^(still|toujours|encore)$/.test(tokens[i - 1]?.norm ?? '') && /^(others|autres)$/.test(tokens[i - 2]?.norm ?? '')) return 'abducted';
  // "tenues comme esclaves sexuelles", "held as sex slaves", "kept as wives": survivors of sexual slavery
  if (/^(tenu|tenue|tenus|tenues|held|kept|gardee?s?|utilisee?s?|used|retenue?s?)$/.test(word) && (next === 'comme' || next === 'as') && /^(esclaves?|sex|sexual|wives|wife|epouses?|femmes)$/.test(then)) return 'crsvSurvivors';
  // "a pris une fille de 15 ans comme épouse": taken, as "took a girl as his wife" is
  if (/^(pris|prise|prises|prend|prennent|taking|takes)$/.test(word)) {
    for (let k = i + 2; k <= i + 7 && k < tokens.length - 1; k++) if (/^(comme|pour|as)$/.test(tokens[k]!.norm) && /^(epouses?|femmes?|wifes?|wives|his|their|sa|leur)$/.test(tokens[k + 1]!.norm)) return 'abducted';
  }
  // "ont pris 5 personnes", "a pris le chef du village": pris with people after it is a taking ("pris la fuite",
  // "pris 3 chèvres", "pris position" take no one; the army or police taking people is left to categories/read-signals.ts: C23)
  if (/^(pris|prit|prirent)$/.test(word) && objectFollows(tokens, i + 1)) return 'abducted';
  if (word === 'blown' && next === 'up') return 'killed';
  // "plus de 300 personnes dorment dehors", "families sleeping in the open": people out of their homes
  if (/^(dorment|dormaient|dormant|sleeping|sleep|sleeps|slept|passent|passant)$/.test(word) && (/^(dehors|outside|outdoors)$/.test(next) || (next === 'in' && then === 'the' && tokens[i + 3]?.norm === 'open') || (next === 'a' && then === 'la' && tokens[i + 3]?.norm === 'belle'))) return 'displaced';
  // "carried off", "dragged away", "led away", "made off with", "conduits de force": taken by force
  if (/^(carried|dragged|led|took|taken)$/.test(word) && (next === 'off' || next === 'away')) return 'abducted';
  if (word === 'made' && next === 'off' && then === 'with') return 'abducted';
  // "took 4 of them into the bush", "ont pris 3 d'entre eux": a count of the people there, taken
  if (/^(took|taken|take|pris|prise|prises|emmene\w*|amene\w*)$/.test(word) && /^\d+$/.test(next) && ['of', 'd'].includes(then) && ['them', 'us', 'entre'].includes(tokens[i + 3]?.norm ?? '')) return 'abducted';
  if (/^conduit(e|s|es)?$/.test(word) && next === 'de' && then === 'force') return 'abducted';
  // "lost his leg", "a perdu un bras": maimed
  if ((word === 'lost' || word === 'perdu') && BODY.has(then) && ['his', 'her', 'their', 'a', 'an', 'one', 'un', 'une', 'sa', 'son', 'ses'].includes(next)) return 'injured';
  if (/^cribl/.test(word) && next === 'de' && /^balle/.test(then)) return 'killed';
  // "shot in the leg", "touché à la jambe"
  if (['shot', 'touche', 'touchee', 'atteint', 'atteinte', 'hit'].includes(word) && ['in', 'at', 'a', 'au', 'dans'].includes(next)) {
    const part = ['the', 'his', 'her', 'la', 'le', 'l'].includes(then) ? tokens[i + 3]?.norm ?? '' : then;
    if (BODY.has(part)) return 'injured';
  }
  if (word === 'trouve' && next === 'la' && then === 'mort') return 'killed';
  // "hit by stray bullets", "touchés par des balles perdues"
  if (/^(hit|touche|touches|touchee|touchees|atteint|atteints|atteinte|atteintes)$/.test(word) && (next === 'by' || next === 'par')) {
    const what = ['des', 'a', 'une', 'un', 'stray', 'the'].includes(then) ? tokens[i + 3]?.norm ?? '' : then;
    if (/^(bullets?|balles?|stray|shrapnel|eclats?|obus|shells?)$/.test(what)) return 'injured';
  }
  // "VS sur 2 mineures": violences sexuelles in SMS (never "FARDC vs M23")
  if (word === 'vs' && (next === 'sur' || next === 'contre')) return 'crsvSurvivors';
  // "2 of them in critical condition", "dans un état critique": wounded.
  if ((word === 'in' && CONDITION.has(then === 'condition' ? next : then) && (then === 'condition' || tokens[i + 3]?.norm === 'condition')) ||
    (word === 'dans' && next === 'un' && then === 'etat' && CONDITION.has(tokens[i + 3]?.norm ?? ''))) return 'injured';
  // "farmer freed by his kidnappers", "libérés par leurs ravisseurs", "released after 4 days in captivity"
  if (FREED.has(word)) {
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      if (tokens[k]!.breakBefore) break;
      if (CAPTORS.has(tokens[k]!.norm)) return 'abducted';
    }
  }
  return undefined;
}
// A letter typed once where it is doubled, or twice where it is single: "kidnapé", "kiled", "assasinés", "masacrés".
const squeeze = (w: string): string => w.replace(/(\p{L})\1+/gu, '$1');
const SQUEEZED: ReadonlyMap<string, VictimKey> = (() => {
  const map = new Map<string, VictimKey | null>();
  for (const [w, key] of Object.entries(VICTIM_VERBS)) {
    if (w.length < 5) continue;
    const k = squeeze(w);
    map.set(k, map.has(k) && map.get(k) !== key ? null : key);
  }
  return new Map([...map].filter((e): e is [string, VictimKey] => e[1] !== null));
})();
// The victim verb a word is when typed with a letter doubled, single or dropped (once per word: word-memo.ts).
const mistypedVerbOf = byWord((word: string): VictimKey | undefined => SQUEEZED.get(squeeze(word)) ?? (word.length >= 7 ? DROPPED.get(word) : undefined));
// A letter dropped inside a long victim word: "enlevment", "kidnaping", "abdcted".
const DROPPED: ReadonlyMap<string, VictimKey> = (() => {
  const map = new Map<string, VictimKey | null>();
  for (const [w, key] of Object.entries(VICTIM_VERBS)) {
    if (w.length < 8) continue;
    for (let p = 1; p < w.length - 1; p++) {
      const k = w.slice(0, p) + w.slice(p + 1);
      if (VICTIM_VERBS[k]) continue;
      map.set(k, map.has(k) && map.get(k) !== key ? null : key);
    }
  }
  return new Map([...map].filter((e): e is [string, VictimKey] => e[1] !== null));
})();
const CONDITION = new Set(['critical', 'serious', 'grave', 'critique', 'severe']);
const FREED = new Set(['freed', 'released', 'libere', 'liberes', 'liberee', 'liberees', 'relache', 'relaches', 'relachee', 'relachees', 'escaped', 'evade', 'evades', 'echappe', 'echappes']);
const CAPTORS = new Set(['kidnappers', 'abductors', 'captors', 'ravisseurs', 'ravisseur', 'kidnapper', 'abductor', 'captivity', 'captivite', 'ransom', 'rancon', 'hostage', 'otage', 'otages']);
const HELD = new Set(['held', 'holding', 'holds', 'hold', 'kept', 'keeping', 'keep', 'detient', 'detiennent', 'detenait', 'detenaient', 'retiennent', 'retient', 'retenu', 'retenus', 'gardent', 'garde', 'gardaient']);
const CAPTIVE = new Set(['captive', 'captives', 'captivity', 'captivite', 'hostage', 'hostages', 'otage', 'otages']);
export const BODY = new Set(['leg', 'legs', 'arm', 'arms', 'head', 'chest', 'stomach', 'back', 'foot', 'feet', 'hand', 'hands', 'fingers', 'ears', 'shoulder', 'thigh', 'neck', 'abdomen',
  'mains', 'pieds', 'doigts', 'oreilles',
  'jambe', 'jambes', 'bras', 'tete', 'thorax', 'ventre', 'dos', 'pied', 'main', 'epaule', 'cuisse', 'cou']);
const LIFE = new Set(['vie', 'vies', 'life', 'lives']);
export const BURNT = new Set(['burned', 'burnt', 'brule', 'brules', 'brulee', 'brulees', 'buried', 'enterre', 'enterres', 'enterree', 'enterrees']);
const ALIVE = new Set(['alive', 'vif', 'vifs', 'vive', 'vives', 'vivant', 'vivants', 'vivante', 'vivantes']);

// Arrest and detention words: the people they count are held, never killed or abducted (no victim count holds them).
const ARREST = /^(arrest\w*|arret(e|es|ee|ees|er|ent|aient|ait)|arrestations?|interpell\w*|apprehend\w*|detain\w*|incarcer\w*|emprisonn\w*|jailed|imprisoned|rafl\w*|embarqu\w*)$/;
export function isArrest(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.norm ?? '';
  return ARREST.test(word);
}

/** "arrested 20", "a arrêté 20 jeunes", "arrestation de 20 personnes", "rounded up 30": the count belongs to the arrest. */
export function countsArrested(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && !tokens[k + 1]!.breakBefore && ['de', 'd', 'of', 'some', 'about', 'around', 'over', 'at', 'least', 'au', 'moins', 'environ', 'env', 'approx', 'quelque', 'plus', 'up', 'les', 'des'].includes(tokens[k]!.norm)) {
    k--;
  }
  return k >= 0 && k < i && !tokens[k + 1]!.breakBefore && isArrest(tokens, k);
}

export function isPerson(word: string): boolean {
  return VICTIM_NOUNS.has(word) || CHILD_NOUNS.has(word);
}

export const CASUALTY_WORDS = new Set(['casualties', 'casualty', 'victims', 'victim', 'victimes', 'victime']);

// Adverbs between the people and what was done to them: "froidement abattus", "savagely beaten".
export const ADVERB = /^[a-z]{3,}(ement|ment|ly)$/;
// A determiner then a person within three words, in the same clause: "raped a 15-year-old girl", "ont enlevé deux enfants".
export function objectFollows(tokens: readonly Token[], next: number): boolean {
  const first = tokens[next];
  if (!first || first.breakBefore) return false;
  // "3 killed: 2 men, 1 woman": after a colon comes who they were, not whom they harmed
  if (next > 0 && first.start - tokens[next - 1]!.end > 1) return false;
  // "taken hostage", "held captive": how they were taken, not whom.
  if (/^(hostages?|otages?|captives?)$/.test(first.norm)) return false;
  const person = (t: Token | undefined): boolean => !!t && isPerson(t.norm) && !['de', 'd', 'des'].includes(t.norm);
  if (person(first) && !OBJECT_STARTS.has(first.norm)) return true;
  // "soldier killed 2 civilians", "a tué 3 personnes": a number then a person is who was harmed.
  const n = /^\d+$/.test(first.norm) ? readNumber(tokens, next) : null;
  if (n && !n.article && tokens[n.next] && !tokens[n.next]!.breakBefore && person(tokens[n.next])) return true;
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
export const VICTIM_WORDS = new Set(['victime', 'victimes', 'victim', 'victims', 'survivor', 'survivors', 'survivante', 'survivantes']);
export const POSSESSIVES = new Set(['ses', 'leurs', 'their', 'his', 'her', 'its', 'nos', 'our']);

// Singular determiners: "le chef de village a été tué", "his wife abducted", "the teacher was shot dead".
// ("Trois enfants et leur mère tués", "their father": a possessive before one person named)
const SINGULAR = new Set(['le', 'la', 'l', 'son', 'sa', 'his', 'her', 'the', 'this', 'ce', 'cet', 'cette', 'another', 'un', 'une', 'a', 'an', 'one', 'leur', 'their', 'du']);

/**
 * One person named without a number: "the chief was killed", "chef de village égorgé", "teacher
 * abducted". Read as an article (valid only before a person and then a victim verb in the
 * singular); a plural noun ("villagers killed") stays unknown.
 */
// Vehicles naming a driver or rider: "taxi driver", "moto rider".
const MODIFIER_NOUNS = new Set(['taxi', 'moto', 'motorcycle', 'motorbike', 'bus', 'truck', 'lorry', 'boda', 'camion', 'minibus']);

export function singular(tokens: readonly Token[], i: number, joined = false): (NumberRead & { range: boolean }) | null {
  const t = tokens[i];
  if (!t) return null;
  // "an elderly couple", "un couple" are two.
  const couple = (k: number): boolean => tokens[k]?.norm === 'couple' || (tokens[k + 1]?.norm === 'couple' && !tokens[k + 1]!.breakBefore && ['elderly', 'old', 'young', 'jeune', 'vieux', 'married'].includes(tokens[k]?.norm ?? ''));
  if (SINGULAR.has(t.norm)) {
    // "nouvelles du pasteur enlevé" is one person; "le corps du chauffeur", "la femme du chef" name someone counted already.
    if (t.norm === 'du' && (isPerson(tokens[i - 1]?.norm ?? '') || /^(corps|cadavre|body|famille|epouse|veuve|fils|fille|enfants?|parents?)$/.test(tokens[i - 1]?.norm ?? ''))) return null;
    const noun = tokens[i + 1];
    if (!noun || noun.breakBefore) return null;
    if (couple(i + 1)) return { value: 2, next: i + 1, article: true, zero: false, range: false, couple: true } as NumberRead & { range: boolean };
    // "le corps sans vie d'un homme", "the body of a driver": one killed.
    // ("the body count is not known": the toll, no body)
    const body = ['corps', 'body', 'corpse', 'cadavre'].includes(noun.norm) && !['les', 'ces'].includes(t.norm) && !(noun.norm === 'body' && /^(count|tally)$/.test(tokens[i + 2]?.norm ?? ''));
    if (!body && !isSingularPerson(noun.norm) && !(isPerson(tokens[i + 2]?.norm ?? '') && isSingularPerson(tokens[i + 2]!.norm) && !tokens[i + 2]!.breakBefore)) return null;
    return { value: 1, next: i + 1, article: true, zero: false, range: false };
  }
  // A bare noun opening a clause: "chef de village égorgé", "teacher abducted in Oicha", "Teacher and his wife",
  // "Nizi: bébé et sa mère tués" (a colon or dash leaves a wider gap than a space).
  const before = tokens[i - 1];
  const opens = !before || t.breakBefore || t.start - before.end > 1 || ['and', 'et', 'ni', 'nor'].includes(before.norm) || (named?.[i - 1] === 1 && /^\p{Lu}/u.test(before.text));
  if (!joined && !opens) return null;
  if (couple(i)) return { value: 2, next: i, article: true, zero: false, range: false, bare: true, couple: true } as NumberRead & { range: boolean };
  // "Pregnant woman and her husband", "Teenage boy executed"
  const noun = tokens[i + 1];
  const described = noun && !noun.breakBefore && isSingularPerson(noun.norm);
  if (!isSingularPerson(t.norm) && !(ADJECTIVES.has(t.norm) && described)) {
    // "Village elder slain", "Boda-boda rider killed", "Health worker abducted": a word naming which one, at the start of the report.
    const hyphened = !described && noun?.hyphenBefore && tokens[i + 2]?.hyphenBefore === false && !tokens[i + 2]!.breakBefore && isSingularPerson(tokens[i + 2]!.norm);
    // "Motorcycle taxi driver killed": two words naming which one.
    // "Red Cross volunteer killed", "Caritas WFP driver": an organisation's name in capitals naming which one.
    const capital = (k: number): boolean => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && (k === i || !tokens[k]!.breakBefore);
    const twoWords = !described && !hyphened && ((MODIFIER_NOUNS.has(noun?.norm ?? '')) || (capital(i) && capital(i + 1))) && !noun!.breakBefore && !tokens[i + 2]?.breakBefore && isSingularPerson(tokens[i + 2]?.norm ?? '');
    if (!joined && (i === 0 || i === reportStart(tokens)) && (described || hyphened || twoWords) && (!isPerson(t.norm) || MODIFIER_NOUNS.has(t.norm)) && !verbAt(tokens, i) && !NOT_MODIFIERS.has(t.norm) && !/^\d/.test(t.norm)) {
      return { value: 1, next: i + (hyphened || twoWords ? 2 : 1), article: true, zero: false, range: false, bare: true } as NumberRead & { range: boolean };
    }
    return null;
  }
  return { value: 1, next: i, article: true, zero: false, range: false, bare: true, joined } as NumberRead & { range: boolean };
}

// Plural and collective nouns are not one person: "villagers", "population", "staff".
const COLLECTIVE = new Set([
  'people', 'police', 'staff', 'youth', 'population', 'pop', 'personnel', 'de', 'd', 'des', 'more', 'other', 'additional', 'young',
  'unarmed', 'innocent', 'local', 'elderly', 'aid', 'civil', 'members', 'moto', 'old', 'jeune', 'vieux', 'congolese', 'hutu', 'tutsi', 'hema',
  'lendu', 'nande', 'twa', 'mbuti', 'bambuti', 'batwa', 'autochtone', 'indigenous', 'humanitarian', 'humanitaire', 'pregnant', 'enceinte',
  'family', 'famille', 'menage', 'household', 'group', 'groupe', 'crowd', 'foule', 'ppl', 'pple', 'pers', 'prs', 'civ', 'civs', 'gens', 'ind', 'indiv', 'hmes', 'fem', 'enf', 'taxi', 'motorcycle', 'bleu', 'sud', 'national',
]);

export function isSingularPerson(word: string): boolean {
  if (!isPerson(word) || COLLECTIVE.has(word)) return false;
  if (word.endsWith('s') && !['fils', 'corps', 'gars', 'bras'].includes(word)) return false;
  return !['men', 'women', 'children', 'people', 'fishermen', 'policemen', 'herdsmen', 'taximen'].includes(word) && !word.endsWith('x');
}

/** A number, or a range read at its lower bound ("3-4 killed", "3 à 5 morts", "entre 5 et 7"): a range is unclear. */
export function readCount(tokens: readonly Token[], i: number, skip?: Uint8Array): (NumberRead & { range: boolean }) | null {
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
export function startsAfterCount(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && /^\d+$/.test(before.norm);
}

// A word naming who before the person: "MSF nurse", "Red Cross volunteers", "motorcycle-taxi drivers".
const NOT_MODIFIERS = new Set(['for', 'pour', 'a', 'an', 'the', 'of', 'de', 'des', 'du', 'd', 'le', 'la', 'les', 'l', 'with', 'avec', 'and', 'et', 'in', 'at', 'to', 'from', 'par', 'by', 'on', 'sur', 'dans']);
export function modifierBefore(tokens: readonly Token[], j: number): boolean {
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
export function afterAside(tokens: readonly Token[], j: number): number {
  for (let k = j + 1; k <= j + 4 && k < tokens.length; k++) {
    if (!tokens[k]!.breakBefore) continue;
    let m = k;
    while (m < tokens.length && VICTIM_FILLERS.has(tokens[m]!.norm) && (m === k || !tokens[m]!.breakBefore)) m++;
    return verbAt(tokens, m) && (m === k || !tokens[m]!.breakBefore) ? k : -1;
  }
  return -1;
}

// "boy of 15", "fille de 14": a number after a person that is an age.
export function ageAfterNoun(tokens: readonly Token[], j: number): { years: number; next: number } | null {
  const t = tokens[j];
  const n = tokens[j + 1];
  if (!t || !n || !['of', 'de', 'd'].includes(t.norm) || !/^\d{1,2}$/.test(n.norm)) return null;
  const after = tokens[j + 2];
  if (after && !after.breakBefore && (isPerson(after.norm) || NOT_COUNT_UNITS.has(after.norm))) return null;
  return { years: Number(n.norm), next: j + 2 };
}

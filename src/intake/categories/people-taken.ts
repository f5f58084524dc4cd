import { freedAgainstMoney } from './freed-against-money.js';
import { compoundTitleWords } from '../victims/compound-titles.js';
import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { isPerson, isSingularPerson } from '../victims/victim-words.js';
import { GOODS_WORDS } from './keyword-families.js';
import { quotedWord } from './scare-quotes.js';

/**
 * People taken said with an everyday verb of taking, as the phone-typed register says it (C23): "bandi take 2
 * woman", "mai mai ont pris 3 jeunes femmes", "les militaires rwandais pris 5 homme", "adf wamechukuwa bana 4",
 * "bazwi bato mibale"; or held by an armed group that is not the state ("m23 ont arreter le pasteur", "2 young men
 * held at the M23 position"). Taken by an armed group or bandits → abduction; by the host state's police or army →
 * arbitrary detention (not read here). Goods taken ("take phone and money", "pris 30 chèvres") are no people.
 */

const TAKE = new Set([
  'take', 'takes', 'took', 'taking', 'tuk', 'prend', 'prennent', 'prenent', 'pris', 'prit', 'prendre', 'ramasse', 'ramasser', 'ramassent',
  'wamechukua', 'wamechukuwa', 'walichukua', 'walichukuwa', 'amechukua', 'amechukuwa', 'alichukua', 'alichukuwa', 'bazwi', 'azwi', 'bakamati', 'akamati', 'bakangi', 'akangi',
]);
// Arrested or held by a group that is not the state until money is paid is a taking too (C23, kidnap for ransom): "2 young
// men held at the M23 position, families asked for USD 100", "mai mai ont arrete 3 motards, ils demandent 200$ pour les
// liberer", "wamewakamata vijana 2 wanadai pesa". (Arrested or held with no price said is left as it is read elsewhere.)
const ARREST = new Set([
  'arrested', 'arrest', 'arrests', 'arresting', 'arested', 'arreste', 'arrete', 'arretes', 'arretee', 'arretees', 'arreter', 'arretent', 'arretaient', 'arretait',
  'detained', 'detain', 'detaining', 'detient', 'detiennent', 'detenait', 'detenaient', 'retient', 'retiennent', 'holding', 'hold',
  'wamekamata', 'walikamata', 'wanakamata', 'amekamata', 'alikamata', 'wamewakamata', 'walimkamata', 'wamemkamata', 'amemkamata', 'wamewashika', 'wamemshika', 'wameshika',
]);
const HELD = new Set(['held', 'detained', 'detenus', 'detenues', 'detenu', 'detenue', 'retenus', 'retenues', 'retenu', 'retenue', 'sequestres', 'kept', 'locked']);
const RANSOM = /^(rancons?|ransoms?|jetons?)$/;
const MONEY = /^(\d+(fc|fcs|usd|\$)?|usd|\$|fc|francs?|dollars?|dolars?|dola|pesa|money|argent)$/;
const PER_HEAD = /^(chacun|chacune|each|apiece|per|par|kila)$/;
const PRICE_ASKED = /^(asked|ask|asking|asks|want|wants|wanted|demand\w*|exige\w*|reclam\w*|wanadai|wanataka|wanaomba|free|release|liberer|liberation|relacher|let)$/;
/** A price asked for people held: a ransom word, or money with a demand or a release within a few words of it. */
function priceAsked(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (RANSOM.test(w)) return true;
    // ("exigent 50$ chacun": the sign is dropped by the tokenizer, a number asked per head is a price; reports45)
    if (!MONEY.test(w) || (/^\d+$/.test(w) && !MONEY.test(tokens[i + 1]?.norm ?? '') && !MONEY.test(tokens[i - 1]?.norm ?? '') && !PER_HEAD.test(tokens[i + 1]?.norm ?? ''))) continue;
    for (let k = Math.max(0, i - 5); k <= i + 5 && k < tokens.length; k++) if (PRICE_ASKED.test(tokens[k]!.norm)) return true;
  }
  return false;
}
// Words between the verb and the people: "took the 2 women", "ont pris nos enfants".
const DETERMINERS = new Set(['the', 'our', 'my', 'his', 'her', 'their', 'les', 'des', 'nos', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'leurs', 'leur', 'notre', 'le', 'la', 'l', 'un', 'une', 'a', 'an', 'ya', 'also', 'aussi', 'encore']);
const SINGULAR = /^(le|la|l|mon|ma|son|sa|notre|leur|his|her|my|the|un|une|a|an)$/;
// "bazwi moto ya caritas", "took the moto": a motorbike taken, not its rider
const VEHICLES = /^(moto|motos|motorcycles?|motorbikes?|velo|velos|vehicule|car|cars|truck|camion|voiture|pikipiki)$/;
const RIDERS = /^(boy|boys|driver|drivers|men|man|taxi|taxis|chauffeurs?|conducteurs?)$/;
const ADJECTIVES = new Set(['young', 'jeunes', 'jeune', 'small', 'little', 'petit', 'petite', 'petits', 'petites']);
// The host state's forces and their words: taking by them is detention (C23), read elsewhere.
const STATE = /^(police|policiers?|policier|pnc|fardc|militaires?|soldiers?|soldats?|soldier|army|armee|basoda|musoda|anr|demiap|opj)$/;
const FOREIGN = /^(rwandai\w*|rwandan|ougandai\w*|ugandan|burundai\w*|burundian|rdf|updf|fdnb|sud|south)$/;
const CHILD_WORDS = /^(children|child|enfants?|enfan|bana|watoto|mtoto|mwana|garcons?|garcon|boys?|girls?|filles?|fillettes?|kids?)$/;

interface Taken {
  at: number;
  /** People counted (null: people named but not counted). */
  count: number | null;
  /** The people taken are children ("bana 4", "2 garcons"): C18 counts them as children affected too. */
  children: boolean;
}

function stateDoer(tokens: readonly Token[], stateNamed: boolean): boolean {
  if (stateNamed) return true;
  // ("told family no police", "sans alerter la police": the police kept out of it is no doer)
  for (let i = 0; i < tokens.length; i++) if (STATE.test(tokens[i]!.norm) && !FOREIGN.test(tokens[i + 1]?.norm ?? '') && !/^(no|not|pas|sans|without|ni)$/.test(tokens[i - 1]?.norm ?? '') && !/^(alerter|alert|informer|inform|tell|telling|dire|contacter|contact|call|appeler)$/.test(tokens[i - 1]?.norm ?? '') && !/^(alerter|alert|informer|inform|tell|contacter|contact|call|appeler)$/.test(tokens[i - 2]?.norm ?? '')) return true;
  return false;
}

/** The people right after a verb of taking: determiner, count, adjective, person (or person then count, as in Swahili). */
export function peopleAfter(tokens: readonly Token[], i: number): Taken | null {
  let k = i + 1;
  if (tokens[k]?.breakBefore && !quotedWord(tokens, i)) return null; // (Wazalendo 'arrested' a driver: scare-quotes.ts)
  while (k < tokens.length && DETERMINERS.has(tokens[k]!.norm) && k - i <= 2) k++;
  const n = readNumber(tokens, k);
  let count: number | null = null;
  if (n && !n.article && n.next - k <= 3) {
    count = n.value;
    k = n.next;
  }
  // ("4 jeunes à Sake": "jeunes" is the people when no person follows it)
  while (k < tokens.length && ADJECTIVES.has(tokens[k]!.norm) && tokens[k + 1] && !tokens[k + 1]!.breakBefore && (isPerson(tokens[k + 1]!.norm) || CHILD_WORDS.test(tokens[k + 1]!.norm) || compoundTitleWords(tokens, k + 1) > 0)) k++;
  // ("a maize trader", "the fish sellers", "2 cattle herders": one word of trade before the people names which people)
  // ("a civil society leader", "human rights defender": two words naming which people, victims/compound-titles.ts)
  const titled = compoundTitleWords(tokens, k);
  k += titled;
  const traded = titled === 0 && tradeBefore(tokens, k);
  if (traded) k++;
  // ("4 moto drivers", "5 moto boy", "taxi-moto men": the vehicle names which people, its riders)
  const rider = VEHICLES.test(tokens[k]?.norm ?? '') && tokens[k + 1] !== undefined && !tokens[k + 1]!.breakBefore && (isPerson(tokens[k + 1]!.norm) || RIDERS.test(tokens[k + 1]!.norm));
  if (rider) k++;
  let who = tokens[k];
  if (!who || who.breakBefore || GOODS_WORDS.has(who.norm) || VEHICLES.test(who.norm) || !(isPerson(who.norm) || CHILD_WORDS.test(who.norm))) return null;
  // ("took the nurse's motorcycle": the person owns what was taken; "took the chief's son": the person after is taken)
  if (tokens[k + 1]?.norm === 's' && !tokens[k + 1]!.breakBefore) {
    const owned = tokens[k + 2];
    if (!owned || owned.breakBefore || !(isPerson(owned.norm) || CHILD_WORDS.test(owned.norm))) return null;
    k += 2;
    who = owned;
  }
  if (count === null) {
    // "bana 4", "watu wawili": the count after the people
    const after = readNumber(tokens, k + 1);
    if (after && !after.article && !tokens[k + 1]!.breakBefore) count = after.value;
    // ("a moto driver": the article before the vehicle)
    else if (isSingularPerson(who.norm) && SINGULAR.test(tokens[k - (traded ? 2 : 1) - titled - (rider ? 1 : 0)]?.norm ?? '')) count = 1;
  }
  return { at: i, count, children: CHILD_WORDS.test(who.norm) };
}

// One word naming the people's trade or place before them ("maize trader", "market women", "village chief"): the word
// itself is no person and the person follows it at once, in the same clause.
function tradeBefore(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  const next = tokens[k + 1];
  return /^[a-z]{3,}$/.test(w) && !isPerson(w) && !VEHICLES.test(w) && next !== undefined && !next.breakBefore && next.norm.length > 2 && !/^(des|del|les)$/.test(next.norm) && isPerson(next.norm);
}

/** The people right before "held": "2 young men held in a container". */
function peopleBefore(tokens: readonly Token[], i: number): Taken | null {
  let k = i - 1;
  if (tokens[i]!.breakBefore) return null;
  // ("le chef de localité pris", "the chief of Bambo taken", "le président de la société civile": one person with a complement)
  const one = personWithComplement(tokens, k);
  if (one !== null) return { at: i, count: 1, children: false };
  const who = tokens[k];
  if (!who || !isPerson(who.norm)) return null;
  k--;
  while (k >= 0 && ADJECTIVES.has(tokens[k]!.norm)) k--;
  const n = k >= 0 && /^\d{1,4}$/.test(tokens[k]!.norm) ? Number(tokens[k]!.norm) : null;
  return { at: i, count: n, children: CHILD_WORDS.test(who.norm) };
}

const PASSIVE_TAKE_WORDS = ['pris', 'prise', 'prises', 'taken', 'seized', 'captured', 'emmene', 'emmenee', 'enleve', 'enlevee', 'kidnappe', 'kidnappee', 'abducted', 'kidnapped'];
const PASSIVE_TAKE: ReadonlySet<string> = new Set(PASSIVE_TAKE_WORDS);
// (a taking, by a group or by the state, is read only on one of these verbs)
const TAKING_SAID = trigger([...TAKE, ...ARREST, ...HELD, ...PASSIVE_TAKE_WORDS]);
// A singular person, then "de/du/of" and up to three words, ending at k: "le chef de localité", "the chief of Bambo".
function personWithComplement(tokens: readonly Token[], k: number): number | null {
  for (let of = k - 1; of >= 1 && of >= k - 3; of--) {
    if (tokens[of + 1]!.breakBefore) return null;
    if (!/^(de|du|d|of|des)$/.test(tokens[of]!.norm)) continue;
    const who = tokens[of - 1]!;
    if (isSingularPerson(who.norm) && !tokens[of]!.breakBefore && SINGULAR.test(tokens[of - 2]?.norm ?? '')) return of - 1;
  }
  return null;
}

function takings(tokens: readonly Token[], groupNamed: boolean, stateNamed: boolean): Taken[] {
  if (!groupNamed || !said(tokens, TAKING_SAID) || stateDoer(tokens, stateNamed)) return [];
  const out: Taken[] = [];
  let paid: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    // "le chef de localité pris par des Mai-Mai", "the chief of Bambo taken by M23": a person, then taken by the group
    // (only the person with a complement: "3 farmers taken by" is read by the counts; "ng'ombe of 3 families taken by" is cattle)
    const passive = PASSIVE_TAKE.has(w) && /^(par|by)$/.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore && personWithComplement(tokens, i - 1) !== null;
    if (passive) out.push({ at: i, count: 1, children: false });
    else if (TAKE.has(w) || (ARREST.has(w) && (paid ??= priceAsked(tokens)))) {
      const t = peopleAfter(tokens, i);
      if (t) out.push(t);
    } else if (HELD.has(w) && (paid ??= priceAsked(tokens))) {
      const t = peopleBefore(tokens, i);
      if (t && t.count !== null) out.push(t);
    }
  }
  return out;
}

/**
 * Abduction hits for people taken or held by a named armed group or bandits. `groupNamed`: an armed group that is
 * not the state is named, or armed men or bandits; `stateNamed`: the host state's forces are named.
 */
export function peopleTakenHits(tokens: readonly Token[], groupNamed: boolean, stateNamed: boolean): SignalHit[] {
  return takings(tokens, groupNamed, stateNamed).map((t) => ({ value: { signal: 'abduct', subType: null }, start: t.at, end: t.at + 1 }));
}

/** The people taken counted as abducted when nothing else counted them: "mai mai ont pris 3 jeunes femmes" → 3. */
export function peopleTakenCount(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims): void {
  if (hits.length === 0 || (victims.abducted !== null && victims.childrenAffected !== null)) return;
  let total = 0;
  let children = true;
  for (const h of hits) {
    const t = peopleAfter(tokens, h.start) ?? peopleBefore(tokens, h.start);
    if (!t || t.count === null) return;
    total += t.count;
    children &&= t.children;
  }
  victims.abducted ??= total;
  // ("ADF wamechukua watoto 3": the children taken are the children affected too, C18, whoever counted them taken)
  if (children && victims.childrenAffected === null && victims.abducted === total) victims.childrenAffected = total;
}

/**
 * The host state's police or army took, arrested or hold people and ask money to free them ("police take 5 moto boy,
 * they want 50 dollar each to free them", "les FARDC détiennent 4 jeunes, exigent 100$ pour les libérer"): a detention
 * (C6, C23), not a kidnapping; where the verb is, or -1. `groupNamed`: an armed group that is not the state is named;
 * `stateNamed`: the host state's forces are named as actors (or said in words: police, militaires, basoda…).
 */
export function heldByStateForPrice(tokens: readonly Token[], groupNamed: boolean, stateNamed: boolean): number {
  if (groupNamed || !said(tokens, TAKING_SAID)) return -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (((TAKE.has(w) || ARREST.has(w)) && peopleAfter(tokens, i)) || (HELD.has(w) && peopleBefore(tokens, i))) return (priceAsked(tokens) || freedAgainstMoney(tokens)) && stateDoer(tokens, stateNamed) ? i : -1; // ("libérés contre 10000 fc": freed-against-money.ts)
  }
  return -1;
}

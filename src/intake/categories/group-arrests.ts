import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { said, trigger } from '../triggers.js';
import { deadOrHurtAfter, isPerson, isSingularPerson } from '../victims/victim-words.js';
import { peopleAfter } from './people-taken.js';
import { quotedWord } from './scare-quotes.js';
import { perHead, releasePriceSaid } from './release-price.js';
import { armedMenBefore } from './armed-men-before.js';

/**
 * C23, taken by whom: people "arrested", "picked up", "rounded up", "ramassés", "raflés", "embarqués", "wamekamatwa", or
 * held until they pay, by a NON-STATE armed group or bandits are abducted ("les CODECO ont arrêté 3 commerçants",
 * "arrested by Mai-Mai", "Mass arrests by M23", "wamekamatwa na wazalendo", "detained by M23, released after payment");
 * by the police, the army (a foreign one too), the ANR or the DEMIAP they are detained, as before. The doer is the agent
 * of the verb: "par/by/na X" after it, or X before an active verb ("les M23 ont arrêté", "Wazalendo arrested 5 youths");
 * never the people arrested ("3 bandits arrêtés", "M23 fighters arrested by FARDC", "des M23 ont été arrêtés").
 */

const ARREST_WORDS = [
  'arrest', 'arrested', 'arresting', 'arrests', 'arest', 'arested', 'aresting', 'arrestd', 'arestd', 'arete', 'aretes', 'aretee', 'aretees', 'areter',
  'aretent', 'arette', 'arettes', 'arretter', 'arrestes', 'arrete', 'arretes', 'arretee', 'arretees', 'arreter', 'arretent', 'arretaient', 'arrestation',
  'arrestations', 'interpelle', 'interpelles', 'interpellee', 'interpellees', 'rafle', 'rafles', 'raflee', 'raflees', 'rafler', 'raflent', 'apprehended',
  'wamekamata', 'walikamata', 'wamewakamata', 'waliwakamata', 'amekamata', 'alikamata', 'wamekamatwa', 'walikamatwa', 'amekamatwa', 'alikamatwa',
  'kukamatwa', 'kamatwa', 'bakangami', 'akangami', 'bakangamaki', 'akangamaki', 'bakangi', 'akangi', 'bakangaki', 'akangaki', // (Lingala: "bato bakangami na ba M23", reports28)
];
const ARREST: ReadonlySet<string> = new Set(ARREST_WORDS);
// Verbs that arrest only when people are said with them: "ont ramassé 4 jeunes" (not "grenade ramassée par des enfants").
const PICK_WORDS = ['ramasse', 'ramasses', 'ramassee', 'ramassees', 'ramasser', 'ramassent', 'embarque', 'embarques', 'embarquee', 'embarquees', 'embarquer', 'embarquent', 'picked', 'pick', 'picks', 'rounded', 'round', 'rounding'];
const PICK: ReadonlySet<string> = new Set(PICK_WORDS);
// Verbs of holding: a taking only when a payment is said ("held until they pay", C23).
const HOLD_WORDS = [
  'held', 'holding', 'hold', 'holds', 'detained', 'detaining', 'detain', 'detains', 'detient', 'detiennent', 'detenu', 'detenus', 'detenue', 'detenues',
  'retenu', 'retenus', 'retenue', 'retenues', 'retiennent', 'retient', 'gardes', 'gardees', 'garde', 'gardent', 'kept', 'keeping', 'locked', 'enfermes',
  'enfermees',
];
const HOLD: ReadonlySet<string> = new Set(HOLD_WORDS);
const ARREST_SAID = trigger([...ARREST_WORDS, ...PICK_WORDS, ...HOLD_WORDS]);
// A release bought: "until they pay", "jusqu'au paiement", "released after payment", "want 100$ each to let them go",
// "exigent 200$ pour les libérer", a ransom (not a sanction for not paying: "held for failing to pay" stays a detention).
const RANSOM = /^(ransom|rancon|rancons)$/;
const FINE = /^(fine|fines|amende|amendes)$/;
const UNTIL = /^(until|till|til|jusqu|jusque)$/;
const FREED = /^(released|freed|liberes?|liberee?s?|relache\w*|let)$/;
const FOR_MONEY = /^(after|contre|apres|moyennant|against|on)$/;
const PAY = /^(pay|pays|paid|paying|payment|paiement|payer|paye|paie|paient|payent|verse)$/;
const DEMAND = /^(want|wants|wanted|demand\w*|asking|ask|asks|exige\w*|reclam\w*|veulent|veut|demande\w*)$/;
const MONEY = /^(\d[\d.,]*|dollars?|usd|fc|francs?|\d+\w*)$/;
const RELEASE = /^(go|liberer|relacher|release|free|liberation|relache)$/;
const BY = /^(by|par|na)$/;
const PRICE_UNIT = /^(tete|head|personne|person|otage|hostage|jour|day|semaine|week|mois|month|menage|household|moto|motard|vehicule|famille|family)$/;
// Between "by" and the doer: "par les éléments du M23", "by some fighters of the".
const BETWEEN = /^(ba|les|le|la|l|des|de|du|d|the|some|a|an|administration|elements|elts|elmts|agents|services?|fighters|combattants|militiamen|members|membres|men|hommes|of|presumed|presumes|suspected|supposed|soi|disant)$/;
// Before an active verb, between the doer and it: "les M23 ont arrêté", "Wazalendo have reportedly arrested".
const AUX = /^(ont|a|avaient|avait|auraient|aurait|have|has|had|reportedly|allegedly|also|aussi|deja|already|then|encore|again)$/;
// The group's men between its name and the verb: "CODECO fighters have arrested", "les éléments Zaïre ont arrêté".
const GROUP_MEN = /^(fighters|elements|elts|militiamen|combattants|miliciens|men|hommes|members|membres|youths?|jeunes)$/;
const WHERE = /^(in|at|a|de|of|near|pres)$/;
const PLACE_PART = /^(centre|center|ville|cite|town)$/;
const PASSIVE = /^(ete|been|were|was|are|is|sont|est|etaient|etait|being|got|get)$/;
// The host state's forces and services, and foreign armies: their arrests stay detentions.
const STATE = /^(police|policiers?|policemen|policeman|pnc|fardc|militaires?|soldats?|soldiers?|troops|army|armee|military|anr|demiap|opj|dgm|t2|intelligence|renseignements?|gendarmes?|updf|rdf|fdnb|ougandais|burundais|rwandais|ugandan|burundian|rwandan|apj|mp)$/;
// Non-state armed men named without a group's name.
const GROUP_WORDS = /^(bandits?|bandi|bandis|gunmen|militias?|militiamen|miliciens?|milices?|rebels?|rebelles?|assailants|assaillants|kidnappers|ravisseurs|insurg\w*|jihadist\w*|djihadist\w*|kidnappeurs)$/;

type Doer = 'group' | 'state' | 'other';

export interface GroupArrests {
  /** Abduction hits, one on each verb of a non-state group arresting or holding for money. */
  hits: SignalHit[];
  /** Detention hits for people picked up by the state's forces with a verb no keyword holds ("la police a embarqué 4 motards"). */
  stateHits: SignalHit[];
  /** The verbs so read: the detention keywords on them tell of no detention. */
  verbs: Set<number>;
}

/**
 * Reads C23 for arrests and holdings. `groupAt(i)`/`stateAt(i)`: a non-state / host-state actor's name starts at i;
 * `groupEndsAt(i)`/`stateEndsAt(i)`: ends at i (exclusive).
 */
export function groupArrests(
  tokens: readonly Token[],
  actorAt: (i: number) => Doer | null,
  actorEndsAt: (i: number) => Doer | null,
): GroupArrests {
  const hits: SignalHit[] = [];
  const stateHits: SignalHit[] = [];
  const verbs = new Set<number>();
  if (!said(tokens, ARREST_SAID)) return { hits, stateHits, verbs };
  let paid: boolean | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const picked = PICK.has(w) && (pickedUp(tokens, i) || (peopleAfter(tokens, i) !== null && !deadOrHurtAfter(tokens, i + 1)));
    const arrest = ARREST.has(w) || picked;
    const hold = !arrest && HOLD.has(w);
    if (!arrest && !hold) continue;
    if (hold && (!(paid ??= ransomSaid(tokens)) || !heldPeople(tokens, i))) continue;
    if (thingStopped(tokens, i)) continue;
    const doer = agentAfter(tokens, i, actorAt) ?? agentBefore(tokens, i, actorEndsAt) ?? (hold ? onlyGroupsNamed(tokens, actorAt) : null);
    if (doer === 'state' && picked && !pickedUp(tokens, i)) stateHits.push({ value: { signal: 'detention', subType: null }, start: i, end: i + 1 });
    if (doer !== 'group') continue;
    hits.push({ value: { signal: 'abduct', subType: null }, start: i, end: i + 1 });
    verbs.add(i);
  }
  return { hits, stateHits, verbs };
}

// "le véhicule d'une ONG a été arrêté", "ont arrêté le convoi", "les travaux arrêtés": a thing stopped, no one taken.
const THINGS = /^(vehicules?|vehicles?|camions?|trucks?|convois?|convoys?|voitures?|cars?|bus|motos?|bateaux?|bateau|boats?|pirogues?|travaux|works?|activites|cours|classes|marchandises|goods|trafic|traffic|circulation)$/;
function thingStopped(tokens: readonly Token[], i: number): boolean {
  // ("4 moto-taxi drivers": a vehicle naming the people)
  const person = (k: number): boolean => (tokens[k]?.norm.length ?? 0) > 2 && isPerson(tokens[k]!.norm);
  const thing = (k: number): boolean => THINGS.test(tokens[k]!.norm) && !person(k + 1) && !person(k + 2);
  for (let k = i - 1; k >= 0 && k >= i - 8 && !tokens[k + 1]!.breakBefore; k--) {
    if (thing(k)) return true;
    if (person(k)) break;
  }
  for (let k = i + 1; k < tokens.length && k <= i + 3 && !tokens[k]!.breakBefore; k++) {
    if (thing(k)) return true;
    if (person(k)) break;
  }
  return false;
}

function ransomSaid(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (RANSOM.test(w)) return true;
    // ("families told to pay a fine", "exigent une amende de 50$": a fine for their release is their price, reports42)
    if (FINE.test(w) && (near(tokens, PAY, i - 3, i) || near(tokens, DEMAND, i - 3, i))) return true;
    if (UNTIL.test(w) && near(tokens, PAY, i + 1, i + 8)) return true;
    if (FREED.test(w) && FOR_MONEY.test(tokens[i + 1]?.norm ?? '') && near(tokens, PAY, i + 2, i + 4)) return true;
    // ("released against 100$", "relâchés contre 10000fc", "libérés moyennant 30 000 FC": a sum paid, reports36)
    if (FREED.test(w) && SUM_FOR.test(tokens[i + 1]?.norm ?? '') && sumAt(tokens, i + 2)) return true;
    if (DEMAND.test(w) && near(tokens, MONEY, i + 1, i + 3) && near(tokens, RELEASE, i + 2, i + 8)) return true;
    // ("retiennent 4 commerçants à leur QG et exigent 100$ chacun", "demand $50 per head": a sum asked for each person held, reports40)
    if (DEMAND.test(w) && near(tokens, MONEY, i + 1, i + 3) && perHead(tokens, i + 2, i + 5)) return true;
  }
  // ("families asked $50 per head", "relâchés lundi contre 150$", "released after the driver paid": release-price.ts, reports47)
  return releasePriceSaid(tokens);
}

const SUM_FOR = /^(contre|against|moyennant)$/;
const SUM_UNIT = /^(\$|usd|dollars?|fc|francs?|\d[\d.,]*(\$|usd|fc))$/;
function sumAt(tokens: readonly Token[], k: number): boolean {
  if (SUM_UNIT.test(tokens[k]?.norm ?? '') && /\d/.test(tokens[k]!.norm)) return true;
  if (!/^\d[\d.,]*$/.test(tokens[k]?.norm ?? '')) return false;
  // "100" then "$" (dropped by the tokenizer), "30 000 FC", "100 USD"
  const unit = tokens[k + 1]?.norm === '000' ? tokens[k + 2] : tokens[k + 1];
  return !unit || unit.breakBefore || SUM_UNIT.test(unit.norm);
}

function near(tokens: readonly Token[], re: RegExp, from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (re.test(tokens[k]!.norm)) return true;
  return false;
}

// People held, said before or after the verb: "3 farmers held", "Commerçants retenus", "holding 2 traders" (not "barriers held").
function heldPeople(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && PASSIVE.test(tokens[k]!.norm)) k--;
  // ("5 cultivateurs de Rubare détenus", "traders from Kasindi held": the people, then where they come from; reports47)
  if (k >= 2 && !tokens[k + 1]!.breakBefore && /^(de|d|du|from|of)$/.test(tokens[k - 1]!.norm) && isPerson(tokens[k - 2]!.norm) && !tokens[k]!.breakBefore) return true;
  return (k >= 0 && !tokens[k + 1]!.breakBefore && isPerson(tokens[k]!.norm)) || peopleAfter(tokens, i) !== null;
}

// "picked up", "rounded up": the particle makes the verb an arrest, people or not.
function pickedUp(tokens: readonly Token[], i: number): boolean {
  return /^(picked|pick|picks|rounded|round|rounding)$/.test(tokens[i]!.norm) && tokens[i + 1]?.norm === 'up' && !tokens[i + 1]!.breakBefore;
}

function doerAt(tokens: readonly Token[], k: number, actorAt: (i: number) => Doer | null): Doer | null {
  const named = actorAt(k);
  if (named) return named;
  const w = tokens[k]!.norm;
  if (STATE.test(w)) return 'state';
  if (GROUP_WORDS.test(w) || (/^(hommes?|men|man|elements|groupe?s?|groups?)$/.test(w) && /^(armes?|armed)$/.test(tokens[k + 1]?.norm ?? '')) || (w === 'armed' && /^(men|man|groups?|elements)$/.test(tokens[k + 1]?.norm ?? ''))) return 'group';
  return null;
}

// "arrêtés par les M23", "Mass arrests by M23 last night", "Arrestation de 3 membres … par le M23", "wamekamatwa na ANR".
function agentAfter(tokens: readonly Token[], i: number, actorAt: (i: number) => Doer | null): Doer | null {
  for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
    if (tokens[j]!.breakBefore) return null;
    if (!BY.test(tokens[j]!.norm)) continue;
    // ("exigent 100$ par tête", "par personne", "par jour": a price's unit, no agent; reports42)
    if (PRICE_UNIT.test(tokens[j + 1]?.norm ?? '') || MONEY.test(tokens[j - 1]?.norm ?? '')) continue;
    const swahili = tokens[j]!.norm === 'na';
    let k = j + 1;
    while (k < tokens.length && k <= j + 4 && !tokens[k]!.breakBefore) {
      const doer = doerAt(tokens, k, actorAt);
      if (doer) return doer;
      if (!BETWEEN.test(tokens[k]!.norm)) break;
      k++;
    }
    // ("na" is also "and", "with": only a doer after it says who did it)
    if (!swahili) return 'other';
  }
  return null;
}

// "les M23 ont arrêté le chef", "Wazalendo arrested 5 youths", "M23 a arrete 15 creuseurs": the doer before an active verb.
function agentBefore(tokens: readonly Token[], i: number, actorEndsAt: (i: number) => Doer | null): Doer | null {
  let k = i;
  let aux = false;
  // ("M23 'police' in Kiwanja arresting moto drivers", "les Wazalendo à Sake ont arrêté": where the doer is, between it and
  // the verb; reports45)
  // ("l'administration M23 de Rutshuru-centre a arrêté": a town and its part, "centre", "ville", reports51)
  const partOf = (at: number): number => (at > 2 && PLACE_PART.test(tokens[at - 1]!.norm) && !tokens[at - 1]!.breakBefore ? 1 : 0);
  const placeBefore = (at: number): boolean => at > 1 + partOf(at) && !tokens[at]!.breakBefore && !tokens[at - 1 - partOf(at)]!.breakBefore && /^\p{Lu}/u.test(tokens[at - 1 - partOf(at)]!.text) && WHERE.test(tokens[at - 2 - partOf(at)]!.norm);
  if (placeBefore(k)) k -= 2 + partOf(k);
  const from = k;
  while (k > 0 && k >= from - 3 && !tokens[k]!.breakBefore && AUX.test(tokens[k - 1]!.norm)) {
    k--;
    aux = true;
  }
  if (aux && k === from - 1 && placeBefore(k)) k -= 2 + partOf(k);
  if (k > 0 && !tokens[k]!.breakBefore && GROUP_MEN.test(tokens[k - 1]!.norm) && (actorEndsAt(k - 1) || !STATE.test(tokens[k - 2]?.norm ?? ''))) k--;
  if (k === 0 || (tokens[k]!.breakBefore && !(k === i && quotedWord(tokens, i))) || PASSIVE.test(tokens[k - 1]!.norm)) return null; // (Mai-Mai "arrested" 4 farmers: scare-quotes.ts)
  // ("M23 arrested" with nobody after it is a headline of M23 men arrested)
  if (!aux && !/^(wa|a)\w*kamata$/.test(tokens[i]!.norm) && peopleAfter(tokens, i) === null && !pickedUp(tokens, i)) return null;
  const named = actorEndsAt(k);
  if (named) return named;
  if (armedMenBefore(tokens, i) || armedMenBefore(tokens, k)) return 'group'; // ("men with guns picked up", "armed men arrested": armed-men-before.ts)
  const w = tokens[k - 1]!.norm;
  if (STATE.test(w)) return 'state';
  if (GROUP_WORDS.test(w) || (/^(armes|armed)$/.test(w) && /^(hommes|men|elements|bandits|bandit|groupes?)$/.test(tokens[k - 2]?.norm ?? ''))) return 'group';
  return null;
}

// Held until they pay, the holder not said by the verb: a non-state group named and no state force anywhere.
function onlyGroupsNamed(tokens: readonly Token[], actorAt: (i: number) => Doer | null): Doer | null {
  let group = false;
  for (let k = 0; k < tokens.length; k++) {
    const doer = doerAt(tokens, k, actorAt);
    if (doer === 'state') return null;
    if (doer === 'group') group = true;
  }
  return group ? 'group' : null;
}

/**
 * The people so taken, counted as abducted when nothing else counted them: "12 civils arrêtés" (12), "arrested 5
 * youths" (5), "ont arrêté le chef" (1), "arrested the chief of Bambo + 2 notables" (3), "Arrestation de 3 membres" (3).
 * People not counted ("Mass arrests", "plusieurs personnes raflées") leave the count unknown.
 */
export function groupArrestCount(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims): void {
  if (hits.length === 0) return;
  // (C7: "5 men arrested by Wazalendo …; 1 found dead, 4 still missing": those still held are part of the 5 taken, reports36)
  const partStillHeld = victims.abducted !== null && tokens.some((t) => STILL_HELD.test(t.norm));
  if (victims.abducted !== null && !partStillHeld) return;
  let total = 0;
  for (const h of hits) {
    const n = countedBefore(tokens, h.start) ?? countedAfter(tokens, h.start) ?? nominalCount(tokens, h.start);
    // ("arrested 5 youths …, holding them at their position til families pay": the same people held, counted once)
    if (n === null && total > 0 && SAME_PEOPLE.test(tokens[h.start + 1]?.norm ?? '')) continue;
    if (n === null) return;
    total += n;
  }
  if (victims.abducted === null || total > victims.abducted) victims.abducted = total;
}
const STILL_HELD = /^(still|toujours|encore|bado)$/;
const VEHICLE_TRADE = /^(moto|motos|taxi|taxis|truck|camion|bus|boda|charcoal|makala)$/;

// A pronoun after a later holding verb: the people of the first verb ("holding them", "les gardent", "wanawashikilia").
const SAME_PEOPLE = /^(them|les|eux|those)$/;
const TITLE_WORD = /^(localite|locality|village|groupement|quartier|avenue|cellule|sector|secteur|chefferie|deputy|assistant|former|ex|customary|traditional)$/;
// "12 civils arrêtés", "4 ppl arrested", "2 men detained", "Le chef de localité de Rubare arrêté", "3 farmers held".
function countedBefore(tokens: readonly Token[], i: number): number | null {
  let k = i - 1;
  // ("Cinq motocyclistes ont été arrêtés", "3 men have been arrested": the auxiliary of a passive too)
  while (k > 0 && (PASSIVE.test(tokens[k]!.norm) || (/^(ont|have|has|had|avaient|avait|auraient|aurait)$/.test(tokens[k]!.norm) && PASSIVE.test(tokens[k + 1]?.norm ?? ''))) && !tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || tokens[k + 1]!.breakBefore) return null;
  // ("5 cultivateurs de Rubare détenus": the people, then where they come from; reports47)
  if (k >= 3 && /^(de|d|du|from|of)$/.test(tokens[k - 1]!.norm) && isPerson(tokens[k - 2]!.norm) && !tokens[k]!.breakBefore && !tokens[k - 1]!.breakBefore) {
    const n = readNumber(tokens, k - 3);
    if (n && !n.article && n.next === k - 2 && n.value > 0) return n.value;
  }
  const who = tokens[k]!;
  // ("vijana 3 wamekamatwa": the people, then their number)
  if (/^\d{1,3}$/.test(who.norm) && k > 0 && isPerson(tokens[k - 1]!.norm) && !who.breakBefore) return Number(who.norm);
  if (isPerson(who.norm)) {
    for (const back of [1, 2]) {
      const n = k - back >= 0 ? readNumber(tokens, k - back) : null;
      if (n && !n.article && n.next === k && n.value > 0) return n.value;
      // ("4 moto drivers held", "3 taxi-moto drivers": a vehicle naming the people's trade; reports47)
      if (back === 2 && n && !n.article && n.next === k - 1 && n.value > 0 && VEHICLE_TRADE.test(tokens[k - 1]!.norm)) return n.value;
    }
    // ("MSF nurse held at a Mai-Mai barrier", "Nurse held …": one person opening the clause, an organisation's acronym before; reports47)
    const opens = (j: number): boolean => j === 0 || tokens[j]!.breakBefore;
    if (isSingularPerson(who.norm) && (opens(k) || (opens(k - 1) && /^[A-Z]{2,}$/.test(tokens[k - 1]!.text)))) return 1;
    return /^(le|la|l|un|une|the|a|an)$/.test(tokens[k - 1]?.norm ?? '') && isSingularPerson(who.norm) ? 1 : null;
  }
  // "Le chef de localité de Rubare arrêté": one person named with a complement, at the start of the clause.
  let s = k;
  while (s > 0 && !tokens[s]!.breakBefore && k - s < 6) s--;
  const first = /^(le|la|l|un|une|the|a|an)$/.test(tokens[s]!.norm) ? s + 1 : s;
  // ("Localité chief of Kibati picked up", "village chief of Bambo arrested": a word of the title before the person)
  const at = TITLE_WORD.test(tokens[first]?.norm ?? '') && isSingularPerson(tokens[first + 1]?.norm ?? '') ? first + 1 : first;
  const head = tokens[at];
  return head && at < k && isSingularPerson(head.norm) && /^(de|d|du|of)$/.test(tokens[at + 1]?.norm ?? '') ? 1 : null;
}

// "arrested 5 youths", "ont arrêté le chef" (1), "arrested the chief of Bambo + 2 notables" (3).
function countedAfter(tokens: readonly Token[], i: number): number | null {
  // ("ont arrêté et ligoté un pasteur": the people after the second verb)
  const at = pickedUp(tokens, i) ? i + 1 : /^(and|et)$/.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 2]?.breakBefore ? i + 2 : i;
  const t = peopleAfter(tokens, at);
  if (!t || t.count === null) return null;
  let n = t.count;
  // "+ 2 notables", "and 2 others": more people in the same clause
  for (let k = i + 2; k < tokens.length && k <= i + 7 && !tokens[k]!.breakBefore; k++) {
    if (tokens[k]!.norm !== 'and' && tokens[k]!.norm !== 'et') continue;
    // ("the chief and his two brothers", "le chef et ses 2 fils": a possessive before the number; reports47)
    const own = /^(his|her|their|ses|leurs|sa|son)$/.test(tokens[k + 1]?.norm ?? '') ? 1 : 0;
    const more = readNumber(tokens, k + 1 + own);
    if (more && !more.article && isPerson(tokens[more.next]?.norm ?? '')) n += more.value;
    break;
  }
  return n;
}

// "Arrestation arbitraire de 3 membres de la société civile".
function nominalCount(tokens: readonly Token[], i: number): number | null {
  if (!/^arrestations?$/.test(tokens[i]!.norm) && !/^arrests?$/.test(tokens[i]!.norm)) return null;
  let k = i + 1;
  if (/^(arbitraires?|arbitrary|illegales?|illegal)$/.test(tokens[k]?.norm ?? '')) k++;
  if (!/^(de|d|of)$/.test(tokens[k]?.norm ?? '')) return null;
  const n = readNumber(tokens, k + 1);
  return n && !n.article && isPerson(tokens[n.next]?.norm ?? '') ? n.value : null;
}

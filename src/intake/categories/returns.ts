import type { SignalHit } from './categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { readNumber } from '../numbers.js';

/**
 * Convention C8: people going home after a displacement are a movement of displaced people, so a
 * `displacement` report ("pop returning", "retour des déplacés", "150 ménages sont rentrés",
 * "wamerudi nyumbani", "500 ppl back to fields"). Only when PEOPLE return: a group going back to its
 * base is a movement, hostages back are a follow-up of the abduction, money or goods given back,
 * fire returned, calm back and "back to school" are no return of the displaced.
 */
const RETURN_WORDS = [
  'return', 'returns', 'returned', 'returning', 'retour', 'retours', 'rentre', 'rentres', 'rentree', 'rentrees', 'rentrent', 'rentrer', 'rentrant', 'regagne',
  'regagnes', 'regagnent', 'regagner', 'regagnant', 'retourne', 'retournes', 'retournee', 'retournees', 'retournent', 'retourner', 'reviennent', 'revenus',
  'revenues', 'wamerudi', 'walirudi', 'wanarudi', 'wamerejea', 'wanarejea', 'back',
];
const RETURN: ReadonlySet<string> = new Set(RETURN_WORDS);
const RETURN_SAID = trigger(RETURN_WORDS);
const PEOPLE = /^(pop|popn|hbts|hbt|habts|hab|population|populations|people|ppl|persons|personnes|pers|residents|habitants|inhabitants|villagers|villageois|families|familles|households|hh|menages|menage|deplaces|deplacees|displaced|idps|idp|pdi|pdis|returnees|returnee|retournes|gens|watu|wakaazi|wananchi|raia|wakimbizi)$/;
// Words that say the return is something else: fire, money, goods, calm, school, the road home from work.
const NOT_PEOPLE_BACK = /^(fire|feu|tirs|money|argent|cash|goods|biens|items|loot|butin|goats|chevres|vaches|cattle|calme|calm|normal|normale|normalite|school|schools|ecole|ecoles|classes|cours|scolaire|work|travail|power|electricity|courant|network|reseau)$/;
const FROM_ERRAND = /^(from|du|de|des)$/;
const ERRAND = /^(fields?|champs?|market|marche|school|ecole|work|travail|river|riviere|source|church|eglise|mosque|mosquee)$/;
// Hostages or children taken who come back are a follow-up of the abduction (victims/follow-up-counts.ts).
const TAKEN = /^(otages?|hostages?|enleve\w*|abduct\w*|kidnap\w*|captiv\w*|captors|ravisseurs|rancon|ransom|liber\w*|relach\w*|freed|released|recrut\w*|recruit\w*|walichukuliwa|wametekwa)$/;
const FALSE = /^(false|fausse|faux)$/;
const ALARM = /^(alarm|alert|alerte|rumou?rs?|rumeurs?|report)$/;
// A return demanded or refused under threat, or a call to "go home", is no return that happened (nor one refused, feared
// or only wished: "IDPs refuse to return", "refusent de rentrer", "wanakataa kurudi", "ne veulent pas rentrer", reports36).
const ORDERED = /^(interdit|interdisent|forbade|forbid|forbids|banned|empeche|empechent|wanakataa|wamekataa|wanaogopa|veulent|want|wants|refuse|refuses|refused|refusing|refusent|refusant|reluctant|hesitate|hesitent|afraid|peur|must|should|doivent|doit|faut|exigent|exige|exigeant|demand|demands|demanded|ordered|ordonne|ordonnent|forcent|force|forced|contraints|go|rentrez|retournez)$/;

// A group back in a place: "returned to", "revenus à", "back in", "de retour à".
const GROUP_BACK = /^(to|in|into|a|au|aux|dans|vers|sur|msituni|at)$/;

function sameClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]!.breakBefore) return false;
  return true;
}

function peopleNear(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    if (tokens[k + 1]!.breakBefore) break;
    if (PEOPLE.test(tokens[k]!.norm)) return true;
  }
  // ("Retour d'environ 500 personnes": an article and an estimate may stand between)
  // ("retour progressif d'environ 1 200 personnes", "retour massif de plus de 2 000 personnes": a word of manner, a longer estimate;
  // a count typed in groups of digits, "d'environ 2 500 personnes", takes a word more for each group)
  const digitGroups = tokens.slice(i + 1, i + 6).filter((t) => /^\d{3}$/.test(t.norm)).length;
  for (let k = i + 1; k < tokens.length && k <= i + 8 + digitGroups; k++) {
    if (tokens[k]!.breakBefore) break;
    if (PEOPLE.test(tokens[k]!.norm)) return true;
  }
  return false;
}

/** `isActor(k)`: token k names an armed actor ("ADF wamerudi msituni" is the group going back, not people). */
export function returnHits(tokens: readonly Token[], isActor: (k: number) => boolean): SignalHit[] {
  if (!said(tokens, RETURN_SAID)) return [];
  let i = -1;
  for (let k = 0; k < tokens.length && i < 0; k++) if (RETURN.has(tokens[k]!.norm)) i = k;
  if (i < 0) return []; // most reports: no word of a return, nothing more to read
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (TAKEN.test(norm)) return [];
    // "fausse alerte ..., la population est rentrée": back after a false alarm is a quiet day, not a return
    if (FALSE.test(norm) && ALARM.test(tokens[k + 1]?.norm ?? '')) return [];
  }
  for (; i >= 0 && i < tokens.length; i++) {
    if (!RETURN.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1]?.norm ?? '';
    const after = [1, 2, 3].map((d) => (i + d < tokens.length && sameClause(tokens, i, i + d) ? tokens[i + d]!.norm : ''));
    if (after.some((w) => NOT_PEOPLE_BACK.test(w))) continue;
    if (FROM_ERRAND.test(next) && ERRAND.test(after[1]!)) continue;
    if (tokens[i - 1]?.norm === 'en') continue; // "en rentrant du champ": on the way home, not a return
    if ([i - 1, i - 2, i - 3, i - 4, i - 5, i - 6].some((k) => k >= 0 && ORDERED.test(tokens[k]!.norm) && sameClause(tokens, k, i))) continue;
    // ("craint le retour des M23", "fear the return of ADF": a group's return, feared or told, is no people's return, reports20)
    if (groupAfter(tokens, i, isActor)) continue;
    // (an actor in the clause before is not the one back: "après les opérations FARDC-MONUSCO, retour de la population", reports34)
    if ((isActor(i - 1) && sameClause(tokens, i - 1, i)) || (isActor(i - 2) && sameClause(tokens, i - 2, i))) {
      // "ADF returned to Mavivi", "M23 wamerudi Kibumba", "les Mai-Mai sont revenus à Kitutu": a group back in a place moves.
      if (GROUP_BACK.test(next) || tokens[i]!.norm.startsWith('wame') || tokens[i]!.norm.startsWith('wali')) return [{ value: { signal: 'movement', subType: null }, start: i, end: i + 1 }];
      continue;
    }
    // ("wamerudi nyumbani": they went back home; the Swahili verb's "wa-" says people, "home" says a return)
    if (!peopleNear(tokens, i) && !(/^wa(me|li|na)/.test(tokens[i]!.norm) && /^(nyumbani|makwao|kwao|vijijini|kijijini)$/.test(next))) continue;
    return [{ value: { signal: 'displace', subType: null }, start: i, end: i + 1 }];
  }
  return [];
}

// "le retour des M23", "the return of the ADF", "retour de la CODECO": an armed actor right after the word of return.
const OF_GROUP = /^(des|de|du|d|la|le|l|les|of|the)$/;
function groupAfter(tokens: readonly Token[], i: number, isActor: (k: number) => boolean): boolean {
  let k = i + 1;
  while (k <= i + 3 && OF_GROUP.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
  return k > i + 1 && k < tokens.length && !tokens[k]!.breakBefore && isActor(k);
}

// Only a number of PEOPLE counts the returnees (C8): households and families are no head count.
const HEADS = /^(people|ppl|persons|personnes|pers|idps|pdi|pdis|deplaces|deplacees|displaced|returnees|retournes|residents|habitants|villagers|villageois|civilians|civils|watu|wakimbizi)$/;

/** "3,000 IDPs returned", "wakimbizi 300 wamerudi": the returnees counted under `displaced` when nothing else counted them. */
export function readReturnees(tokens: readonly Token[], returned: readonly SignalHit[], victims: { displaced: number | null }): void {
  if (!peopleReturned(returned) || victims.displaced !== null) return;
  let found: number | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const n = readNumber(tokens, k);
    if (!n || n.article || n.zero) continue;
    const after = tokens[n.next];
    const before = tokens[k - 1];
    const heads = (after && !after.breakBefore && HEADS.test(after.norm)) || (before && !tokens[k]!.breakBefore && HEADS.test(before.norm));
    if (!heads) continue;
    if (found !== null && found !== n.value) return; // two head counts: leave it to the reader
    found = n.value;
  }
  if (found !== null && found > 0) victims.displaced = found;
}

/** People (not a group) went home: a return hit that is a displacement. */
export function peopleReturned(returned: readonly SignalHit[]): boolean {
  return returned.some((h) => h.value.signal === 'displace');
}

/**
 * "Pop back to fields", "retournés aux champs": people back at their daily work. After a rumour denied that is the calm
 * told, no return of the displaced (decide-category.ts reads a denied rumour with people returning as a displacement, C8).
 */
export function backToDailyWork(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => /^(back|retour|retournes?|retournees?|rentres?)$/.test(t.norm) && /^(to|aux|au)$/.test(tokens[i + 1]?.norm ?? '') &&
    (ERRAND.test(tokens[i + 2]?.norm ?? '') || (/^(the|their|leurs)$/.test(tokens[i + 2]?.norm ?? '') && ERRAND.test(tokens[i + 3]?.norm ?? ''))));
}

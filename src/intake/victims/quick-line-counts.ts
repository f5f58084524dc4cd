import type { Victims } from '../../domain/alert.js';
import type { Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { CHILD_NOUNS, VICTIM_VERBS } from './victim-vocabulary.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { PEOPLE } from './moved-people.js';
import { TAKEN_TO, takenToCare } from '../categories/leaving-and-care.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * One-line quick reports (reports14): counts said in constructions the victim reader does not follow. Each reading
 * only fills a count still unknown (or corrects one the construction proves wrong).
 */
export function readQuickLineCounts(tokens: readonly Token[], description: string, s: Signals, victims: Victims): void {
  objectAfterGap(tokens, description, victims);
  shotAndTreated(tokens, victims);
  shotAndHarmedSms(tokens, victims);
  anotherOne(tokens, victims);
  displacedSaidAround(tokens, s, victims);
  subsetOfChildren(tokens, victims);
  takenIntoRanks(tokens, s, victims);
  takenForCare(tokens, s, victims);
}

// "ont blessé par balle un cultivateur", "kidnapé hier un chauffeur", "Enlevés par hommes armés à Ngote: deux infirmiers":
// the victim verb, then how, when, by whom or where, then whom.
const GAP = /^(par|balle|balles|a|au|aux|la|le|l|machette|machettes|couteau|couteaux|fleche|fleches|hier|ce|cet|cette|matin|soir|nuit|apres|midi|aujourd|hui|tot|des|hommes|homme|armes|arme|inconnus|bandits|by|with|a|machete|machetes|knife|bullet|bullets|gunfire|yesterday|last|night|this|morning|evening|today|tonight|early|gunmen|armed|men|unknown|at|in|near|pres|de|dans|sur|axe|route|road|village|on)$/;
function objectAfterGap(tokens: readonly Token[], description: string, victims: Victims): void {
  for (let i = 0; i < tokens.length; i++) {
    // (verbAt leaves out words the reader mutes: "ville morte", a threat's "tuer")
    const key = verbAt(tokens, i);
    if (!key || key === 'displaced' || key === 'childrenAffected' || victims[key] !== null || /^(ville|villes)$/.test(tokens[i - 1]?.norm ?? '')) continue;
    // a person or a count right before the verb is its subject ("2 traders shot"): nothing to read after it
    if (isPerson(tokens[i - 1]?.norm ?? '') || /^\d+$/.test(tokens[i - 1]?.norm ?? '')) continue;
    let gap = 0;
    for (let k = i + 1; k < tokens.length && gap <= 6; k++, gap++) {
      const t = tokens[k]!;
      // one colon may open the list of whom ("…à Ngote: deux infirmiers"); any other stop ends the search
      if (t.breakBefore && !(description.slice(tokens[k - 1]!.end, t.start).trim() === ':')) break;
      const n = gap > 0 ? readNumber(tokens, k) : null;
      const noun = n ? tokens[n.next] : undefined;
      if (n && !n.zero && noun && !noun.breakBefore && isPerson(noun.norm) && (!n.article || isSingularPerson(noun.norm)) && !followedByVerb(tokens, n.next)) {
        victims[key] = n.value;
        break;
      }
      if (!GAP.test(t.norm) && !/^\p{Lu}/u.test(t.text) && !placeTypedLow(tokens, k) && !hourInGap(tokens, k)) break;
    }
  }
}

// "ont enlevé hier vers 18h trois commerçants", "abducted at 6pm three traders", "tué à 0300 2 cultivateurs": the hour of the
// deed in the gap, after "vers/at/à/around" (an hour is no count: "18h", "6pm", "0300", "18 h").
const HOUR = /^(\d{1,2}h(\d{2})?|\d{1,2}(h|:)?\d{0,2}(am|pm)|[01]\d[0-5]\d|2[0-3][0-5]\dh?r?s?)$/;
const HOUR_BEFORE = /^(vers|a|at|around|about|autour|des|from|since|depuis)$/;
function hourInGap(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  if (w === 'vers' || w === 'around') return HOUR.test(tokens[k + 1]?.norm ?? '') || (/^\d{1,2}$/.test(tokens[k + 1]?.norm ?? '') && /^(h|heures?)$/.test(tokens[k + 2]?.norm ?? ''));
  if (/^(h|heures?)$/.test(w)) return /^\d{1,2}$/.test(tokens[k - 1]?.norm ?? '') && HOUR_BEFORE.test(tokens[k - 2]?.norm ?? '');
  if (/^\d{1,2}$/.test(w)) return HOUR_BEFORE.test(tokens[k - 1]?.norm ?? '') && /^(h|heures?)$/.test(tokens[k + 1]?.norm ?? '');
  return HOUR.test(w) && HOUR_BEFORE.test(tokens[k - 1]?.norm ?? '');
}

// "kidnaping a kasindi 1 chauffeur", "shot at mangina 2 traders": the place typed in lower case after "à/at/in" is part of
// the gap (one word, not a number, a person or a victim verb).
const AT = /^(a|at|in|near|pres|vers|dans|to)$/;
function placeTypedLow(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]!.norm;
  return AT.test(tokens[k - 1]?.norm ?? '') && /^[a-z]{4,}$/.test(w) && !isPerson(w) && VICTIM_VERBS[w] === undefined && !tokens[k]!.breakBefore;
}
function followedByVerb(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + 2 && k < tokens.length; k++) if (VICTIM_VERBS[tokens[k]!.norm] !== undefined && !tokens[k]!.breakBefore) return true;
  return false;
}

// "wazalendo shot 2 traders at the roadblock, both in hosp": shot and then treated, they were wounded.
const TREATED = /^(hosp|hospital|hospitals|hopital|hospitalis\w*|hospitaliz\w*|evacuated|evacues?|evacuees?|survived|survivent|treated|soigne|soignes|soignees?|clinic|clinique|cs|hgr)$/;
const SHOT_SAID = trigger(['shot']);
function shotAndTreated(tokens: readonly Token[], victims: Victims): void {
  if (victims.injured !== null || victims.killed !== null || !said(tokens, SHOT_SAID) || !tokens.some((t) => TREATED.test(t.norm))) return;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'shot') continue;
    const n = readNumber(tokens, i + 1);
    if (n && !n.zero && !n.article && isPerson(tokens[n.next]?.norm ?? '')) {
      victims.injured = n.value;
      return;
    }
  }
}

// "2 civs shot n wounded", "3 ppl shot n killed": SMS "n" for "and" after "shot", then the harm (reports23).
function shotAndHarmedSms(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, SHOT_SAID)) return;
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'n' || tokens[i - 1]!.norm !== 'shot' || tokens[i + 1]!.breakBefore) continue;
    const key = VICTIM_VERBS[tokens[i + 1]!.norm];
    if ((key !== 'injured' && key !== 'killed') || victims[key] !== null) continue;
    for (let k = i - 3; k >= 0 && k >= i - 4; k--) {
      const n = readNumber(tokens, k);
      if (n && !n.zero && !n.article && n.next === i - 2 && isPerson(tokens[n.next]!.norm)) {
        victims[key] = n.value;
        return;
      }
    }
  }
}

// "Child killed and another maimed", "un enfant tué et un autre blessé": one more, harmed the other way.
const ANOTHER_SAID = trigger(['another', 'autre', 'second', 'deuxieme']);
function anotherOne(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, ANOTHER_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]!.norm;
    const andAt = word === 'another' ? i - 1 : /^(autre|second|deuxieme)$/.test(word) && /^(un|une|a)$/.test(tokens[i - 1]!.norm) ? i - 2 : -1;
    // "and another", "et un autre", or a new clause: "3 civils tués, un autre blessé"
    if (andAt < 0 || !(/^(and|et)$/.test(tokens[andAt]?.norm ?? '') || tokens[andAt + 1]!.breakBefore)) continue;
    let k = i + 1;
    while (/^(was|is|has|been|a|ete|est)$/.test(tokens[k]?.norm ?? '')) k++;
    const key = verbAt(tokens, k);
    if (!key || key === 'displaced' || key === 'childrenAffected' || victims[key] !== null || tokens[k]!.breakBefore) continue;
    victims[key] = 1;
    // the first one was a child: so is the other ("Child killed and another maimed")
    const child = tokens.slice(Math.max(0, andAt - 4), andAt).some((t) => CHILD_NOUNS.has(t.norm));
    if (child && victims.childrenAffected === 1) victims.childrenAffected = 2;
  }
}

// "3 400 new IDPs arrived", "on parle de mille personnes", "some two hundred on the road": people fleeing, counted.
const NEW_WORDS = ['new', 'newly', 'nouveaux', 'nouvelles', 'nouveau', 'additional', 'more', 'other', 'autres'];
const NEW = oneOf(NEW_WORDS);
const DISPLACED = /^(idps|idp|pdi|displaced|deplaces|deplacees|dplces|dplcs)$/;
const SAID_WORDS = ['parle', 'parlent', 'compte', 'comptent', 'estime', 'estimes', 'estimees', 'estimated', 'count', 'counts', 'counted', 'talk', 'talking', 'speak'];
const SAID = oneOf(SAID_WORDS);
const ON_THE_ROAD = /^(on|en|sur|walking|marchant)$/;
const ROAD_WORDS = ['road', 'route', 'way', 'chemin', 'move', 'marche'];
const ROAD = oneOf(ROAD_WORDS);
// "new IDPs", "on parle de", "on the road"
const AROUND_SAID = trigger([...NEW_WORDS, ...SAID_WORDS, ...ROAD_WORDS]);
function displacedSaidAround(tokens: readonly Token[], s: Signals, victims: Victims): void {
  if (victims.displaced !== null || !s.has('displace') || (victims.killed ?? 0) > 0 || (victims.abducted ?? 0) > 0 || !said(tokens, AROUND_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero) continue;
    const noun = tokens[n.next];
    if (!noun || noun.breakBefore) continue;
    // "3 400 new IDPs arrived"
    if (NEW.test(noun.norm) && DISPLACED.test(tokens[n.next + 1]?.norm ?? '') && !tokens[n.next + 1]!.breakBefore) {
      victims.displaced = n.value;
      return;
    }
    // "on parle de mille personnes", "OCHA counts 3 400", "estimés à 500 personnes"
    let k = i - 1;
    if (/^(de|d|a|of|at)$/.test(tokens[k]?.norm ?? '')) k--;
    if (SAID.test(tokens[k]?.norm ?? '') && (PEOPLE.has(noun.norm) || DISPLACED.test(noun.norm)) && VICTIM_VERBS[tokens[n.next + 1]?.norm ?? ''] === undefined) {
      victims.displaced = n.value;
      return;
    }
    // "…, some two hundred on the road", "env. 300 en route"
    if (tokens[i]!.breakBefore || tokens[i - 1]?.breakBefore) {
      if (ON_THE_ROAD.test(noun.norm) && (ROAD.test(tokens[n.next + 1]?.norm ?? '') || ROAD.test(tokens[n.next + 2]?.norm ?? ''))) {
        victims.displaced = n.value;
        return;
      }
    }
  }
}

// "4 enfants enlevés, dont une fille de 9 ans", "3 children including a girl of 9": the girl is one of the four.
const AMONG_WORDS = ['dont', 'including', 'incl', 'among', 'parmi', 'notamment'];
const AMONG = oneOf(AMONG_WORDS);
const AMONG_SAID = trigger(AMONG_WORDS);
function subsetOfChildren(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected === null || !said(tokens, AMONG_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!AMONG.test(tokens[i]!.norm)) continue;
    const part = readNumber(tokens, i + 1);
    if (!part) continue;
    const noun = tokens[part.next]?.norm ?? '';
    // "dont une fille de 9 ans": a girl or a daughter said with a child's age
    const aged = /^(fille|filles|daughter|daughters)$/.test(noun) && /^(de|d|of|aged)$/.test(tokens[part.next + 1]?.norm ?? '') && Number(tokens[part.next + 2]?.norm) < 18;
    if (!part || !(CHILD_NOUNS.has(noun) || aged)) continue;
    // the whole: a count of children before "dont"
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      const whole = CHILD_NOUNS.has(tokens[k]!.norm) ? readNumber(tokens, k - 1) : null;
      if (whole && !whole.article && whole.value >= part.value && victims.childrenAffected === whole.value + part.value) {
        victims.childrenAffected = whole.value;
        return;
      }
    }
  }
}

// "CODECO recruiting children; 6 boys taken from Pimbo school": children taken to be recruited are counted as recruited
// children, not abducted (an abduction word, "enlevés", "kidnapped", stays an abduction).
const SOFT_TAKEN = /^(taken|took|take|taking|emmene\w*|amene\w*|pris|prises|emportes?|emportees?)$/;
function takenIntoRanks(tokens: readonly Token[], s: Signals, victims: Victims): void {
  if (victims.abducted === null || !s.near('recruit', 'child', 8)) return;
  if (s.all('abduct').some((h) => !SOFT_TAKEN.test(tokens[h.start]!.norm))) return;
  // the recruiting told first, then those taken ("Boy taken by CODECO to carry loot, parents say he was recruited" stays taken)
  const taken = tokens.findIndex((t) => SOFT_TAKEN.test(t.norm));
  if (taken < 0 || !s.all('recruit').some((h) => h.start < taken)) return;
  victims.childrenAffected ??= victims.abducted;
  victims.abducted = null;
}

// "all 3 taken to Rutshuru hospital", "emmenés au centre de santé": taken for care, not abducted.
function takenForCare(tokens: readonly Token[], s: Signals, victims: Victims): void {
  if (!victims.abducted || s.has('abduct')) return;
  const taken = tokens.map((t, i) => (TAKEN_TO.test(t.norm) ? i : -1)).filter((i) => i >= 0);
  if (taken.length > 0 && taken.every((i) => takenToCare(tokens, i))) victims.abducted = null;
}

import type { VictimKey, Victims } from '../../domain/alert.js';
import { CHILD_NOUNS } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { isPerson, isSingularPerson, verbAt } from './victim-words.js';
import { ageAt, CHILD_AGE } from './ages.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';

/**
 * Counts said the way everyday Kivu traffic says them (reports13): a headline with no article ("Police officer
 * killed", "Kidnapped nurse of Rubaya released"), hostages named again by their number ("the 3 moto drivers are
 * back home", "les 5 femmes sont toujours en captivité"), some of the abducted released ("6 farmers abducted, 2
 * released": still 6), and ages written after the children ("2 girls 14 and 15").
 */


const FILLERS = /^(was|were|is|has|have|been|a|ont|ete|est|sont|reportedly|allegedly|auraient|aurait)$/;
const SKIPPED_VERBS: ReadonlySet<VictimKey> = new Set(['displaced', 'childrenAffected']);
const DESCRIBED = /^(deplacee?s?|displaced|idp|refugiee?|mineure?|minor|enceinte|pregnant|handicapee?|disabled)$/;
const PASSIVE = /^(a|ont|est|sont)$/;

/** "Police officer killed by gunmen", "motorbike taxi driver killed", "Kidnapped nurse of Rubaya released": one person. */
function headlineVictims(tokens: readonly Token[], victims: Victims): void {
  for (let i = 0; i < tokens.length; i++) {
    // a clause opening, or an article just after a heading ("Bulengo: une fille…", which has no break)
    if (i > 0 && !tokens[i]!.breakBefore && !(i <= 3 && /^(a|an|un|une|one)$/.test(tokens[i]!.norm))) continue;
    // verb first: "Kidnapped nurse", "Abducted teacher"
    const first = verbAt(tokens, i);
    if (first && !SKIPPED_VERBS.has(first) && victims[first] === null && isSingularPerson(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) {
      victims[first] = 1;
      continue;
    }
    // noun first: up to three words naming one person, then the verb ("motorbike taxi driver killed",
    // "une fille déplacée de 12 ans violée", "un homme soupçonné de sorcellerie a été brûlé vif")
    for (let k = i; k < i + 4 && k < tokens.length; k++) {
      if (k > i && tokens[k]!.breakBefore) break;
      const w = tokens[k]!.norm;
      const article = readNumber(tokens, k);
      if (article?.article && k === i) continue;
      if (article || verbAt(tokens, k)) break;
      if (!isSingularPerson(w)) continue;
      let v = k + 1;
      let years: number | null = null;
      // what describes her before the verb: "déplacée", "de 12 ans", "IDP"
      for (;;) {
        const age = ageAt(tokens, v);
        if (age && !tokens[v]!.breakBefore) {
          years = age.years;
          v = age.next;
        } else if (DESCRIBED.test(tokens[v]?.norm ?? '') && !tokens[v]!.breakBefore) v++;
        else break;
      }
      const start = v;
      while (FILLERS.test(tokens[v]?.norm ?? '') && !tokens[v]!.breakBefore) v++;
      let key = tokens[v] && !tokens[v]!.breakBefore ? verbAt(tokens, v) : undefined;
      // "soupçonné de sorcellerie a été brûlé vif": a passive a few words on still says what was done to him
      if (!key) {
        for (let p = start; p < start + 5 && p < tokens.length && !tokens[p]!.breakBefore; p++) {
          if (PASSIVE.test(tokens[p]!.norm) && tokens[p + 1]?.norm === 'ete') {
            key = verbAt(tokens, p + 2);
            v = p + 2;
            break;
          }
        }
      }
      // ("Farmer hacked to death" is a killing, read by the killing words)
      const toDeath = /^(to|a)$/.test(tokens[v + 1]?.norm ?? '') && /^(death|mort)$/.test(tokens[v + 2]?.norm ?? '');
      if (key && !toDeath && !SKIPPED_VERBS.has(key) && victims[key] === null && !isPerson(tokens[v + 1]?.norm ?? '')) {
        victims[key] = 1;
        if (victims.childrenAffected === null && (CHILD_NOUNS.has(w) || (years !== null && years < CHILD_AGE))) victims.childrenAffected = 1;
      }
      break;
    }
  }
}

// A report of people taken: hostages, captivity, ransom, release.
const CAPTIVITY_WORDS = ['hostage', 'hostages', 'otage', 'otages', 'captivity', 'captivite', 'ransom', 'rancon', 'kidnappers', 'ravisseurs', 'released', 'liberes', 'liberees', 'freed', 'back', 'revenus', 'revenues', 'rentres', 'rentrees'];
const CAPTIVITY = oneOf(CAPTIVITY_WORDS);
const CAPTIVITY_SAID = trigger(CAPTIVITY_WORDS);
/** "the 3 Goma-Sake moto drivers are back home", "les 5 femmes de Kalehe sont toujours en captivité": those held, counted again. */
function heldAgain(tokens: readonly Token[]): number | null {
  if (!said(tokens, CAPTIVITY_SAID)) return null;
  if (!tokens.some((t) => CAPTIVITY.test(t.norm))) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(the|les|ces|these|those|nos|our)$/.test(tokens[i]!.norm)) continue;
    const n = readNumber(tokens, i + 1);
    if (!n || n.article || n.zero || n.value <= 0 || tokens[i + 1]!.breakBefore) continue;
    for (let k = n.next; k < n.next + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (isPerson(tokens[k]!.norm) && tokens[k]!.norm !== 'de') return n.value;
  }
  return null;
}

const FREED_WORDS = ['released', 'freed', 'escaped', 'liberes', 'liberees', 'libere', 'liberee', 'relaches', 'relachees', 'relache', 'relachee', 'evades', 'echappes', 'echappees'];
const FREED = oneOf(FREED_WORDS);
const FREED_SAID = trigger(FREED_WORDS);
const FREED_FILLERS = /^(were|have|been|later|then|ont|ete|sont|deja|already|puis|ensuite)$/;
/** "6 farmers abducted, 2 released", "12 enlevées ; quatre ont été libérées": the released are among the abducted, not more. */
function releasedAmongAbducted(tokens: readonly Token[], victims: Victims): void {
  const total = victims.abducted;
  if (total === null || !said(tokens, FREED_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    if (!FREED.test(tokens[i]!.norm)) continue;
    let k = i - 1;
    while (k >= 0 && FREED_FILLERS.test(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
    let n = k >= 0 ? readNumber(tokens, k) : null;
    if (!n && k >= 1) n = readNumber(tokens, k - 1);
    if (!n || n.article || n.zero || n.value >= total) continue;
    const rest = total - n.value;
    // the rest is a count said before, next to its taking ("6 farmers abducted")
    const before = tokens.slice(0, k).some((_t, j) => readNumber(tokens, j)?.value === rest && !readNumber(tokens, j)!.article && verbNear(tokens, j));
    if (before) {
      victims.abducted = rest;
      return;
    }
  }
}
const verbNear = (tokens: readonly Token[], j: number): boolean => [1, 2, 3, 4].some((d) => verbAt(tokens, j + d) === 'abducted');

/** Ages right after the children counted ("2 girls 14 and 15", "3 garçons, 12 et 13 ans"): token indices that are no count. */
const CHILD_SAID = trigger([...CHILD_NOUNS]);
function agesAfterChildren(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  if (!said(tokens, CHILD_SAID)) return out;
  for (let i = 1; i < tokens.length; i++) {
    if (!CHILD_NOUNS.has(tokens[i - 1]!.norm) || !/^\d{1,2}$/.test(tokens[i]!.norm) || tokens[i]!.breakBefore) continue;
    if (!/^(and|et|&|ou|or)$/.test(tokens[i + 1]?.norm ?? '') || !/^\d{1,2}$/.test(tokens[i + 2]?.norm ?? '')) continue;
    if (Number(tokens[i]!.norm) < 18 && Number(tokens[i + 2]!.norm) < 18) out.push(i, i + 2);
  }
  return out;
}

/** "2 girls 14 and 15 abducted" read as 15 abducted: the count is the one before the children. */
function agesReadAsCount(tokens: readonly Token[], victims: Victims): void {
  const ages = agesAfterChildren(tokens);
  for (let a = 0; a < ages.length; a += 2) {
    const [i, j] = [ages[a]!, ages[a + 1]!];
    let v = j + 1;
    while (FILLERS.test(tokens[v]?.norm ?? '') && !tokens[v]!.breakBefore) v++;
    const key = verbAt(tokens, v);
    const n = readNumber(tokens, i - 2);
    if (!key || SKIPPED_VERBS.has(key) || !n || n.article || n.next !== i - 1 || victims[key] !== Number(tokens[j]!.norm)) continue;
    victims[key] = n.value;
    victims.childrenAffected = n.value;
  }
}

// "approx 800 new IDPs arrived", "600 nouveaux déplacés arrivés": new arrivals counted.
const NEW_WORDS = ['new', 'nouveaux', 'nouvelles', 'fresh'];
const NEW = oneOf(NEW_WORDS);
const ARRIVING = /^(idps|deplaces|dplces|ppl|people|personnes|pers|displaced|families|familles|arrivals|arrivants)$/;
const CAME_WORDS = ['arrived', 'arriving', 'arrive', 'arrives', 'arrivent', 'arrivees', 'venus', 'venues', 'came', 'reached'];
const CAME = oneOf(CAME_WORDS);
const NEW_SAID = trigger(NEW_WORDS);
const CAME_SAID = trigger(CAME_WORDS);
function newArrivals(tokens: readonly Token[]): number | null {
  if (!said(tokens, NEW_SAID) || !said(tokens, CAME_SAID)) return null;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero || !NEW.test(tokens[n.next]?.norm ?? '') || !ARRIVING.test(tokens[n.next + 1]?.norm ?? '')) continue;
    if (/^(families|familles)$/.test(tokens[n.next + 1]!.norm)) continue;
    if (CAME.test(tokens[n.next + 2]?.norm ?? '') || CAME.test(tokens[n.next + 3]?.norm ?? '')) return n.value;
  }
  return null;
}

/** The reports13 count classes, after the other readers (victims/implied-counts.ts). */
// "…due to M23 shelling, est. 15,000 ppl": an estimate abbreviated with a full stop still counts those who fled.
const ABBREVIATED_WORDS = ['est', 'approx', 'env', 'ca', 'estim'];
const ABBREVIATED = oneOf(ABBREVIATED_WORDS);
const ABBREVIATED_SAID = trigger(ABBREVIATED_WORDS);
const FLED_NOUN = /^(ppl|people|pple|pers|personnes|persons|idps|deplaces|dplces|hh)$/;
function abbreviatedEstimate(tokens: readonly Token[]): number | null {
  if (!said(tokens, ABBREVIATED_SAID)) return null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ABBREVIATED.test(tokens[i]!.norm) || !(i === 0 || tokens[i]!.breakBefore)) continue;
    const n = readNumber(tokens, i + 1);
    if (!n || n.article || n.zero) continue;
    const after = tokens[n.next];
    if (after && /^(hh|menages|households|families|familles)$/.test(after.norm)) continue;
    if (!after || after.breakBefore || FLED_NOUN.test(after.norm)) return n.value;
  }
  return null;
}

export function readCountClasses9(tokens: readonly Token[], abduction: boolean, recruitment: boolean, victims: Victims, fleeing = false): void {
  if (fleeing && victims.displaced === null) victims.displaced = abbreviatedEstimate(tokens);
  // "Kadogo seen at the checkpoint", "un enfant soldat à la barrière": one child used, named alone
  if (recruitment && victims.childrenAffected === null) victims.childrenAffected = oneChildUsed(tokens);
  headlineVictims(tokens, victims);
  agesReadAsCount(tokens, victims);
  if (victims.displaced === null) victims.displaced = newArrivals(tokens);
  if (abduction && victims.abducted === null) victims.abducted = heldAgain(tokens);
  if (abduction) releasedAmongAbducted(tokens, victims);
}

const PLURAL_AFTER = /^(vus|apercus|observes|signales|armes|presents|postes|deployes|utilises|recrutes|sont|ont|etaient|are|were|have)$/;
const ONE_CHILD_WORDS = ['kadogo', 'child', 'enfant', 'boy', 'girl', 'garcon', 'fille', 'mineur', 'mineure', 'minor', 'teenager', 'adolescent'];
const ONE_CHILD = oneOf(ONE_CHILD_WORDS);
const ONE_CHILD_SAID = trigger(ONE_CHILD_WORDS);
/** One child named in a report of children used: "Kadogo seen…", "a child soldier at the barrier", "un enfant armé". */
function oneChildUsed(tokens: readonly Token[]): number | null {
  if (!said(tokens, ONE_CHILD_SAID)) return null;
  for (let i = 0; i < tokens.length; i++) {
    // ("Child soldiers seen": many, uncounted)
    if (!ONE_CHILD.test(tokens[i]!.norm) || /^(soldiers|soldats|fighters|combattants|associes|associated|kadogos)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    // ("sake: enfant soldat de 16 ans…": a colon after the place opens the clause too, t36c)
    const opens = i === 0 || tokens[i]!.breakBefore || tokens[i]!.start - tokens[i - 1]!.end > 1;
    const article = /^(a|an|un|une|one)$/.test(tokens[i - 1]?.norm ?? '') && !tokens[i]!.breakBefore;
    // ("kadogo vus aux barrières": the word is plural too, and a plural verb says many, uncounted)
    if (opens && !article && PLURAL_AFTER.test(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.breakBefore) continue;
    if (opens || article) return 1;
  }
  return null;
}

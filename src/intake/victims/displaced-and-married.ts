import type { Victims } from '../../domain/alert.js';
import type { Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { readNumber } from '../numbers.js';

/**
 * Displaced people counted by a head count beside the flight (reports12): "déplacés de Mambasa wamefika, 500
 * personnes ds l'église", "200 femmes et enfants arrivés de Djalasiga fuient les violences", "IDPs keep arriving,
 * 80 people this week". Households and families are not people ("300 ménages" stays uncounted), and a report that
 * counts someone killed, hurt or taken is about that harm.
 */
const PEOPLE_WORDS = ['pers', 'personnes', 'people', 'persons', 'ppl', 'pple', 'individus', 'gens', 'watu', 'femmes', 'women', 'men', 'hommes', 'civils', 'civilians', 'habitants', 'residents'];
const PEOPLE = oneOf(PEOPLE_WORDS);
const ARRIVED_WORDS = ['arrive', 'arrived', 'arriving', 'arrives', 'arrivee', 'arrivees', 'wamefika', 'wanafika', 'wamewasili'];
const ARRIVED = oneOf(ARRIVED_WORDS);

const PEOPLE_SAID = trigger(PEOPLE_WORDS);
export function displacedHeadCount(tokens: readonly Token[], s: Signals, victims: Victims): void {
  if (victims.displaced !== null || !s.has('displace') || !said(tokens, PEOPLE_SAID)) return;
  if ((victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0 || (victims.abducted ?? 0) > 0 || (victims.crsvSurvivors ?? 0) > 0) return;
  if (s.has('kill') || s.has('injure') || s.has('abduct') || s.has('sexual')) return;
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.norm.charCodeAt(0);
    if (c < 48 || c > 57) continue; // a count in digits only: "une femme" is no head count
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero || n.value < 2) continue;
    const noun = tokens[n.next];
    if (!noun || noun.breakBefore || !PEOPLE.test(noun.norm)) continue;
    // the flight told before, in the same sentence, or an arrival right after the people ("200 femmes et enfants
    // arrivés"); "500 people ran to the base for protection" is a refuge for the night, not a count of displaced
    const told = s.all('displace').some((h) => h.end <= i && !tokens.slice(h.end, i + 1).some((t) => t.stopBefore));
    const arrived = !told && tokens.slice(n.next + 1, n.next + 4).some((t) => ARRIVED.test(t.norm));
    if (!told && !arrived) continue;
    victims.displaced = n.value;
    return;
  }
}

/**
 * A forced marriage told of one girl or woman (reports12): "une fille de 14 ans mariée de force à un militaire",
 * "a girl of 15 forcibly married to a commander", "une femme donnée de force en mariage": one survivor of sexual
 * slavery, and a child when she is a girl or under 18. "Deux filles mariées de force" is counted by the victim words.
 */
const MARRIED_WORDS = ['marie', 'mariee', 'mariees', 'maries', 'married', 'forcibly', 'forced', 'epousee', 'epousees', 'donnee', 'donnees'];
const MARRIED = oneOf(MARRIED_WORDS);
const ONE = /^(une|un|a|an|the|la|sa|his|her|leur|their)$/;
const YEARS = /^(ans|years?|yrs?|yo)$/;
const MARRIED_SAID = trigger(MARRIED_WORDS);
export function forcedMarriageCount(tokens: readonly Token[], s: Signals, victims: Victims, isPerson: (w: string) => boolean, isChild: (w: string) => boolean): void {
  if (victims.crsvSurvivors !== null || !said(tokens, MARRIED_SAID)) return;
  const h = s.all('sexual').find((x) => x.value.subType === 'sexual_slavery' && MARRIED.test(tokens[x.start]!.norm));
  if (!h) return;
  for (let k = h.start - 1; k >= 0 && k >= h.start - 8 && !tokens[k + 1]!.stopBefore; k--) {
    if (!isPerson(tokens[k]!.norm) || !ONE.test(tokens[k - 1]?.norm ?? '')) continue;
    victims.crsvSurvivors = 1;
    // "une fille de 14 ans", "a girl of 15", "une jeune femme de 16 ans"
    let years: number | null = null;
    for (let j = k + 1; j < h.start; j++) if (/^\d{1,2}$/.test(tokens[j]!.norm) && (YEARS.test(tokens[j + 1]?.norm ?? '') || /^(of|aged)$/.test(tokens[j - 1]!.norm))) years = Number(tokens[j]!.norm);
    if (victims.childrenAffected === null && (isChild(tokens[k]!.norm) || (years !== null && years < 18))) victims.childrenAffected = 1;
    return;
  }
}

/**
 * Those taken, found later with another harm done (reports12): "une jeune fille enlevée … a été retrouvée violée",
 * "3 women abducted were found raped": the same people, counted again under that harm.
 */
const FOUND_WORDS = ['found', 'retrouve', 'retrouvee', 'retrouves', 'decouverte', 'decouvertes', 'retrouvees'];
const FOUND = oneOf(FOUND_WORDS);
const FOUND_SAID = trigger(FOUND_WORDS);
export function foundRaped(tokens: readonly Token[], s: Signals, victims: Victims): void {
  if (victims.crsvSurvivors !== null || (victims.abducted ?? 0) < 1 || !said(tokens, FOUND_SAID)) return;
  if (s.all('sexual').some((h) => FOUND.test(tokens[h.start - 1]?.norm ?? ''))) victims.crsvSurvivors = victims.abducted;
}

/**
 * Children among people held or ill-treated (reports12): "47 détenus dont 4 mineurs", "a pupil of 16 arrested and
 * beaten at the station". Detention and ill-treatment are not among the grave violations against children, so the
 * minors are not counted as children affected (as the labels read "un élève de 16 ans arrêté et battu").
 */
export function childrenOnlyHeld(category: string, s: Signals, victims: Victims): void {
  if (victims.childrenAffected === null || (category !== 'arbitrary_detention' && category !== 'torture_ill_treatment')) return;
  if (s.has('kill') || s.has('abduct') || s.has('sexual') || s.has('recruit')) return;
  victims.childrenAffected = null;
}

/**
 * The accused counted, not victims (reports12): "Les 2 policiers mis en cause pour le viol ont été suspendus",
 * "3 soldiers accused of the killings arrested": a number before the accused says how many did it.
 */
const ACCUSED_WORDS = ['cause', 'accuses', 'accused', 'accusee', 'accusees', 'accuse', 'suspectes', 'suspecte', 'suspectees', 'poursuivis', 'poursuivies', 'charged', 'inculpes', 'condamnes', 'convicted'];
const ACCUSED: ReadonlySet<string> = new Set(ACCUSED_WORDS);
const DOERS_WORDS = ['policiers', 'policemen', 'police', 'militaires', 'soldats', 'soldiers', 'agents', 'officers', 'elements', 'auteurs', 'miliciens', 'combattants', 'fighters', 'gardes', 'guards'];
const DOERS: ReadonlySet<string> = new Set(DOERS_WORDS);
const ACCUSED_SAID = trigger(ACCUSED_WORDS);
const DOERS_SAID = trigger(DOERS_WORDS);
export function accusedNotCounted(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, ACCUSED_SAID) || !said(tokens, DOERS_SAID)) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!ACCUSED.has(tokens[i]!.norm)) continue;
    // ("5 men accused of being wazalendo", "accusés d'être des collabos": those accused are the victims)
    if (/^(being|etre|collabor\w*)$/.test(tokens[i + 2]?.norm ?? '') || /^(etre|being)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    for (let k = i - 1; k >= 1 && k >= i - 6; k--) {
      if (!DOERS.has(tokens[k]!.norm)) continue;
      const n = readNumber(tokens, k - 1);
      if (!n || n.next !== k) break;
      for (const key of ['killed', 'injured', 'abducted', 'crsvSurvivors'] as const) if (victims[key] === n.value) victims[key] = null;
      return;
    }
  }
}

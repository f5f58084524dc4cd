import type { Token } from '../normalize.js';
import { affiliationSuspected } from './suspected-affiliation.js';
import { VICTIM_VERBS } from '../victims/victim-vocabulary.js';

/**
 * "PNC arrested a suspect", "la police a interpellé deux présumés auteurs", "FARDC arrested the suspected killers of
 * the chief", "police arrested the alleged rapists": a force arresting those suspected of the crime answers it; it did
 * not do it (C1/C2). One reading for every rule that asks (doers/actors.ts, force-subject.ts, host-forces.ts).
 * "FARDC arrested 4 men suspected of being ADF collaborators" is not one: an affiliation suspected is the arrest
 * reported, the classic arbitrary arrest, and the force did it.
 */
const ARREST = /^(arrest\w*|arret\w*|interpell\w*|apprehend\w*|detain\w*|picked)$/;
const CULPRIT =
  /^(meneurs?|ringleaders?|instigat\w*|fauteurs?|troublemakers?|agitat\w*|suspects?|suspected|alleged|auteurs?|authors?|perpetrators?|presumed|presumes?|presumees?|coupables?|culprits?|killers?|meurtriers?|assassins?|rapists?|violeurs?|thie(f|ves)|voleurs?|robbers?|braqueurs?|gangsters?|bandits?|criminals?|criminels?|assailants?|assaillants?|attackers?|agresseurs?)$/;

/** True when the arrest verb at `verb` takes, within its clause, those suspected of the crime as its object. */
export function suspectsArrested(tokens: readonly Token[], verb: number): boolean {
  if (!ARREST.test(tokens[verb]!.norm)) return false;
  for (let j = verb + 1; j <= verb + 4 && j < tokens.length && !tokens[j]!.breakBefore; j++) if (CULPRIT.test(tokens[j]!.norm)) return !affiliationSuspected(tokens, j);
  return false;
}

/**
 * The host force named at [start, end) arrested, in its own clause, those suspected of a crime (pending reports36), read
 * for the forms `suspectsArrested` does not reach from the force's name: the force's place between ("La PNC de Butembo a
 * interpellé 6 présumés voleurs"), the crime said after the arrest ("5 persons arrested by PNC for yesterday's lynching",
 * "arrested a man in Paida for the rape of a girl", "arrêté un homme soupçonné d'avoir violé", "4 members of a gang of
 * armed robbers"), or a later clause telling only that the force arrested some ("…, buried alive by relatives; PNC
 * arrested 4", "la PNC a arrêté 3 personnes"). Look-alikes kept: harm in the force's clause ("arrested and beaten"), an
 * arrest for what is no crime ("arrested for talking to the UN"), the arrest as the report's first clause ("PNC arrested
 * 20 people in a raid"), an affiliation suspected ("suspected of being ADF").
 */
const FOR = /^(for|pour)$/;
const CRIME =
  /^(lynch\w*|rape|raping|viol|viols|murders?|meurtres?|killings?|assassinats?|assassination|theft|thefts|vols?|robbery|robberies|braquages?|armed|kidnapping|enlevements?|homicides?|attaque|attack)$/;
const FILLER = /^(the|a|an|le|la|l|les|du|de|des|d|yesterday|yesterdays|s|hier|last|nights?|this|ce|cet|cette|alleged|presume|presumed|suspected)$/;
const SUSPECTED = /^(soupconnee?s?|suspected|suspectee?s?|accused|accusee?s?)$/;
const HAVING = /^(d|of|de|having|avoir)$/;
const DEED = /^(viol\w*|rap\w*|tue\w*|killed|killing|murder\w*|vole\w*|stole|stolen|stealing|lynch\w*|assassin\w*|attaqu\w*|attacked|braqu\w*|robbed|robbing|enleve\w*|kidnapp\w*|poignard\w*|stabb\w*)$/;
const GANG = /^(gang|gangs|bande|bandes|reseau|network)$/;
const OWN_HARM = /^(beat\w*|batt\w*|battu\w*|tabass\w*|tortur\w*|fouett\w*|whipp\w*|shot|tir\w*|killed|tue|tues|died|dead|mort|morts|decede\w*|extort\w*|released|relache\w*|liber\w*|paying|payer|paid)$/;
const PEOPLE = /^(people|persons?|personnes?|ppl|suspects?|individus?|others?|autres)$/;
// The crime told before, by others: a killing, a lynching, a rape, a burning.
const CRIME_BEFORE = /^(killed|tue|tuee|tues|tuees|buried|enterree?s?|lynch\w*|raped|violee?s?|murdered|hacked|stabbed|poignardee?s?|burnt|burned|brulee?s?|incendiee?s?)$/;

const RELATIVE = /^(who|qui)$/;
const OWN_MEMBER = /^(soldats?|soldiers?|militaires?|policiers?|policem[ae]n|officers?|agents?|elements?|leurs|their|own)$/;
const RELATIVE_AUX = /^(a|avait|ont|avaient|had|has|have|allegedly|reportedly|aurait|auraient)$/;
function relativeDeed(tokens: readonly Token[], k: number, to: number): boolean {
  while (k < to && RELATIVE_AUX.test(tokens[k]!.norm)) k++;
  return k < to && DEED.test(tokens[k]!.norm);
}

export function forceArrestedSuspects(tokens: readonly Token[], start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  let to = end;
  while (to < tokens.length && !tokens[to]!.breakBefore) to++;
  let verb = -1;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    // ("police arrested the man who killed his neighbour", "a arrêté l'homme qui a tué son voisin": the relative tells the culprit's deed)
    // (not one of the force's own: "ont arrêté un de leurs soldats qui a tué un civil" names the army's man as the killer)
    if (verb >= 0 && k <= verb + 5 && RELATIVE.test(w) && relativeDeed(tokens, k + 1, to) && !tokens.slice(verb + 1, k).some((t) => OWN_MEMBER.test(t.norm))) return true;
    if ((k < start || k >= end) && OWN_HARM.test(w)) return false;
    if (verb < 0 && ARREST.test(w)) verb = k;
  }
  if (verb < 0) return false;
  if (suspectsArrested(tokens, verb)) return true;
  for (let j = verb + 1; j < to && j <= verb + 10; j++) {
    const w = tokens[j]!.norm;
    if (GANG.test(w)) return true;
    if (FOR.test(w)) {
      let k = j + 1;
      while (k < to && k <= j + 4 && FILLER.test(tokens[k]!.norm)) k++;
      if (k < to && CRIME.test(tokens[k]!.norm)) return true;
    }
    if (SUSPECTED.test(w)) {
      let k = j + 1;
      while (k < to && k <= j + 3 && HAVING.test(tokens[k]!.norm)) k++;
      if (k < to && DEED.test(tokens[k]!.norm)) return true;
    }
  }
  // "…; PNC arrested 4", "la PNC a arrêté 3 personnes": a later clause telling only that the force arrested some
  if (from > 0 && verb > end - 1 && tokens.slice(0, from).some((t) => CRIME_BEFORE.test(t.norm))) {
    let k = verb + 1;
    if (!/^\d+$/.test(tokens[k]?.norm ?? '') || k >= to) return false;
    k++;
    if (k < to && PEOPLE.test(tokens[k]!.norm)) k++;
    return k === to;
  }
  return false;
}

/**
 * The same read from a later clause told in the passive, the culprit first: "une fillette violée par un voisin à
 * Minova, l'auteur arrêté par la PNC", "a girl raped by a neighbour, the perpetrator arrested by police", "le présumé
 * meurtrier interpellé par la PNC" (pending reports31). The force's clause names the culprit and the arrest and no harm
 * of its own. Look-alikes kept: a culprit arrested then beaten ("l'auteur arrêté et tabassé par la PNC"), the force in
 * the clause of the harm ("violée par un policier, l'auteur arrêté"), no culprit word ("3 jeunes arrêtés par la PNC").
 */
const ARRESTED = new Set(['arrete', 'arretes', 'arretee', 'arrested', 'interpelle', 'interpelles', 'apprehended', 'apprehende', 'caught', 'attrape', 'detained', 'detenu', 'held', 'custody']);
const ABUSE = /^(tabass|battu|beat|bat|tortur|frapp|fouett|whipp|lynch|sans|without)/;

function forceArrestedCulprit(tokens: readonly Token[], start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !tokens[from]!.breakBefore) from--;
  if (from === 0) return false; // (the harm is told in another clause before)
  let to = end;
  while (to < tokens.length && !tokens[to]!.breakBefore) to++;
  let culprit = false;
  let arrest = false;
  for (let k = from; k < to; k++) {
    const norm = tokens[k]!.norm;
    if (CULPRIT.test(norm)) culprit = true;
    else if (ARRESTED.has(norm)) arrest = true;
    else if (ABUSE.test(norm) || (VICTIM_VERBS[norm] !== undefined && norm !== 'held')) return false;
  }
  return culprit && arrest;
}

/** The host force named at [start, end) only arrested those suspected of a crime, in any of the forms above: no doer. */
export function forceAnsweredCrime(tokens: readonly Token[], start: number, end: number): boolean {
  return forceArrestedCulprit(tokens, start, end) || forceArrestedSuspects(tokens, start, end);
}

import type { Victims } from '../../domain/alert.js';
import type { SignalHit } from '../categories/categories.js';
import type { Signal } from '../categories/keywords.js';
import type { Token } from '../normalize.js';
import { readNumber } from '../numbers.js';
import { HOUSEHOLDS, MOVEMENT_OF, MOVEMENT_WORDS } from '../victims/moved-people.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { isPerson, verbAt } from '../victims/victim-words.js';

/**
 * Everyday field traffic (reports10): follow-ups (hostages back who tell of a harm, the culprit arrested, the dead found,
 * "the two others"), counts said the other way round, threats broadcast to a people, fighters as the only dead, and more;
 * the places said around the incident are in places/sheltered-elsewhere.ts.
 */

export const clauseBreak = (tokens: readonly Token[], from: number, to: number): boolean => tokens.slice(from + 1, to + 1).some((t) => t.breakBefore);

// ---------------------------------------------------------------- follow-ups

// "le chef de localité enlevé par les Kyandenga est relâché, il a été fouetté", "les 4 filles enlevées sont revenues, 2 déclarent
// avoir été violées": hostages back who tell of another harm; that harm is the report and the abduction is not counted again
// (a release alone stays the abduction: "2 enlevés ms libérés ce matin").
const TAKEN_WORDS = ['enleve', 'enleves', 'enlevee', 'enlevees', 'kidnappe', 'kidnappes', 'kidnappee', 'kidnappees', 'abducted', 'kidnapped', 'taken', 'otages', 'hostages'];
const TAKEN = oneOf(TAKEN_WORDS);
const BACK_WORDS = ['relache', 'relaches', 'relachee', 'relachees', 'libere', 'liberes', 'liberee', 'liberees', 'revenu', 'revenus', 'revenue', 'revenues', 'rentre', 'rentres', 'rentree', 'rentrees', 'released', 'freed', 'returned', 'back', 'escaped', 'evade', 'evades', 'evadee', 'evadees'];
const BACK = oneOf(BACK_WORDS);
const OTHER_HARM: readonly Signal[] = ['sexual', 'torture', 'injure'];
const TAKEN_SAID = trigger(TAKEN_WORDS);
const BACK_SAID = trigger(BACK_WORDS);
export function backToTellAnotherHarm(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (!said(tokens, TAKEN_SAID) || !said(tokens, BACK_SAID)) return false;
  const taken = hits.some((h) => {
    if (h.value.signal !== 'abduct' || !TAKEN.test(tokens[h.end - 1]!.norm)) return false;
    for (let k = h.end; k < h.end + 7 && k < tokens.length; k++) {
      if (tokens[k]!.breakBefore) return false;
      if (BACK.test(tokens[k]!.norm)) return hits.some((o) => OTHER_HARM.includes(o.value.signal) && o.start > k);
    }
    return false;
  });
  return taken;
}

// "the police officer who killed the moto driver has been arrested", "le militaire qui a violé la fille a été arrêté": the culprit
// caught is the news; the harm is an earlier report's (no victim counted again).
const WHO_WORDS = ['who', 'qui', 'that'];
const WHO = oneOf(WHO_WORDS);
const CAUGHT_WORDS = ['arrested', 'apprehende', 'apprehended', 'caught', 'detained', 'jailed', 'arrete', 'arretes', 'arretee', 'apprehendes', 'interpelle', 'interpelles', 'ecroue', 'ecroues', 'transfere', 'handed', 'remis', 'neutralise', 'neutralised', 'neutralized'];
const CAUGHT = oneOf(CAUGHT_WORDS);
const CULPRIT_HARM: readonly Signal[] = ['kill', 'sexual', 'injure', 'abduct', 'attack'];
const WHO_SAID = trigger(WHO_WORDS);
const CAUGHT_SAID = trigger(CAUGHT_WORDS);
export function culpritCaught(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (!said(tokens, WHO_SAID) || !said(tokens, CAUGHT_SAID)) return false;
  return hits.some((h) => {
    if (!CULPRIT_HARM.includes(h.value.signal)) return false;
    const who = [1, 2, 3].find((d) => WHO.test(tokens[h.start - d]?.norm ?? ''));
    if (who === undefined || clauseBreak(tokens, h.start - who, h.start)) return false;
    for (let k = h.end; k < h.end + 9 && k < tokens.length; k++) {
      if (tokens[k]!.stopBefore) return false;
      if (CAUGHT.test(tokens[k]!.norm)) return !hits.some((o) => o !== h && CULPRIT_HARM.includes(o.value.signal) && (o.start < h.start - who || o.start > k));
    }
    return false;
  });
}

// "les 2 motards enlevés par les ADF retrouvés morts", "the 3 fishermen missing since Monday found dead": those found dead are killed.
const FOUND_WORDS = ['found', 'retrouve', 'retrouves', 'retrouvee', 'retrouvees', 'discovered', 'decouvert', 'decouverts', 'decouverte', 'decouvertes'];
const FOUND = oneOf(FOUND_WORDS);
const DEAD_WORDS = ['dead', 'mort', 'morts', 'morte', 'mortes', 'killed', 'tues', 'tuees', 'assassines', 'assassinees', 'lifeless', 'murdered', 'decapites', 'egorges'];
const DEAD = oneOf(DEAD_WORDS);
const FOUND_SAID = trigger(FOUND_WORDS);
// ("sans vie" is dead too)
const DEAD_SAID = trigger([...DEAD_WORDS, 'sans']);
export function foundDeadCount(tokens: readonly Token[]): number | null {
  if (!said(tokens, FOUND_SAID) || !said(tokens, DEAD_SAID)) return null;
  for (let f = 1; f < tokens.length; f++) {
    if (!FOUND.test(tokens[f]!.norm)) continue;
    const dead = DEAD.test(tokens[f + 1]?.norm ?? '') || (/^(sans)$/.test(tokens[f + 1]?.norm ?? '') && tokens[f + 2]?.norm === 'vie');
    if (!dead) continue;
    for (let i = f - 1; i >= 0 && i >= f - 10; i--) {
      if (tokens[i + 1]!.stopBefore) break;
      const n = readNumber(tokens, i);
      if (n && !n.article && !n.zero && isPerson(tokens[n.next]?.norm ?? '')) return n.value;
    }
  }
  return null;
}

// "Those 3 abducted …: one escaped, the two others still held", "les 2 autres toujours retenus": the others with an article are
// among those already counted, not more ("about 20 others still held" adds).
const OTHERS_WORDS = ['others', 'autres'];
const OTHERS = oneOf(OTHERS_WORDS);
const OTHERS_SAID = trigger(OTHERS_WORDS);
export function theOthersCounted(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, OTHERS_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!/^(the|les)$/.test(tokens[i]!.norm)) continue;
    const n = readNumber(tokens, i + 1);
    if (!n || n.article || n.zero || !OTHERS.test(tokens[n.next]?.norm ?? '')) continue;
    for (let k = n.next + 1; k < n.next + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      const key = verbAt(tokens, k);
      if (key && key !== 'displaced' && key !== 'childrenAffected' && (victims[key] ?? 0) > n.value) {
        victims[key]! -= n.value;
        return;
      }
    }
  }
}

// "one came back and says she was raped", "2 déclarent avoir été violées": those who say they were raped are the survivors.
const SAY_WORDS = ['say', 'says', 'said', 'declare', 'declares', 'declarent', 'disent', 'dit', 'affirme', 'affirment', 'report', 'reports', 'reported', 'claim', 'claims', 'temoigne', 'temoignent', 'raconte', 'racontent'];
const SAY = oneOf(SAY_WORDS);
const HAVING = /^(she|they|elle|elles|avoir|ete|was|were|been|having|had|to|have|etre|qu|que|a|ont)$/;
const SAY_SAID = trigger(SAY_WORDS);
export function sayTheyWereRaped(tokens: readonly Token[]): number | null {
  if (!said(tokens, SAY_SAID)) return null;
  for (let s = 0; s < tokens.length; s++) {
    if (!SAY.test(tokens[s]!.norm)) continue;
    let k = s + 1;
    while (k < s + 5 && HAVING.test(tokens[k]?.norm ?? '') && !tokens[k]!.breakBefore) k++;
    if (k === s + 1 || verbAt(tokens, k) !== 'crsvSurvivors') continue;
    // who says it: a number or "one" just before, in the same clause
    for (let i = s - 1; i >= 0 && i >= s - 6; i--) {
      if (tokens[i + 1]!.breakBefore && i + 1 < s) break;
      const w = tokens[i]!.norm;
      if (/^(one|une|un)$/.test(w) && (i === 0 || tokens[i]!.breakBefore || /^(and|et|l)$/.test(tokens[i - 1]?.norm ?? ''))) return 1;
      const n = readNumber(tokens, i);
      // ("Les 4 otages libérées … disent avoir été violées": hostages are people too)
      if (n && !n.article && !n.zero && (n.next === s || isPerson(tokens[n.next]?.norm ?? '') || /^(otages|hostages|captives|captifs|captives)$/.test(tokens[n.next]?.norm ?? ''))) return n.value;
      if (tokens[i]!.breakBefore) break;
    }
  }
  return null;
}

// ---------------------------------------------------------------- counts and readings


// "3 wounded civilians arriving from Marabo", "5 abducted farmers", "two injured women": the harm said before the people counted.
const HARM_BEFORE: Readonly<Record<string, 'injured' | 'abducted' | 'crsvSurvivors'>> = {
  wounded: 'injured', injured: 'injured', abducted: 'abducted', kidnapped: 'abducted', raped: 'crsvSurvivors',
};
const HARM_BEFORE_SAID = trigger(Object.keys(HARM_BEFORE));
export function harmBeforePeople(tokens: readonly Token[], victims: Victims, childNoun: (word: string) => boolean): void {
  if (!said(tokens, HARM_BEFORE_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero) continue;
    const key = HARM_BEFORE[tokens[n.next]?.norm ?? ''];
    const noun = tokens[n.next + 1];
    if (!key || !noun || noun.breakBefore || tokens[n.next]!.breakBefore || !isPerson(noun.norm) || victims[key] !== null) continue;
    victims[key] = n.value;
    if (childNoun(noun.norm) && victims.childrenAffected === null) victims.childrenAffected = n.value;
  }
}

// "no deaths confirmed yet", "aucun mort confirmé", "no confirmed casualties": not yet known is unknown, not zero.
const NO_WORDS = ['no', 'aucun', 'aucune', 'pas', 'zero'];
const NO = oneOf(NO_WORDS);
const NOT_YET_KNOWN_WORDS = ['confirme', 'confirmed', 'confirmes', 'confirmee', 'confirmees', 'verifie', 'verified', 'verifies', 'verifiee', 'verifiees'];
const NOT_YET_KNOWN = oneOf(NOT_YET_KNOWN_WORDS);
const DEATHS = /^(deaths?|dead|fatalities|morts?|deces|tues|killed)$/;
const CASUALTIES = /^(casualties|casualty|victims?|victimes?)$/;
const NOT_YET_KNOWN_SAID = trigger(NOT_YET_KNOWN_WORDS);
export function zeroNotConfirmed(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, NOT_YET_KNOWN_SAID)) return;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!NO.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (/^(de|d)$/.test(tokens[k]?.norm ?? '')) k++;
    const before = NOT_YET_KNOWN.test(tokens[k]?.norm ?? '');
    if (before) k++;
    const word = tokens[k]?.norm ?? '';
    if (!DEATHS.test(word) && !CASUALTIES.test(word)) continue;
    if (!before && !NOT_YET_KNOWN.test(tokens[k + 1]?.norm ?? '')) continue;
    if (tokens.slice(i + 1, k + 2).some((t) => t.breakBefore)) continue;
    if (victims.killed === 0) victims.killed = null;
    if (CASUALTIES.test(word) && victims.injured === 0) victims.injured = null;
  }
}

/** A death or wound word said not yet confirmed ("no deaths confirmed yet", "aucun mort confirmé"): no killing or injury reported by it. */
export function negatedHarm(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'kill' && h.value.signal !== 'injure') return false;
  let k = h.start - 1;
  if (/^(de|d)$/.test(tokens[k]?.norm ?? '')) k--;
  const unconfirmed = NOT_YET_KNOWN.test(tokens[k]?.norm ?? '') || (NOT_YET_KNOWN.test(tokens[h.end]?.norm ?? '') && !tokens[h.end]!.breakBefore);
  if (NOT_YET_KNOWN.test(tokens[k]?.norm ?? '')) k--;
  // ("no injuries" after stones thrown at a patrol keeps its word: the attack on the patrol is read beside it)
  return unconfirmed && k >= 0 && NO.test(tokens[k]!.norm) && !tokens.slice(k + 1, h.start + 1).some((t) => t.breakBefore);
}

// A threat broadcast to a people is incitement; an ultimatum to no people stays a threat.
// "Leaflets telling Hema families to leave … or face consequences", "'we will cut your heads' – Hema militia radio message" (hate);
// "Threat letters at the parish: 'leave or die'" (a threat: no people named). Look-alike kept: "M23 threatened the Hunde chief" (no medium).
const A_PEOPLE_WORDS = ['hema', 'lendu', 'nande', 'banande', 'hunde', 'bahunde', 'hutu', 'tutsi', 'banyamulenge', 'bafuliru', 'fuliru', 'babembe', 'bembe', 'bavira', 'bashi', 'barega', 'lega', 'batwa', 'twa', 'bantu', 'bantous', 'bantus', 'mbororo', 'alur', 'ngiti', 'bira', 'banyarwanda', 'kumu', 'bakumu', 'mbuti', 'luba', 'baluba', 'havu', 'bahavu', 'nyanga', 'banyanga', 'tembo', 'batembo', 'rwandophone', 'rwandophones', 'pygmee', 'pygmees', 'pygmies'];
const A_PEOPLE = oneOf(A_PEOPLE_WORDS);
const MEDIUM_WORDS = ['leaflet', 'leaflets', 'flyer', 'flyers', 'tract', 'tracts', 'pamphlet', 'pamphlets', 'radio', 'message', 'messages', 'letter', 'letters', 'lettre', 'lettres', 'note', 'notes', 'sms', 'whatsapp', 'facebook', 'poster', 'posters', 'affiche', 'affiches', 'graffiti', 'song', 'songs', 'chanson', 'chansons', 'chant', 'chants', 'sermon', 'sermons', 'speech', 'discours', 'audio', 'vocal', 'vocaux', 'broadcast', 'emission'];
const MEDIUM = oneOf(MEDIUM_WORDS);
const ULTIMATUM = /^(or|ou|sinon|go|rentrer)$/;
const A_PEOPLE_SAID = trigger(A_PEOPLE_WORDS);
const MEDIUM_SAID = trigger(MEDIUM_WORDS);
export function threatOrIncitement(hits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  if (!hits.some((h) => h.value.signal === 'threat' || h.value.signal === 'hate')) return [...hits];
  const people = said(tokens, A_PEOPLE_SAID) && tokens.some((t) => A_PEOPLE.test(t.norm));
  const medium = said(tokens, MEDIUM_SAID) && tokens.some((t) => MEDIUM.test(t.norm));
  if (people && medium && !hits.some((h) => h.value.signal === 'hate')) {
    return hits.map((h) => (h.value.signal === 'threat' ? { ...h, value: { signal: 'hate' as const, subType: null } } : h));
  }
  const ultimatumOnly = hits.filter((h) => h.value.signal === 'hate').every((h) => ULTIMATUM.test(tokens[h.start]!.norm));
  if (!people && ultimatumOnly) return hits.map((h) => (h.value.signal === 'hate' ? { ...h, value: { signal: 'threat' as const, subType: 'death_threat' } } : h));
  return [...hits];
}

// "clashes between Mai-Mai and police, 1 policeman killed", "2 CODECO fighters killed by FARDC …, tension rising among Lendu
// youth": when the only dead or wounded are fighters, soldiers or police, the clash or the tension that follows is the report
// (an ambush with soldiers killed and nothing else stays an attack: "3 soldiers killed in an ADF ambush").
const COMBATANT_WORDS = ['police', 'policeman', 'policemen', 'policier', 'policiers', 'soldier', 'soldiers', 'soldat', 'soldats', 'militaire', 'militaires', 'fighter', 'fighters', 'combattant', 'combattants', 'combatant', 'combatants', 'milicien', 'miliciens', 'militiamen', 'militiaman', 'element', 'elements', 'elts', 'elmts', 'assaillant', 'assaillants', 'assailants', 'rebel', 'rebels', 'rebelle', 'rebelles', 'fardc'];
const COMBATANT = oneOf(COMBATANT_WORDS);
const CIVILIAN = /^(civilians?|civils?|civ|villagers?|villageois|residents?|habitants?|women|femmes?|children|enfants?|farmers?|cultivateurs?|traders?|commercants?|passengers?|passagers?|motards?|people|personnes)$/;
const ACTIVE_AUX = /^(a|ont|avait|avaient|has|have|had)$/;
// (harmed only when a fighter is named)
const COMBATANT_SAID = trigger(COMBATANT_WORDS);
export function combatantsOnlyHarmed(tokens: readonly Token[]): boolean {
  if (!said(tokens, COMBATANT_SAID)) return false;
  let harmed = false;
  for (let i = 0; i < tokens.length; i++) {
    const key = verbAt(tokens, i);
    if (key !== 'killed' && key !== 'injured') continue;
    // ("un policier a tué un vendeur", "soldiers have killed a trader": the active voice names its victim after the verb)
    if (ACTIVE_AUX.test(tokens[i - 1]?.norm ?? '')) {
      if (![1, 2, 3].some((d) => COMBATANT.test(tokens[i + d]?.norm ?? ''))) return false;
      harmed = true;
      continue;
    }
    // ("ADF elements killed 2 farmers": without an auxiliary the verb's object after it is who was harmed)
    if (civilianObject(tokens, i) || personObject(tokens, i)) return false;
    const who = [1, 2, 3].map((d) => tokens[i - d]).find((t) => t !== undefined && (COMBATANT.test(t.norm) || CIVILIAN.test(t.norm)));
    // ("bodies displayed at the market": the dead already named)
    if (!who) continue;
    if (!COMBATANT.test(who.norm)) return false;
    harmed = true;
  }
  return harmed && !tokens.some((t) => /^(civilians?|civils?|civ)$/.test(t.norm));
}

// ("A soldier shot dead a moto driver", "a policeman gunned down a pastor": any person who is no fighter after the verb, with an article)
const OBJECT_ARTICLE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'l', 'his', 'her', 'their']);
function personObject(tokens: readonly Token[], i: number): boolean {
  if (!OBJECT_ARTICLE.has(tokens[i + 1]?.norm ?? '') || tokens[i + 1]!.breakBefore) return false;
  for (let d = 2; d <= 3; d++) {
    const t = tokens[i + d];
    if (!t || t.breakBefore) return false;
    if (COMBATANT.test(t.norm)) return false;
    if (isPerson(t.norm)) return true;
  }
  return false;
}

/** Civilians named right before a harm verb at `i`, in its clause: "2 farmers killed near the FARDC camp". */
export function civilianSubject(tokens: readonly Token[], i: number): boolean {
  for (let d = 1; d <= 3 && i - d >= 0; d++) {
    if (CIVILIAN.test(tokens[i - d]!.norm)) return true;
    if (tokens[i - d + 1]!.breakBefore) return false;
  }
  return false;
}

/** Civilians named right after a harm verb at `i`, in its clause: the verb's object is who was harmed. */
export function civilianObject(tokens: readonly Token[], i: number): boolean {
  for (let d = 1; d <= 3; d++) {
    const t = tokens[i + d];
    if (!t || t.breakBefore) return false;
    if (CIVILIAN.test(t.norm)) return true;
  }
  return false;
}

// "2 CODECO fighters killed", "3 M23 elements tués": a group's name between the number and its fighters (or after them).
export function fightersOfNamedCounted(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, COMBATANT_SAID)) return;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.article || n.zero) continue;
    // (or the fighters first: "2 elts M23 blessés", "3 combattants Nyatura tués", reports35)
    const named = /^\p{Lu}/u.test(tokens[n.next]?.text ?? '') && COMBATANT.test(tokens[n.next + 1]?.norm ?? '');
    if (!named && !(COMBATANT.test(tokens[n.next]?.norm ?? '') && /^\p{Lu}/u.test(tokens[n.next + 1]?.text ?? '') && !tokens[n.next + 1]!.breakBefore)) continue;
    const key = verbAt(tokens, n.next + 2);
    if ((key === 'killed' || key === 'injured' || key === 'abducted') && victims[key] === null && !tokens[n.next + 2]!.breakBefore) victims[key] = n.value;
  }
}

// "arrivée de 80 ménages fuyant les combats", "influx of 200 families": households on the move are people moving (their
// number stays unknown: households are not people), not armed men moving.
const MOVEMENT_SAID = trigger(MOVEMENT_WORDS);
const HOUSEHOLDS_SAID = trigger([...HOUSEHOLDS]);
export function householdsMovingHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, MOVEMENT_SAID) || !said(tokens, HOUSEHOLDS_SAID)) return [];
  const out: SignalHit[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!MOVEMENT_OF.test(tokens[i]!.norm)) continue;
    let k = i + 1;
    if (/^(de|d|of|des)$/.test(tokens[k]?.norm ?? '')) k++;
    const n = readNumber(tokens, k);
    if (n && !n.article && !n.zero && HOUSEHOLDS.has(tokens[n.next]?.norm ?? '')) out.push({ value: { signal: 'displace', subType: null }, start: i, end: i + 1 });
  }
  return out;
}

// "les FRPI occupent l'école primaire": a group the actors list lacks, written in capitals, that occupies a building is armed.
export function occupyingGroupHits(tokens: readonly Token[], taken: Uint8Array, hits: readonly SignalHit[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const u of hits) {
    if (u.value.signal !== 'militaryUse' || !/^occup/.test(tokens[u.start]!.norm)) continue;
    const k = u.start - 1;
    if (k >= 0 && !taken[k] && /^[A-Z][A-Z0-9-]{2,7}$/.test(tokens[k]!.text)) out.push({ value: { signal: 'armed', subType: null }, start: k, end: k + 1 });
  }
  return out;
}

// "400 élèves sans classe", "600 pupils out of school": children kept from school by an occupation are not its victims counted.
const OUT_OF_SCHOOL = [['sans', 'classe'], ['sans', 'ecole'], ['out', 'of', 'school'], ['without', 'school'], ['without', 'classes'], ['prives', 'd', 'ecole'], ['prives', 'de', 'classe'], ['deprived', 'of', 'school'], ['no', 'longer', 'in', 'school'], ['out', 'of', 'class'], ['out', 'of', 'classes'], ['hors', 'classe'], ['without', 'class'], ['sans', 'cours'], ['without', 'lessons'], ['descolarises'],
  // ("400 élèves privés de cours", "pupils deprived of classes", reports36)
  ['prives', 'de', 'cours'], ['privees', 'de', 'cours'], ['prives', 'des', 'cours'], ['privees', 'd', 'ecole'], ['privees', 'de', 'classe'], ['deprived', 'of', 'classes'], ['deprived', 'of', 'lessons'], ['out', 'of', 'lessons'], ['sans', 'classes'], ['no', 'classes'], ['no', 'school']];
const PUPILS_WORDS = ['pupils', 'students', 'schoolchildren', 'eleves', 'ecoliers', 'ecolieres', 'wanafunzi'];
const PUPILS = oneOf(PUPILS_WORDS);
const KEPT_HOME = /^(affected|affectes|concernes|touches|impacted|impactes|stranded|idle|renvoyes|sent|home|a)$/;
// (every cue ends on its school word: "sans classe", "out of school", "descolarises"; or pupils are named)
const SCHOOL_SAID = trigger([...OUT_OF_SCHOOL.map((cue) => cue[cue.length - 1]!), ...PUPILS_WORDS]);
export function outOfSchoolNotCounted(tokens: readonly Token[], victims: Victims): void {
  if (victims.childrenAffected === null || !said(tokens, SCHOOL_SAID)) return;
  for (let i = 0; i < tokens.length; i++) {
    const n = readNumber(tokens, i);
    if (!n || n.value !== victims.childrenAffected) continue;
    const at = n.next + 1;
    if (OUT_OF_SCHOOL.some((cue) => cue.every((w, d) => tokens[at + d]?.norm === w))) victims.childrenAffected = null;
    // "1,200 pupils affected" by schools closed: pupils kept home, not harmed
    else if (PUPILS.test(tokens[n.next]?.norm ?? '') && (KEPT_HOME.test(tokens[at]?.norm ?? '') || OUT_OF_SCHOOL.some((cue) => cue.every((w, d) => tokens[at + 1 + d]?.norm === w)))) victims.childrenAffected = null;
  }
}

// "night curfew imposed by FARDC commander", "couvre-feu décrété par les FARDC": who imposes a curfew responds (illegal taxes
// "imposed by M23" stay M23's: only a curfew or a ban on movement is a measure).
const MEASURE = /^(curfew|couvre|feu|lockdown|confinement|ban|interdiction|restrictions?)$/;
const DECREED = /^(imposed|decreed|declared|ordered|announced|impose|imposee|decrete|decretee|instaure|instauree|annonce|annoncee|ordonne|ordonnee)$/;
export function measureBy(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (/^(the|les|la|le|l)$/.test(tokens[k]?.norm ?? '')) k--;
  if (!/^(by|par)$/.test(tokens[k]?.norm ?? '') || !DECREED.test(tokens[k - 1]?.norm ?? '')) return false;
  return [2, 3, 4].some((d) => MEASURE.test(tokens[k - d]?.norm ?? '')) && !clauseBreak(tokens, Math.max(0, k - 4), start);
}

// "Site de déplacés de Rhoe: tirs entendus à proximité", "Kigonze IDP camp - shooting all night": gunfire told under the heading of
// an IDP site is fire on the site (critical), even heard as people panic.
const GUNFIRE_WORDS = ['tir', 'tirs', 'gunfire', 'gunshot', 'gunshots', 'shots', 'shooting', 'coups', 'detonation', 'detonations', 'fusillade', 'fusillades', 'crepitement', 'crepitements'];
const GUNFIRE = oneOf(GUNFIRE_WORDS);
const GUNFIRE_SAID = trigger(GUNFIRE_WORDS);
export function headedSiteFireHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  if (!said(tokens, GUNFIRE_SAID)) return [];
  const headEnd = tokens.findIndex((t, i) => i > 0 && (t.breakBefore || t.start - tokens[i - 1]!.end > 1));
  if (headEnd < 0 || !hits.some((h) => h.value.signal === 'idpSite' && h.end <= headEnd)) return [];
  const fire = tokens.findIndex((t, i) => i >= headEnd && i <= headEnd + 2 && GUNFIRE.test(t.norm));
  return fire < 0 ? [] : [{ value: { signal: 'idpSite', subType: null }, start: fire, end: fire + 1 }, { value: { signal: 'attack', subType: null }, start: fire, end: fire + 1 }];
}

// "Two MSF staff briefly held at a Mai-Mai barrier", "2 agents d'une ONG retenus 5 heures à une barrière": aid workers held are
// the humanitarians targeted (the barrier is where).
const HELD_STAFF = /^(held|detained|arrested|seized|retenus|retenues|retenu|detenus|detenues|arretes|arretees|sequestres|sequestrees|interpelles)$/;
const STAFF = /^(staff|staffers|workers?|employees?|personnel|agents?|volunteers?|benevoles?|nurses?|infirmiers?|infirmieres?|doctors?|medecins?|humanitaires|humanitarians|aid)$/;
export function staffHeldHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  const out: SignalHit[] = [];
  for (const h of hits) {
    if (h.value.signal !== 'humanitarian') continue;
    // people, not a convoy: "UNHCR convoy held at a checkpoint" is access denied
    const staff = [h.end - 1, h.end, h.end + 1].some((k) => STAFF.test(tokens[k]?.norm ?? ''));
    if (!staff) continue;
    for (let k = h.end; k < h.end + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      if (HELD_STAFF.test(tokens[k]!.norm)) {
        out.push({ value: { signal: 'detention', subType: null }, start: k, end: k + 1 });
        break;
      }
    }
  }
  return out;
}

// "Fake news circulating that MONUSCO is supplying ADF", "intox selon laquelle les M23 …": a group named in a claim said false did nothing.
const THAT = /^(that|que|qu|laquelle|lequel|selon)$/;
export function namedInFalseClaim(tokens: readonly Token[], start: number, hits: readonly SignalHit[]): boolean {
  return hits.some((h) => h.value.subType === 'false_alarm' && h.end <= start && start - h.end <= 10 && tokens.slice(h.end, start).some((t) => THAT.test(t.norm)) && !clauseBreak(tokens, h.end - 1, start));
}

// "families sending girls to Butembo", "les parents cachent leurs filles": children sent away or hidden for their safety are not victims.
const SENT_AWAY = /^(sending|sent|send|hiding|hid|hide|evacuating|evacuated|envoient|envoyer|envoye|envoyees|envoyes|cachent|cacher|caches|cachees|evacuent|eloignent)$/;
export function childrenSentAway(h: SignalHit, tokens: readonly Token[]): boolean {
  return h.value.signal === 'child' && [1, 2].some((d) => SENT_AWAY.test(tokens[h.start - d]?.norm ?? '') && !clauseBreak(tokens, h.start - d, h.start));
}

// "FRPI ex-combatants stealing cattle, 2 herders beaten", "boutiques pillées, 3 commerçants battus": a beating in the course of a
// theft is the looting (beaten in custody stays ill-treatment; "beaten and burnt" is no theft).
const BEATING = /^(beat|beats|beaten|beating|battu|battus|battue|battues|frappe|frappes|frappee|frappees|tabass\w*|roue|roues|bastonn\w*)$/;
const BEATING_SAID = trigger(['beat', 'beats', 'beaten', 'beating', 'battu', 'battus', 'battue', 'battues', 'frappe', 'frappes', 'frappee', 'frappees', 'tabass*', 'roue', 'roues', 'bastonn*']);
export function beatenInTheft(tokens: readonly Token[], hits: readonly SignalHit[]): boolean {
  if (!said(tokens, BEATING_SAID)) return false;
  const torture = hits.filter((h) => h.value.signal === 'torture');
  // the beaten are counted ("2 herders beaten"): "houses looted and people beaten" leaves the two readings open
  const counted = torture.some((h) => [2, 3].some((d) => { const n = readNumber(tokens, h.start - d); return n !== null && !n.article && !n.zero && n.next === h.start - 1 && isPerson(tokens[h.start - 1]!.norm); }));
  return counted && torture.length > 0 && torture.every((h) => BEATING.test(tokens[h.start]!.norm)) && hits.some((h) => h.value.signal === 'loot' && h.value.subType !== 'arson' && !/^(brul|burn|incend)/.test(tokens[h.start]!.norm)) && !hits.some((h) => h.value.signal === 'detention');
}

import { titledPersonAt } from '../victims/titled-person.js';
import type { VictimKey, Victims } from '../../domain/alert.js';
import type { SignalHit, Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';
import { oneOf } from '../word-list.js';
import { CHILD_NOUNS } from '../victims/victim-vocabulary.js';
import { isPerson, isSingularPerson, verbAt } from '../victims/victim-words.js';

/**
 * Battalion and police focal points' register (reports19). Counts written with a times sign, as sitreps do:
 * "03 x civils tués", "02 x blessés", "x2 abducted", "3x wounded", "1 x peacekeeper killed". The sign stands between the
 * number and the people or the harm, which the victim reader takes for a vague "x" ("x morts"). Each reading only fills a
 * count still unknown.
 */
const X = 120; // 'x'
const TIMES_BEFORE = /^x(\d{1,4})$/;
const TIMES_AFTER = /^(\d{1,4})x$/;
export function readTimesCounts(tokens: readonly Token[], victims: Victims): void {
  let read: Partial<Record<VictimKey, number>> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    if (w.charCodeAt(0) !== X && w.charCodeAt(w.length - 1) !== X) continue;
    let n = -1;
    if (w === 'x') {
      // "02 x tués": the number right before the sign, in the same clause
      const before = tokens[i - 1];
      if (before && !t.breakBefore && /^\d{1,4}$/.test(before.norm)) n = Number(before.norm);
    } else {
      const m = TIMES_BEFORE.exec(w) ?? TIMES_AFTER.exec(w);
      if (m) n = Number(m[1]);
    }
    if (n <= 0) continue;
    // up to three words naming the people ("civils", "peacekeeper", "children"), then the harm
    let child = false;
    let k = i + 1;
    // ("11 x déplacés tués": the displaced are who, the harm follows)
    const who = (j: number): boolean => (!verbAt(tokens, j) && isPerson(tokens[j]!.norm)) || (verbAt(tokens, j) === 'displaced' && !!verbAt(tokens, j + 1) && !tokens[j + 1]!.breakBefore);
    while (k <= i + 3 && k < tokens.length && !tokens[k]!.breakBefore && who(k)) {
      if (CHILD_NOUNS.has(tokens[k]!.norm)) child = true;
      k++;
    }
    const key = k < tokens.length && !tokens[k]!.breakBefore ? verbAt(tokens, k) : undefined;
    if (!key || key === 'childrenAffected') continue;
    read ??= {};
    read[key] = (read[key] ?? 0) + n;
    if (child) read.childrenAffected = (read.childrenAffected ?? 0) + n;
    i = k;
  }
  if (!read) return;
  for (const [key, n] of Object.entries(read)) if (victims[key as VictimKey] === null) victims[key as VictimKey] = n;
}

// "Raia Mutomboki walked through Shabunda, no incident", "Nyatura se regroupent à Ngungu, RAS", "CODECO ont traversé
// Lita sans incident": a named armed group (or armed men) on the move with "RAS" / "no incident" is a movement report, not
// a quiet day. The host state's own troops moving, and a movement only feared ("pop fears M23 advance"), stay quiet.
const HARMS = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'attack', 'threat', 'displace', 'fear'] as const;
// (a rumour denied is no movement seen: "rumeur de passage des ADF démentie" stays a quiet day)
const RUMOUR = /^(rumeur|rumeurs|rumour|rumours|rumor|rumors|dementi\w*|dement|dementent|denied|denies|deny|fausse|false|fake|intox|infox)$/;
export function movedWithoutIncident(quiet: string | null, s: Signals, groupNamed: boolean): boolean {
  if (quiet !== 'calm' && quiet !== 'denied') return false;
  if (!groupNamed || !s.all('movement').some((h) => h.value.subType !== 'weak') || HARMS.some((x) => s.has(x))) return false;
  // (a denial reads as one only when it is the "no incident" said of what was seen: "no ADF presence confirmed" stays quiet)
  return quiet === 'calm' || (s.tokens.some((t) => t.norm === 'incident' || t.norm === 'incidents') && !s.tokens.some((t) => RUMOUR.test(t.norm)));
}

// "mon fils a été pris par les ADF", "ma fille prise par les Mai-Mai", "3 femmes prises par des CODECO": people taken by an
// armed group (the English "taken by ADF" is read already). Not "bétail pris par les M23" (no person: theft), "pris par la
// pluie", "pris en charge par MSF", nor the host state's forces ("pris par les FARDC" is an arrest, read elsewhere).
// (and let go by the group that held them, C12: "les 4 femmes libérées par les Mai-Mai", "2 hostages released by ADF")
// ("ramassé par les Nyatura": C23's taking by a group is an abduction)
const TAKEN = new Set(['ramasse', 'ramasses', 'ramassee', 'ramassees', 'pris', 'prise', 'prises', 'libere', 'liberes', 'liberee', 'liberees', 'relache', 'relaches', 'relachee', 'relachees', 'released', 'freed']);
const THE = new Set(['les', 'des', 'le', 'la', 'l', 'ces', 'the']);
const AUX = new Set(['a', 'ete', 'est', 'ont', 'sont', 'etait', 'etaient', 'avait', 'avaient']);
const ONE = new Set(['mon', 'ma', 'son', 'sa', 'notre', 'votre', 'leur', 'un', 'une', 'le', 'la', 'l']);
const TAKEN_SAID = trigger([...TAKEN]);
// The active voice too, a group then what it took: "ADF ont pris 11 personnes au champ", "les Mai-Mai ont pris 3 femmes".
export function takenByGroupHits(tokens: readonly Token[], groupAt: (i: number) => boolean, groupEndsAt: (i: number) => boolean = () => false): SignalHit[] {
  if (!said(tokens, TAKEN_SAID)) return [];
  const out: SignalHit[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!TAKEN.has(tokens[i]!.norm)) continue;
    if (tokens[i + 1]!.norm !== 'par' && tokens[i + 1]!.norm !== 'by') {
      if (AUX.has(tokens[i - 1]!.norm) && groupEndsAt(i - 1) && takenActiveCount(tokens, i) !== 0) out.push({ value: { signal: 'abduct', subType: 'taken_active' }, start: i - 1, end: i + 1 });
      continue;
    }
    if (i >= tokens.length - 2) continue;
    const at = THE.has(tokens[i + 2]!.norm) ? i + 3 : i + 2;
    if (!groupAt(at) || tokens[at]?.breakBefore || takenCount(tokens, i) === 0) continue;
    out.push({ value: { signal: 'abduct', subType: null }, start: i, end: i + 2 });
  }
  return out;
}
/** Who was taken, said before "pris par": a number and people ("3 femmes": 3), one person ("mon fils": 1), people (-1: unknown). */
function takenCount(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && AUX.has(tokens[k]!.norm) && !tokens[k + 1]!.breakBefore) k--;
  // "le chef de groupement a été pris", "le président de la société civile": the person before the title's complement
  // (victims/titled-person.ts)
  k = titledPersonAt(tokens, k);
  const who = tokens[k];
  if (!who || tokens[k + 1]!.breakBefore || !isPerson(who.norm)) return 0;
  const before = tokens[k - 1]?.norm ?? '';
  if (/^\d{1,4}$/.test(before)) return Number(before);
  return ONE.has(before) && isSingularPerson(who.norm) ? 1 : -1;
}
/** Who was taken, said after "ont pris": a number and people ("11 personnes": 11), people with no number (-1: unknown). */
function takenActiveCount(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1]!;
  if (next.breakBefore) return 0;
  const who = tokens[i + 2];
  if (/^\d{1,4}$/.test(next.norm)) return who && !who.breakBefore && isPerson(who.norm) ? Number(next.norm) : 0;
  if (THE.has(next.norm) || next.norm === 'plusieurs') return who && !who.breakBefore && isPerson(who.norm) ? -1 : 0;
  return 0;
}
export function takenByGroupCount(tokens: readonly Token[], hits: readonly SignalHit[], victims: Victims): void {
  if (victims.abducted !== null || hits.length === 0) return;
  let total = 0;
  for (const h of hits) {
    const n = h.value.subType === 'taken_active' ? takenActiveCount(tokens, h.end - 1) : takenCount(tokens, h.start);
    if (n < 0) return;
    total += n;
  }
  victims.abducted = total;
}

// "Clashes between Wazalendo and M23 at Karuba pushed the pop towards Sake", "affrontements Twirwaneho/Mai-Mai: les
// villages se vident vers Baraka": the people driven out by a clash, nobody harmed, are the displacement, whichever is told
// first (categories/rerank-quick-line.ts reads flight told before the fighting).
// (the whole population gone: "villages empty", "villages désertés", "la population se réfugie à Fataki", "bato bakimi", "wamekimbia")
const DROVE = /^(pushed|pushing|pushes|drove|driving|forced|pousse|poussent|poussant|vident|vide|emptying|emptied|empty|vides|videe|videes|vides|deserted|desert|deserts|desertes?|desertees?|refugi\w*|(ba|a|to|bo)kim(i|aki)|(wa|a|tu)(me|li|na|mesha)kimbia)$/;
export function clashDroveOut(s: Signals, victims: Victims): boolean {
  if ((victims.killed ?? 0) > 0 || (victims.injured ?? 0) > 0 || !s.has('fighting')) return false;
  if ((['kill', 'injure', 'abduct', 'sexual', 'loot', 'explosive', 'militaryUse'] as const).some((x) => s.has(x))) return false;
  const fight = s.all('fighting')[0]!.start;
  return s.all('displace').some((h) => h.start > fight && s.tokens.slice(h.start, h.end).some((t) => DROVE.test(t.norm)));
}

// "2,500 IDPs arrived in Komanda after ADF attacks, sheltering in churches and schools", "Lushagala site: 1,200 new
// arrivals, fled the shelling of last weekend": the displaced counted, the attack only the cause of their flight (told after
// "after", "fled", "fuyant"), nobody harmed. The school or site is where they shelter, not what was attacked.
const CAUSE = /^(after|apres|fled|flee|fleeing|fuyant|fuient|fui|fuir|fuite|following|suite|escaping|escaped|since|depuis)$/;
export function arrivalsAfterAttack(s: Signals, victims: Victims): boolean {
  if (((victims.displaced ?? 0) <= 0 && !householdsArrived(s)) || (['killed', 'injured', 'abducted', 'crsvSurvivors'] as const).some((k) => (victims[k] ?? 0) > 0)) return false;
  if ((['kill', 'injure', 'abduct', 'sexual', 'loot', 'recruit'] as const).some((x) => s.has(x))) return false;
  const attacks = [...s.all('attack'), ...s.all('fighting')];
  if (attacks.length === 0) return false;
  const t = s.tokens;
  return attacks.every((h) => {
    for (let k = h.start - 1; k >= 0 && k >= h.start - 4; k--) {
      if (CAUSE.test(t[k]!.norm)) return true;
      if (t[k + 1]!.breakBefore) return false;
    }
    return false;
  });
}

// ("abt 300 hh arrived rhoe site since yday fleeing codeco incursions", "60 ménages arrivés au site de Plaine Savo fuyant les
// CODECO": households arriving are no count of people (C8), yet the same arrivals after an attack told elsewhere)
// (Sets: read on every word of a report with people displaced)
const ARRIVED: ReadonlySet<string> = new Set(['arrived', 'arriving', 'arrive', 'arrives', 'arrivals', 'arrivee', 'arrivees', 'arrivent', 'arrivants', 'accueille', 'accueillent', 'accueillis', 'accueillies', 'received', 'welcomed']);
const HOUSEHOLDS: ReadonlySet<string> = new Set(['hh', 'hhs', 'household', 'households', 'menage', 'menages', 'families', 'familles', 'fam']);
const ARRIVED_SAID = trigger([...ARRIVED]);
const HOUSEHOLDS_SAID = trigger([...HOUSEHOLDS]);
function householdsArrived(s: Signals): boolean {
  const t = s.tokens;
  return s.has('displace') && said(t, ARRIVED_SAID) && said(t, HOUSEHOLDS_SAID) && t.some((w) => ARRIVED.has(w.norm)) && t.some((w) => HOUSEHOLDS.has(w.norm));
}

// "Youths burning tyres on the road, MONUSCO convoy blocked, protest", "Manifestants bloquent la route au convoi MONUSCO,
// pneus brûlés": the mission's convoy blocked by a protest, nobody attacked, is access denied; the tyres burnt on the road
// are the barricade, not the mission's property burnt ("youths stoned a MONUSCO convoy" stays an attack).
const TYRES = /^(tyres?|tires?|pneus?|barricades?)$/;
const BLOCKED = /^(block\w*|bloqu\w*|barr\w*|stopped|arrete|immobilis\w*)$/;
export function convoyBlockedByProtest(s: Signals): boolean {
  if (!s.has('peacekeeper') || (['attack', 'kill', 'injure', 'abduct', 'sexual', 'threat', 'explosive'] as const).some((x) => s.has(x))) return false;
  const t = s.tokens;
  const nearTyres = (h: SignalHit): boolean => [-2, -1, 0, 1, 2].some((d) => TYRES.test(t[h.start + d]?.norm ?? ''));
  return s.all('loot').length > 0 && s.all('loot').every(nearTyres) && t.some((w) => BLOCKED.test(w.norm));
}

// "2 déplacés poignardés cette nuit, 1 décédé", "3 wounded by gunfire, 1 later died": the dead are among the wounded told
// before them (a death word that says "died of it", not "killed"); the others stay injured. "2 blessés, 1 tué" are two harms.
const DIED_WORDS = ['decede', 'decedee', 'decedes', 'decedees', 'succombe', 'succombee', 'succombes', 'died', 'succumbed'];
const DIED = oneOf(DIED_WORDS);
const HURT_WORD = /^(poignard\w*|stabbed|blesse\w*|wounded|injured|shot|touche\w*|machette\w*|hacked|cut)$/;
const DIED_SAID = trigger(DIED_WORDS);
const HURT_SAID = trigger(['poignard*', 'stabbed', 'blesse*', 'wounded', 'injured', 'shot', 'touche*', 'machette*', 'hacked', 'cut']);
export function woundedOfWhomSomeDied(tokens: readonly Token[], victims: Victims): void {
  const killed = victims.killed ?? 0;
  if (killed <= 0 || (victims.injured ?? 0) <= killed) return;
  if (!said(tokens, DIED_SAID) || !said(tokens, HURT_SAID)) return;
  let hurtSeen = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (HURT_WORD.test(w)) hurtSeen = true;
    else if (hurtSeen && DIED.test(w)) {
      let k = i - 1;
      while (k > 0 && /^(later|since|then|subsequently|has|have|ensuite|a|est|sont|ont)$/.test(tokens[k]!.norm)) k--;
      if (tokens[k]?.norm !== String(killed)) return;
      victims.injured = victims.injured! - killed;
      return;
    }
  }
}

// "2 civils abattus, un 3e blessé par balle", "two killed, a 4th wounded", "one trader taken, a 2nd shot and wounded": one
// more, harmed the other way.
const ORDINAL = /^(\d{1,2}(e|eme|th|rd|nd)|troisieme|quatrieme|cinquieme|third|fourth|fifth|second|deuxieme)$/;
// (every word ORDINAL reads: "3e", "04th" … "99nd", and the ordinals in letters)
const ORDINAL_SAID = trigger([
  ...Array.from({ length: 100 }, (_, n) => String(n)).concat(Array.from({ length: 10 }, (_, n) => `0${n}`)).flatMap((d) => ['e', 'eme', 'th', 'rd', 'nd'].map((end) => d + end)),
  'troisieme', 'quatrieme', 'cinquieme', 'third', 'fourth', 'fifth', 'second', 'deuxieme',
]);
export function oneMoreByOrdinal(tokens: readonly Token[], victims: Victims): void {
  if (!said(tokens, ORDINAL_SAID)) return;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!ORDINAL.test(tokens[i]!.norm) || !/^(un|une|a)$/.test(tokens[i - 1]!.norm)) continue;
    let k = i + 1;
    while (/^(was|is|has|been|a|ete|est)$/.test(tokens[k]?.norm ?? '')) k++;
    // ("a 2nd shot and wounded", "un 2e touché et blessé": the second verb says the harm)
    const key = verbAt(tokens, k) ?? (/^(and|et)$/.test(tokens[k + 1]?.norm ?? '') && !tokens[k + 1]!.breakBefore ? verbAt(tokens, k + 2) : undefined);
    if (key && key !== 'displaced' && key !== 'childrenAffected' && victims[key] === null && !tokens[k]!.breakBefore) victims[key] = 1;
  }
}

// "ADF fighters still in the village, houses set alight, shooting continues": houses burnt while the attackers are still
// shooting (under way, C10) is the attack on the village, not property destroyed.
export function burningUnderFire(s: Signals): boolean {
  return s.has('attack') && s.has('underway') && s.has('armed') && !s.has('humanitarian') && !s.has('peacekeeper');
}

// "'les délateurs de la MONUSCO seront égorgés', signé ADF", "collaborators will be killed": a harm said in the future
// passive, nobody harmed, is a threat.
const WILL_BE = /^(seront|sera|serez|serons|will|vont|allez|va)$/;
export function harmInFuture(s: Signals, victims: Victims): boolean {
  if ((['killed', 'injured', 'abducted', 'crsvSurvivors'] as const).some((k) => (victims[k] ?? 0) > 0)) return false;
  const harms = [...s.all('kill'), ...s.all('attack'), ...s.all('injure')];
  const t = s.tokens;
  const future = (h: SignalHit): boolean => WILL_BE.test(t[h.start - 1]?.norm ?? '') || (/^(be|etre)$/.test(t[h.start - 1]?.norm ?? '') && WILL_BE.test(t[h.start - 2]?.norm ?? ''));
  return harms.length > 0 && harms.every(future);
}

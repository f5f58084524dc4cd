import { twoCommunities } from './communities.js';
import { attackNotYetSaid } from './not-yet.js';
import type { Victims } from '../../domain/alert.js';
import type { Signals } from './categories.js';
import type { Signal } from './keywords.js';
import type { Token } from '../normalize.js';
import { said, trigger, type Trigger } from '../triggers.js';
import { armedAboutDespiteCalm } from '../constructions/tolls-and-danger.js';
import { harmlessFireExplained } from './harmless-fire.js';
import { closedIncident } from './closed-incidents.js';
import { calmForOneSide } from './side-unharmed.js';
import { withoutHarmSaidNone } from './harm-said-none.js';

/**
 * Everyday field traffic that reports no new harm: a quiet day ("RAS à Mangina", "Kasugho quiet,
 * nothing new", "le calme est revenu"), a rumour denied ("la rumeur d'une attaque ADF est démentie",
 * "M23 claim … local sources deny", "patrol found nothing") or a rumour not confirmed. A group named
 * only in the rumour did nothing; a quiet day or a denied rumour is `other` (or the displacement
 * still counted); an unconfirmed rumour keeps its reading, but people sleeping in the bush over it
 * is the displacement.
 */
export type QuietKind = 'calm' | 'denied' | 'unconfirmed';

// Each phrase list is read only when the longest word of one of its phrases is in the report (a phrase needs all its words).
const phrasesSaid = new Map<readonly (readonly string[])[], Trigger>();
const longest = (p: readonly string[]): string => p.reduce((a, b) => (b.length > a.length ? b : a));
const w = (phrases: readonly string[]): string[][] => {
  const list = phrases.map((p) => p.split(' '));
  phrasesSaid.set(list, trigger(list.map(longest)));
  return list;
};

// A quiet day, said in one word or a set phrase.
// ("ni shwari", "hali ni salama": calm in Swahili)
// (reports38: "people calmer", Swahili "watu wametulia", "hali imetulia" — they have calmed, the situation has calmed)
const CALM_WORDS = /^(calm|calme|calmes|calmer|quiet|ras|accalmie|tranquille|tranquilles|r\.?a\.?s|shwari|utulivu|tulivu|wametulia|imetulia|kumetulia|ametulia)$/;
const CALM_WORDS_LIST = ['calm', 'calme', 'calmes', 'calmer', 'quiet', 'ras', 'r.a.s', 'r.as', 'ra.s', 'accalmie', 'tranquille', 'tranquilles', 'shwari', 'utulivu', 'tulivu', 'wametulia', 'imetulia', 'kumetulia', 'ametulia'];
const CALM_PHRASES = w([
  'rien a signaler', 'nothing to report', 'nothing new', 'nothing special', 'rien de nouveau', 'rien de special', 'rien de particulier',
  'no new incident', 'no new incidents', 'aucun nouvel incident', 'pas de nouvel incident', 'no incident', 'no incidents', 'aucun incident',
  'pas d incident', 'sans incident', 'situation normale', 'situation est normale', 'back to normal', 'retour a la normale', 'returned to normal',
  'situation is normal', 'normal activities', 'activites normales', 'all quiet', 'nothing reported', 'rien signale',
  'hali ni salama', 'hakuna tatizo', 'hakuna shida', 'hakuna kitu kipya',
  // (a movement said absent: "no movement of armed groups observed", "aucun mouvement de groupes armés signalé", reports49)
  'no movement of armed', 'no armed group movement', 'no armed groups movement', 'aucun mouvement de groupes armes', 'aucun mouvement des groupes armes', 'pas de mouvement de groupes armes', 'aucun mouvement d hommes armes', 'no movement of any armed',
]);
// "no incident with the population", "pas d'incident avec les civils": the calm said of people an armed movement passed by.
const UNHARMED_PEOPLE = w(['incident avec la population', 'incident avec les populations', 'incident avec les civils', 'incident avec la pop',
  'incident with the population', 'incident with civilians', 'incident with the civilians', 'incident with the pop', 'incident with locals']);
// (the state's or the mission's patrol passing is the calm itself)
const OWN_FORCES = new Set(['fardc', 'pnc', 'police', 'army', 'armee', 'patrol', 'patrouille', 'ptl', 'monusco', 'soldiers', 'militaires']);
// "nothing else", "rien d'autre": nothing BESIDES what was just told; armed men passing or a movement told before it
// stays the report ("passage d'hommes armés à Tchabi vers 2h, rien d'autre", "armed men walked past Bogoro, nothing else").
const NOTHING_ELSE = w(['nothing else', 'rien d autre', 'nothing more to report', 'rien de plus', 'nothing more', 'rien de plus a signaler', 'sinon rien', 'otherwise nothing']);
// "elders calling for calm", "appel au calme": calm asked for is no quiet day.
const CALL_FOR = /^(call|calls|calling|called|urge|urged|urging|appel|appels|appelle|appellent|appele|appelant|lance|prone|pronent|exhort\w*|demand\w*)$/;

// A rumour or a claim, then said to be false.
// (an alarm or alert said false, "fausse alerte", "false alarm", is a rumour denied)
// ("the so-called M23 arrival … was denied", "la prétendue attaque", "soi-disant": a claim too)
const RUMOUR = /^(alertes?|alarmes?|alerts?|alarms?|rumou?rs?|rumeurs?|claim|claims|claimed|pretend\w*|affirm\w*|revendiqu\w*|messages?|fake|intox|reports?|allegations?|info|infos|information|informations|called|disant|alleged|allegedly|supposed|supposedly)$/;
const RUMOUR_WORDS = [
  'alerte', 'alertes', 'alarme', 'alarmes', 'alert', 'alerts', 'alarm', 'alarms', 'rumor', 'rumors', 'rumour', 'rumours', 'rumeur', 'rumeurs', 'claim', 'claims',
  'claimed', 'pretend*', 'affirm*', 'revendiqu*', 'message', 'messages', 'fake', 'intox', 'report', 'reports', 'allegation', 'allegations', 'info', 'infos',
  'information', 'informations', 'called', 'disant', 'alleged', 'allegedly', 'supposed', 'supposedly',
];
const RUMOUR_SAID = trigger(RUMOUR_WORDS);
const rumourSaid = (tokens: readonly Token[]): boolean => said(tokens, RUMOUR_SAID) && tokens.some((t) => RUMOUR.test(t.norm));
const DENIED = /^(dementi|dementie|dementis|dementies|dementent|dement|deny|denies|denied|denying|denial|false|fausse|faux|infondee?s?|unfounded|baseless)$/;
const DENIED_WORDS = ['dementi', 'dementie', 'dementis', 'dementies', 'dementent', 'dement', 'deny', 'denies', 'denied', 'denying', 'denial', 'false', 'fausse', 'faux', 'infonde', 'infondee', 'infondes', 'infondees', 'unfounded', 'baseless'];
const DENIAL_PHRASES = w([
  'found nothing', 'nothing found', 'rien trouve', 'n a rien trouve', 'pas d attaque', 'no attack', 'aucune attaque', 'no presence',
  'aucune presence', 'pas de presence', 'contrairement aux', 'contrary to', 'not true', 'pas vrai', 'sans fondement',
]);
// "convoy denied access", "accès refusé": access denied is an incident of its own.
const ACCESS = /^(access|acces|landing|entry|passage|passing|permission|visit|visits)$/;
// "report of an M23 withdrawal denied": denying that a group left says it is still there.
const LEFT = /^(withdraw\w*|retrait|repli\w*|left|quitt\w*|depart\w*|departure)$/;
// Said of a rumour only: nobody saw it, it is only talk, it turned out to be something else ("the chief says it is only a
// rumour", "personne ne l'a vu", "les autorités parlent d'intox", "the reports of ADF turned out to be a FARDC patrol").
// ("fake news circulating that …" names the rumour itself, then tells what it stirred: not a denial)
// (a harm "turned out" worse, or a man who "turned out to be" a collaborator, carries no rumour word: not read as denied)
const RUMOUR_DENIALS = w([
  'only a rumour', 'only a rumor', 'just a rumour', 'just a rumor', 'only rumours', 'only rumors', 'mere rumour', 'mere rumor', 'juste une rumeur',
  'qu une rumeur', 'simple rumeur', 'simples rumeurs', 'que des rumeurs', 'nobody has seen', 'no one has seen', 'nobody saw', 'no one saw', 'nobody seen',
  'personne ne l a vu', 'personne ne l a vue', 'personne n a vu', 'personne ne les a vus', 'personne ne l a lu', 'nobody has read', 'parlent d intox',
  'parle d intox', 'c est de l intox', 'de l intox', 'turned out to be',
  'turned out to have been', 'was actually', 'were actually', 's est avere', 's est averee', 's est revele', 's est revelee', 'se sont averes',
  'se sont averees', 'etait en fait', 'etaient en fait', 'n etait qu', 'n etaient que', 'pure invention', 'made up',
]);
// (a denial is said by a denial phrase, a rumour word (with a rumour's denial phrase), a denying word, or "confirmed")
const DENIED_SAID = trigger([...DENIED_WORDS, ...RUMOUR_WORDS, 'confirmed', 'confirme', 'confirmee', 'confirmes', 'confirmees', ...DENIAL_PHRASES.map(longest)]);
const CALM_SAID = trigger([...CALM_WORDS_LIST, ...CALM_PHRASES.map(longest)]);
const UNCONFIRMED = w(['not confirmed', 'pas confirme', 'pas confirmee', 'non confirme', 'non confirmee', 'unconfirmed', 'not yet confirmed', 'pas encore confirme', 'pas encore confirmee', 'non verifie', 'non verifiee', 'unverified', 'not verified']);

// Harm that a quiet day cannot carry: a report that says it is news.
const HARM: readonly Signal[] = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'torture', 'detention', 'explosive', 'child', 'recruit', 'hate', 'access', 'threat', 'underway'];
// "since the attack", "les déplacés de l'attaque de mardi": an attack referred to, not reported.
const REFERRED = /^(since|depuis|after|apres|de|d|of|from|du|des|last|dernier|derniere)$/;

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const t = tokens[i + j];
    if (!t || t.norm !== phrase[j] || (j > 0 && t.breakBefore)) return false;
  }
  return true;
}
function anyPhrase(tokens: readonly Token[], phrases: readonly (readonly string[])[]): boolean {
  const words = phrasesSaid.get(phrases);
  if (words !== undefined && !said(tokens, words)) return false;
  for (let i = 0; i < tokens.length; i++) for (const p of phrases) if (tokens[i]!.norm === p[0] && phraseAt(tokens, i, p)) return true;
  return false;
}

function calmSaid(tokens: readonly Token[]): boolean {
  if (!said(tokens, CALM_SAID)) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!CALM_WORDS.test(tokens[i]!.norm)) continue;
    const before = tokens[i - 1]?.norm ?? '';
    const twoBefore = tokens[i - 2]?.norm ?? '';
    if (CALL_FOR.test(before) || (/^(au|for|to)$/.test(before) && CALL_FOR.test(twoBefore))) continue;
    // ("RAS côté MONUSCO": one side unharmed after an attack, categories/side-unharmed.ts)
    if (calmForOneSide(tokens, i)) continue;
    return true;
  }
  return anyPhrase(tokens, CALM_PHRASES);
}

function deniedSaid(tokens: readonly Token[], harmReported = false): boolean {
  if (!said(tokens, DENIED_SAID) || tokens.some((t) => LEFT.test(t.norm))) return false;
  if (anyPhrase(tokens, DENIAL_PHRASES)) return true;
  const rumour = rumourSaid(tokens);
  if (rumour && anyPhrase(tokens, RUMOUR_DENIALS)) return true;
  for (let i = 0; i < tokens.length; i++) {
    if (!DENIED.test(tokens[i]!.norm)) continue;
    // "denied access", "denied the team access", "access denied"
    if ([i - 1, i + 1, i + 2, i + 3].some((k) => ACCESS.test(tokens[k]?.norm ?? ''))) continue;
    if (rumour || harmReported || /^dementi/.test(tokens[i]!.norm)) return true;
  }
  // "no M23 presence confirmed", "aucune attaque confirmée"
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(no|aucun|aucune)$/.test(tokens[i]!.norm)) continue;
    // ("no deaths confirmed yet" says the toll is not known, not that nothing happened)
    if (/^(deaths?|dead|casualt\w*|victims?|victimes?|morts?|deces|injur\w*|blesses?)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) if (/^(confirmed|confirmee?s?)$/.test(tokens[k]!.norm)) return true;
  }
  return false;
}

// "last week's clashes", "Monday's attack", "yesterday's fighting": a clash of another day, named by its day.
const DAY = /^(week|weekend|night|month|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today)$/;
const referred = (tokens: readonly Token[], at: number): boolean =>
  REFERRED.test(tokens[at - 1]?.norm ?? '') || REFERRED.test(tokens[at - 2]?.norm ?? '') || (tokens[at - 1]?.norm === 's' && DAY.test(tokens[at - 2]?.norm ?? ''));

// "l'enlèvement signalé hier à Eringeti est faux", "the killing reported in Mamove did not happen": the harm named is the one
// an earlier report told, and the denial is of it.
const REPORTED = /^(signale|signalee|signales|signalees|rapporte|rapportee|annonce|annoncee|reported|announced|mentioned|mentionne|mentionnee|relayed|relaye|relayee)$/;
function reportedBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < end + 3 && k < tokens.length; k++) {
    if (tokens[k]!.breakBefore) return false;
    if (REPORTED.test(tokens[k]!.norm)) return true;
  }
  return false;
}

/** What kind of quiet report this is, or null when the report tells of harm. */
export function quietReport(tokens: readonly Token[], signals: Signals, victims: Victims): QuietKind | null {
  // (a report that closes or denies an incident, the harm named only as rumoured, reported or recast: closed-incidents.ts)
  if (closedIncident(signals) && !attackNotYetSaid(tokens)) return 'denied';
  const counted = (['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected'] as const).some((k) => (victims[k] ?? 0) > 0);
  if (counted) return null;
  const rumour = rumourSaid(tokens);
  // ("false alarm …, no one hurt": a harm said none is no harm told, harm-said-none.ts)
  const harmSaid = signals.has('injure') || signals.has('kill') ? withoutHarmSaidNone(signals) : signals;
  const harms = (['kill', 'injure', 'abduct', 'sexual', 'torture'] as const).flatMap((s) => harmSaid.all(s));
  const reported = harms.length > 0 && harms.every((h) => reportedBefore(tokens, h.end));
  if ((harms.length === 0 || reported) && deniedSaid(tokens, reported) && !attackNotYetSaid(tokens)) return 'denied'; // ("no attack yet": not-yet.ts)
  // (gunfire explained as harmless: categories/harmless-fire.ts)
  if (harmlessFireExplained(tokens, signals)) return 'denied';
  // "Calme au site. Rumeur d'attaque cette nuit non confirmée": a calm day and a rumour unconfirmed is a quiet day
  if (rumour && anyPhrase(tokens, UNCONFIRMED)) return calmSaid(tokens) && !signals.has('displace') && !HARM.some((s) => s !== 'threat' && signals.has(s)) ? 'calm' : 'unconfirmed';
  if (!calmSaid(tokens) && !(!signals.has('movement') && !signals.has('armed') && anyPhrase(tokens, NOTHING_ELSE))) return null;
  if (HARM.some((s) => signals.has(s))) return null;
  // "calme, mais wazalendo wengi sur la route": armed men about are the report
  if (armedAboutDespiteCalm(signals)) return null;
  // "les Red Tabara ont traversé vers les hauts plateaux, pas d'incident avec la population": fighters moving who harmed
  // nobody are the report, not a quiet day (reports31)
  if (signals.has('armed') && anyPhrase(tokens, UNHARMED_PEOPLE) && !tokens.some((t) => OWN_FORCES.has(t.norm))) return null;
  // a clash or an attack referred to ("since the attack") is background; one reported is news
  const told = [...signals.all('attack'), ...signals.all('fighting')];
  if (told.some((h) => !referred(tokens, h.start))) return null;
  // ("Quiet but tense in Kiliba, Bafuliiru and Banyamulenge youths trading insults": two communities at odds are the report)
  if (signals.has('tension') && twoCommunities(signals)) return null;
  return 'calm';
}

/** The category a quiet report takes instead of its keywords' reading; null keeps the reading. */
export function quietCategory(kind: QuietKind, signals: Signals, victims: Victims): 'other' | 'displacement' | null {
  if (kind === 'unconfirmed') return signals.has('displace') ? 'displacement' : null;
  if (kind === 'calm' && (victims.displaced ?? 0) > 0) return 'displacement';
  return kind === 'denied' && signals.has('displace') && (victims.displaced ?? 0) > 0 ? 'displacement' : 'other';
}

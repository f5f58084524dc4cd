import type { Keyword, Signal } from '../categories/keywords.js';
import type { SignalHit, Signals } from '../categories/categories.js';
import type { Token } from '../normalize.js';
import { said, trigger } from '../triggers.js';

/**
 * Everyday field traffic from North and South Kivu (reports13): families of words and constructions the
 * earlier tables missed, in English, French and SMS spellings. Keywords are added by `withClasses9`; the hit
 * functions below are read by the parser and the category ranking.
 */

// More words for people, as counted in the field: "a money changer", "2 businessmen".
export const MORE_VICTIM_NOUNS = ['changer', 'changers', 'businessman', 'businessmen', 'businesswoman', 'businesswomen'];

// Villages and quarters of the Kivus that the gazetteer does not hold, each one letter from a place it does:
// "Kibabi" is not Kibati, "Shasha" not Ishasha, "Kalungu" not Walungu, "Bulenga" not Bulengo, "Kituku" (Goma) not Kitutu.
export const LOCAL_LOOKALIKES = ['kibabi', 'shasha', 'kalungu', 'bulenga', 'kituku', 'nyamibwe', 'songo', 'misisi', 'luliba'];

const combine = (firsts: readonly string[], links: readonly string[], lasts: readonly string[]): string[] =>
  firsts.flatMap((f) => links.flatMap((l) => lasts.map((x) => [f, l, x].filter((w) => w !== '').join(' '))));

// Shells, rounds and bombs coming down now: "mortar rounds falling on Mweso", "les obus continuent de tomber",
// "shelling resumed at 1310hrs", "les tirs ont repris". (A bomb that fell is an attack; one falling is still going on.)
const PROJECTILES = ['rounds', 'mortar rounds', 'mortar shells', 'shells', 'shell', 'bombs', 'rockets', 'obus', 'bombes', 'roquettes', 'mortiers', 'mortars'];
const FALLING_NOW = combine(PROJECTILES, ['', 'still', 'are', 'keep', 'continue', 'sont en train de', 'continuent de', 'continuent a'], ['falling', 'raining', 'tombent', 'pleuvent', 'tomber', 'landing']);
const RESUMED = [
  ...combine(['shelling', 'fighting', 'clashes', 'gunfire', 'shooting', 'firing', 'bombardment', 'bombing', 'attacks', 'hostilities'], ['', 'have', 'has'], ['resumed', 'resume', 'resuming', 'restarted']),
  ...combine(['les tirs', 'les combats', 'les affrontements', 'les bombardements', 'les hostilites', 'les obus', 'tirs', 'combats', 'affrontements', 'bombardements'], [''], ['ont repris', 'reprennent', 'a repris']),
  'reprise des tirs', 'reprise des combats', 'reprise des affrontements', 'reprise des bombardements', 'reprise des hostilites',
];
// A bomb or shell that came down on a place: "bombe tombée au marché", "bomb impact inside the site", "obus tombés".
const FELL = combine(['bomb', 'bombs', 'bombe', 'bombes', 'obus', 'shell', 'shells', 'roquette', 'roquettes', 'rocket', 'rockets'], ['', 'est', 'sont', 'a', 'ont'], ['tombee', 'tombees', 'tombe', 'tombes', 'impact', 'impacts', 'dropped', 'largue', 'larguee', 'larguees', 'fell']);

// Payments exacted at a barrier: "identity tax", "frais de passage", "jeton de passage" (a toll is extortion, not access denied).
const TOLLS = [
  'identity tax', 'passage tax', 'crossing tax', 'road tax', 'toll fee', 'toll fees', 'security tax', 'taxe de passage', 'taxe d identite', 'taxe de securite',
  'frais de passage', 'droit de passage', 'jeton de passage', 'jetons de passage', 'ticket de passage', 'frais de dossier',
];

// A rumoured attack that did not come: "rumeur d'attaque non confirmée", "false alarm", "fausse alerte".
const FALSE_ALARMS = ['false alarm', 'false alert', 'fausse alerte', 'fausse alarme', 'no trace of', 'aucune trace de', 'pas de trace de'];

// Armed men who come into an IDP site at night and frighten its people: "soldiers enter the site at night to drink,
// they fear them", "des bandits armés rentrent chaque nuit, les femmes ont peur".
const NIGHT_VISITS = combine(['enter', 'entering', 'enters', 'come into', 'comes into', 'coming into', 'rentrent', 'entrent', 'penetrent'], [''], ['the site at night', 'the camp at night', 'every night', 'at night', 'chaque nuit', 'la nuit', 'toutes les nuits', 'nightly', 'each night', 'dans le site la nuit', 'au site la nuit']);

/** The keyword table with the reports13 families added. */
export function withClasses9(table: Record<Signal, readonly Keyword[]>): Record<Signal, readonly Keyword[]> {
  const extra: Partial<Record<Signal, readonly Keyword[]>> = {
    underway: [...FALLING_NOW, ...RESUMED],
    attack: [...FALLING_NOW, ...RESUMED, ...FELL],
    loot: TOLLS.map((k) => [k, 'extortion'] as const),
    // "toll now 3 killed": the toll as it stands now, no attack going on
    neutral: [...FALSE_ALARMS, 'toll now', 'toll is now', 'toll now stands', 'toll stands now', 'bilan est maintenant', 'bilan maintenant', 'le bilan passe maintenant'],
    // a night spent in the bush, typed in SMS: "la pop dort ds la brousse", "dorment ds les champs"
    displace: combine(['dort', 'dorment', 'dormir', 'passe la nuit', 'passent la nuit', 'refugies', 'refugiee', 'caches', 'cachee', 'cachees'], ['ds la', 'ds les', 'dans les', 'ds'], ['brousse', 'champs', 'foret', 'forets', 'collines']),
    // held up with a weapon pointed: "NGO vehicle stopped at gunpoint", "sous la menace des armes"
    threat: [...NIGHT_VISITS, 'at gunpoint', 'at gun point', 'sous la menace des armes', 'sous la menace d une arme', 'sous la menace d armes', 'arme au poing', 'armes au poing'],
    // aid stopped for insecurity: "distribution annulée", "WFP suspended the distribution", "mission cancelled"
    access: [
      ...combine(['distribution', 'distributions', 'mission', 'convoy', 'convoi', 'activities', 'activites', 'aid', 'assistance'], ['', 'has been', 'have been', 'was', 'were', 'a ete', 'ont ete', 'est', 'sont'], ['annulee', 'annulees', 'annule', 'annules', 'suspendue', 'suspendues', 'suspendu', 'suspendus', 'reportee', 'cancelled', 'canceled', 'suspended', 'postponed', 'called off']),
      'suspended the distribution', 'cancelled the distribution', 'suspend la distribution', 'suspendu la distribution', 'annule la distribution',
    ],
    // a call to drive a community out: "tracts appelant à l'expulsion des Rwandophones"
    hate: [
      ...combine(['appelant', 'appellent', 'appelle', 'appel', 'appels', 'calling', 'calls', 'call', 'urging', 'incitant'], ['a l', 'for the', 'a'], ['expulsion', 'expulser', 'chasser']),
      'tracts appelant', 'leaflets calling', 'tracts haineux',
    ],
    // children out of an armed group: "7 children handed over", "enfants remis à l'UNICEF", "transit centre"
    recruit: [
      'handed over', 'were handed over', 'remis a l unicef', 'remis aux', ['transit centre', 'recruitment'], ['transit center', 'recruitment'], ['centre de transit', 'recruitment'],
      ['demobilised children', 'recruitment'], ['demobilized children', 'recruitment'], ['enfants demobilises', 'recruitment'], ['enfants sortis', 'recruitment'],
    ],
  };
  const out = { ...table };
  for (const [signal, words] of Object.entries(extra) as Array<[Signal, readonly Keyword[]]>) out[signal] = [...out[signal], ...words];
  return out;
}

// Money asked or paid: "paye 2000fc", "pay 5000FC", "1000 UGX", "20$ each", "USD 3,000".
const MONEY = /^(\d+(fc|usd|ugx|frw|fbu|\$)|fc|usd|ugx|frw|fbu|francs|dollars|shillings|\$)$/;
const PAY = /^(pay|pays|paying|paid|paye|payer|payent|payez|paie|paient|payaient|payait|asked|asking|demand\w*|exig\w*|reclam\w*|lipa|kulipa|wanalipa|analipa)$/;
const BARRIER = /^(barrier\w*|barriere\w*|checkpoints?|roadblocks?|barrages?|bariyere|bariere|barrieres?)$/;
const BARRIER_SAID = trigger(['barrier*', 'checkpoint', 'checkpoints', 'roadblock', 'roadblocks', 'barrage', 'barrages', 'bariyere', 'bariere']);
/** "chaque moto paye 2000fc", "asked for 1000 UGX", at a barrier: money exacted there is extortion (a looting). */
export function tollHits(tokens: readonly Token[]): SignalHit[] {
  if (!said(tokens, BARRIER_SAID) || !tokens.some((t) => BARRIER.test(t.norm))) return [];
  const out: SignalHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!PAY.test(tokens[i]!.norm)) continue;
    // "refused to pay", "refusant de payer": the one who refused was harmed for it; the harm names the incident.
    if ([1, 2].some((d) => /^(refus\w*|refusing|refused)$/.test(tokens[i - d]?.norm ?? ''))) continue;
    for (let k = i + 1; k <= i + 4 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      if (MONEY.test(tokens[k]!.norm) || (/^\d/.test(tokens[k]!.norm) && MONEY.test(tokens[k + 1]?.norm ?? ''))) {
        // "pay 5,000 FC or you die": an ultimatum is a threat
        if (tokens.slice(k + 1, k + 4).some((t) => /^(or|ou|sinon|otherwise|else|au risque)$/.test(t.norm))) break;
        out.push({ value: { signal: 'loot', subType: 'extortion' }, start: i, end: i + 1 });
        break;
      }
    }
  }
  return out;
}

// People fleeing: "civilians fleeing", "pop en fuite", "fuient", "watu wanakimbia", "ont quitté le site".
const FLIGHT = /^(fle\w*|fui\w*|fuy\w*|fuite|\w+kimbia|\w+hama|quitt\w*|left|leaving|exode|exodus|brousse|bush)$/;
const GUNFIRE = /^(tirs?|gunfire|gunshots?|shooting|shots?|coups|fusillades?|crepitements?|detonations?|explosions?|crossfire|feux|exchange|echange|echanges|risasi|milio)$/;
const CLOSE_BY = /^(karibu|nearby|proximite|approaching|approchent|rapprochent)$/;
const HEARD = /^(heard|hear|entend\w*|entendus?|entendues?|sikia\w*)$/;
// ("ADF signalés près de Mamove", "NDC-R spotted in the surroundings": a group said close by, the words just after its movement)
const NEAR_AFTER: ReadonlySet<string> = new Set(['pres', 'near', 'nearby', 'environs', 'proximite', 'around', 'autour', 'surroundings', 'outskirts', 'alentours']);
const closeByAfter = (tokens: readonly Token[], end: number): boolean => NEAR_AFTER.has(tokens[end]?.norm ?? '') || NEAR_AFTER.has(tokens[end + 1]?.norm ?? '') || NEAR_AFTER.has(tokens[end + 2]?.norm ?? '');
const HARMED: readonly Signal[] = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'detention', 'torture', 'recruit', 'explosive'];
/**
 * People fleeing fighting, gunfire or a rumoured attack, with nobody harmed: the flight is what the report tells
 * ("tirs nourris depuis 6h entre M23 et wazalendo, pop en fuite vers Mweso", "rumeur d'attaque, la pop dort en brousse").
 * Armed men who "fled" are a movement, not people displaced.
 */
export function fleeingDanger(s: Signals, casualties: boolean): boolean {
  if (casualties || !s.has('displace') || HARMED.some((x) => s.has(x))) return false;
  // An attack said as such ("attaque en cours", "shooting ongoing right now") is the report; gunfire only heard
  // ("on entend les tirs") or a clash between armed groups is what people flee.
  const attacks = s.all('attack');
  const gunfireOnly = attacks.every((h) => GUNFIRE.test(s.tokens[h.start]!.norm));
  const heard = s.tokens.some((t) => HEARD.test(t.norm));
  // two armed groups named with the gunfire ("tirs entre M23 et wazalendo") are a clash
  const sides = new Set(s.all('armed').map((a) => s.tokens.slice(a.start, a.end).map((t) => t.norm).join(' ')));
  const clash = s.has('fighting') || (attacks.length > 0 && sides.size >= 2);
  // ("ADF wako karibu", "ADF signalés à proximité": a named group said close by is feared, reports12)
  const feared = s.all('fear').length > 0 || s.all('threat').some((h) => h.value.subType === 'threat_of_attack') || s.all('movement').some((h) => CLOSE_BY.test(s.tokens[h.end - 1]!.norm) || closeByAfter(s.tokens, h.end));
  const danger = clash || feared || (attacks.length > 0 && gunfireOnly && heard);
  // (an attack only rumoured or feared is what people flee, whatever word names it)
  if (!danger || (!feared && (!gunfireOnly || (attacks.length > 0 && !clash && !heard && s.has('underway'))))) return false;
  // ("exigent que les Hunde quittent Nyabiondo": people ordered to leave are threatened, not yet gone)
  const ordered = (h: SignalHit): boolean => s.all('threat').some((t) => t.value.subType !== 'threat_of_attack' && t.end <= h.start && h.start - t.end <= 4);
  // (households or civilians said on the move are in flight too: constructions/counts-places-doers.ts)
  return s.all('displace').some((h) => (h.value.subType === 'on_the_move' || s.tokens.slice(h.start, h.end).some((t) => FLIGHT.test(t.norm))) && !ordered(h) && !(s.tokens[h.start]!.breakBefore === false && s.all('armed').some((a) => a.end <= h.start && h.start - a.end <= 1)));
}

// "since 0500hrs", "depuis 6h", "since dawn", "depuis ce matin": a time today the fighting began.
const CLOCK = /^(\d{1,2}h\d{0,2}|\d{3,4}(hrs?|h)?|\d{1,2}(am|pm)|dawn|aube|daybreak)$/;
const SINCE_WORDS = ['since', 'depuis', 'tangu'];
const SINCE: ReadonlySet<string> = new Set(SINCE_WORDS);
const SINCE_SAID = trigger(SINCE_WORDS);
const NOW_FLEEING = /^(fleeing|fuit|fuient|fuite|fuyant|\w+nakimbia|running|quittent|quittant)$/;
/** Fighting going on since an hour of today with people fleeing now is under way ("clashes since 0500hrs, civilians fleeing"). */
export function sinceHourFleeingHits(tokens: readonly Token[], hits: readonly SignalHit[]): SignalHit[] {
  const fight = hits.some((h) => h.value.signal === 'fighting' || h.value.signal === 'attack');
  if (!fight || !said(tokens, SINCE_SAID) || !tokens.some((t) => NOW_FLEEING.test(t.norm))) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (!SINCE.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1]?.norm ?? '';
    const morning = /^(ce|this)$/.test(next) && /^(matin|morning)$/.test(tokens[i + 2]?.norm ?? '');
    const clock = CLOCK.test(next) || (next === 'l' && tokens[i + 2]?.norm === 'aube');
    if (clock || morning) return [{ value: { signal: 'underway', subType: null }, start: i, end: i + 1 }];
  }
  return [];
}

// "calme, mais wazalendo wengi sur la route", "calm but M23 patrolling": a quiet day that still has armed men about.
const FORCES = /^(fardc|pnc|police|army|armee|monusco|unpol|fib|militaires|soldiers|soldats)$/;
/** Armed men about (armedAboutHits): their presence is the report, whatever calm is said. */
export function armedAboutDespiteCalm(s: Signals): boolean {
  return s.all('movement').some((h) => h.value.subType === 'about');
}

// Who tells, not where it happened: "la société civile de Kalehe dénonce…", "selon la radio communautaire de
// Kamituga", "transmis par la radio de Mwenga"; where a victim lies, not where harmed: "died at Rutshuru hospital",
// "elle est à l'hôpital de Kalehe".
const SOURCE_CUES = [['societe', 'civile', 'de'], ['societe', 'civile', 'd'], ['civil', 'society', 'of'], ['radio', 'de'], ['radio', 'd'], ['radio', 'communautaire', 'de'], ['radio', 'communautaire', 'd'], ['radio', 'of'],
  // the community alert network's seat: "CAN Irumu signale…", "CLA Goma :", "selon le RECOPE de Gety", "point focal Mahagi", "per CAN focal point in Oicha"
  ['can'], ['cla'], ['can', 'de'], ['cla', 'de'], ['recope'], ['recope', 'de'], ['recope', 'd'], ['point', 'focal'], ['point', 'focal', 'de'], ['point', 'focal', 'd'], ['focal', 'point', 'in'], ['focal', 'point', 'of'], ['focal', 'point', 'at']];
// "Eringeti CAN 23:40:", "Kiwanja CLA:": the seat named first, then the network
const SEAT_AFTER = /^(can|cla|recope)$/;
// "CAN Lita : affrontements…, la population se réfugie à Fataki": the other place is where people fled to, the seat is where it happened
const FLED_TO = /^(refugie\w*|fled|flee\w*|fui\w*|fuy\w*|run|ran|arriv\w*|sheltering|abrit\w*)$/;
function seatIsWhere(p: { start: number }, tokens: readonly Token[]): boolean {
  return SEAT_NETWORK.test(tokens[p.start - 1]?.norm ?? '') && tokens.some((t) => FLED_TO.test(t.norm));
}
const SEAT_NETWORK = /^(can|cla)$/;
const HOSPITAL_CUES = [['hopital', 'de'], ['hopital', 'd'], ['hospital', 'of'], ['hospital', 'in'], ['hgr', 'de'], ['hgr', 'd']];
const CARE = /^(died|dies|succumbed|treated|admitted|evacuated|taken|rushed|transferred|referred|decede\w*|mort|morte|succombe\w*|soign\w*|admis\w*|evacue\w*|transfere\w*|est|sont|is|are|now|hospitalis\w*|hospitaliz\w*)$/;
// (a place is told or cared at only after one of these: every cue above holds one, and so does every hospital word)
const TOLD_OR_CARED_SAID = trigger(['civile', 'society', 'radio', 'can', 'cla', 'recope', 'focal', 'hopital', 'hospital', 'hgr']);
const cueBefore = (tokens: readonly Token[], at: number, cues: readonly (readonly string[])[]): boolean => cues.some((cue) => cue.every((w, k) => tokens[at - cue.length + k]?.norm === w));
/** A place named only as who reports or where a victim is cared for. */
function toldOrCaredAt(p: { start: number; end: number }, tokens: readonly Token[]): 'source' | 'care' | null {
  if (cueBefore(tokens, p.start, SOURCE_CUES) || (p.start === 0 && SEAT_AFTER.test(tokens[p.end]?.norm ?? ''))) return seatIsWhere(p, tokens) ? null : 'source';
  const cared = tokens.slice(Math.max(0, p.start - 6), p.start).some((t) => CARE.test(t.norm));
  if (cared && (cueBefore(tokens, p.start, HOSPITAL_CUES) || /^(hospital|hopital|hgr)$/.test(tokens[p.end]?.norm ?? '') || (/^(general|referral)$/.test(tokens[p.end]?.norm ?? '') && /^hospital$/.test(tokens[p.end + 1]?.norm ?? '')))) return 'care';
  return null;
}
/**
 * The places in the order they say where it happened, with a place named only as a source or a hospital last.
 * A civil society named after a town and its territory speaks for the territory.
 */
export function sourcesLast<P extends { start: number; end: number; place: { level: string } }>(places: readonly P[], tokens: readonly Token[]): P[] {
  if (places.length === 0 || !said(tokens, TOLD_OR_CARED_SAID)) return [...places];
  const told = places.filter((p) => toldOrCaredAt(p, tokens) !== null);
  if (told.length === 0) return [...places];
  if (told.length < places.length) return [...places.filter((p) => !told.includes(p)), ...told];
  // ("menaces contre les membres de la société civile de Beni": its members harmed there, the town it is)
  const member = (p: P): boolean => [4, 5].some((d) => /^(de|du|d|of|des|aux|au|contre|against)$/.test(tokens[p.start - d]?.norm ?? ''));
  const society = told.filter((p) => toldOrCaredAt(p, tokens) === 'source' && tokens[p.start - 2]?.norm === 'civile' && !member(p));
  const territory = society.find((p) => p.place.level === 'territory');
  return territory ? [territory, ...places.filter((p) => p !== territory)] : [...places];
}

// Armed men about: "les M23 patrouillent", "wazalendo wengi sur la route", "FDLR everywhere". The state's forces on
// patrol are routine ("les FARDC patrouillent"), not a movement to report.
const ABOUT_NOW = /^(patrol\w*|patrouill\w*|wengi|nombreux|everywhere|partout|circul\w*|roam\w*|rod\w*)$/;
const ABOUT_NOW_SAID = trigger(['patrol*', 'patrouill*', 'wengi', 'nombreux', 'everywhere', 'partout', 'circul*', 'roam*', 'rod*']);
/** An armed group named, then a word saying its men are about: a movement, even on a calm day. */
export function armedAboutHits(tokens: readonly Token[], mentions: readonly { start: number; end: number; actor: { hostState?: boolean; id?: string } }[]): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, ABOUT_NOW_SAID)) return out;
  for (const m of mentions) {
    if (m.actor.hostState || FORCES.test(tokens[m.start]!.norm)) continue;
    for (let k = m.end; k < m.end + 3 && k < tokens.length && !tokens[k]!.breakBefore; k++) {
      if (ABOUT_NOW.test(tokens[k]!.norm)) {
        out.push({ value: { signal: 'movement', subType: 'about' }, start: k, end: k + 1 });
        break;
      }
    }
  }
  return out;
}

// "Mugunga 3 site", "Mugunga III camp": a site numbered after its place is an IDP site.
const CAMP_WORDS = ['site', 'sites', 'camp', 'camps'];
const CAMP_WORD: ReadonlySet<string> = new Set(CAMP_WORDS);
const CAMP_SAID = trigger(CAMP_WORDS);
export function numberedSiteHits(tokens: readonly Token[]): SignalHit[] {
  const out: SignalHit[] = [];
  if (!said(tokens, CAMP_SAID)) return out;
  for (let i = 2; i < tokens.length; i++) {
    if (!CAMP_WORD.has(tokens[i]!.norm) || !/^(\d|i{1,3}|iv|v)$/.test(tokens[i - 1]!.norm) || !/^\p{Lu}/u.test(tokens[i - 2]!.text)) continue;
    out.push({ value: { signal: 'idpSite', subType: null }, start: i - 2, end: i + 1 });
  }
  return out;
}

// What did not happen: "kidnapping attempt failed", "tentative d'enlèvement déjouée", "false alarm", "no trace of the
// reported kidnapping". (An attack repelled still happened: only an attempt that failed, or an alarm found false.)
const ATTEMPT = /^(attempt\w*|tentative\w*|tente\w*|tried|trying)$/;
const FAILED = /^(failed|foiled|thwarted|aborted|echoue\w*|dejoue\w*|avorte\w*|manque\w*)$/;
const ALARM = [['false', 'alarm'], ['false', 'alert'], ['fausse', 'alerte'], ['fausse', 'alarme'], ['no', 'trace'], ['aucune', 'trace'], ['pas', 'de', 'trace']];
// (every cue ends on its alarm or trace word)
const ALARM_SAID = trigger(ALARM.map((cue) => cue[cue.length - 1]!));
const ATTEMPT_SAID = trigger(['attempt*', 'tentative*', 'tente*', 'tried', 'trying']);
const FAILED_SAID = trigger(['failed', 'foiled', 'thwarted', 'aborted', 'echoue*', 'dejoue*', 'avorte*', 'manque*']);
/** An abduction or attack only attempted and foiled, or an alarm found false: no harm to read from its words. */
export function notHappened(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'abduct' && h.value.signal !== 'attack' && h.value.signal !== 'kill') return false;
  const alarm = said(tokens, ALARM_SAID) && tokens.some((_, i) => ALARM.some((cue) => cue.every((w, k) => tokens[i + k]?.norm === w)));
  if (alarm && !tokens.some((t) => /^(killed|dead|tues?|morts?|blesses?|injured|wounded)$/.test(t.norm))) return true;
  // "Kidnapping attempt at Sake failed, youths chased the kidnappers": every word of it in the report is of the attempt
  return said(tokens, ATTEMPT_SAID) && said(tokens, FAILED_SAID) && tokens.some((t, i) => ATTEMPT.test(t.norm) && tokens.slice(i + 1, i + 9).some((x, k) => FAILED.test(x.norm) && !tokens.slice(i + 1, i + 2 + k).some((y) => y.stopBefore)));
}

// A bomb or shell that came down is an attack: "après les bombes d'hier", "bombe tombée au marché". One found,
// unexploded, home-made or planted stays an explosive hazard.
const LEFT_BEHIND = /^(found|discovered|left|defus\w*|neutralis\w*|neutraliz\w*|desactiv\w*|demined|trouve\w*|decouvert\w*|unexploded|non|artisanale?s?|homemade|home|improvis\w*|planted|pose\w*|went|exploded|explose\w*|stuck|abandon\w*|buried|enfoui\w*|roadside|suspect\w*|suspicious|disarmed|desamorc\w*|(i|li|ya)(me|li)patikana|haija\w*|haikulipuka|\w*tegwa)$/;
// (Swahili "bomu", "mabomu": "watu 3 wameuawa na bomu ya M23"; found there: "imepatikana", not exploded: "haijalipuka")
const BOMB = /^(bombs?|bombes?|bomu|mabomu)$/;
export function bombAsAttack(h: SignalHit, tokens: readonly Token[]): boolean {
  if (h.value.signal !== 'explosive' || h.end - h.start !== 1 || !BOMB.test(tokens[h.start]!.norm)) return false;
  return !tokens.slice(Math.max(0, h.start - 3), h.end + 4).some((t) => LEFT_BEHIND.test(t.norm));
}
/** The attack hits for bombs that came down. */
export function bombAttackHits(hits: readonly SignalHit[], tokens: readonly Token[]): SignalHit[] {
  return hits.filter((h) => bombAsAttack(h, tokens)).map((h) => ({ value: { signal: 'attack', subType: null }, start: h.start, end: h.end }));
}

// (said in the phrase itself: "rocket stuck in the ground", "didn't explode", "n'a pas explosé", "found an RPG round": vocabulary/quiet-categories.ts)
const LEFT_THERE = /^(stuck|lodged|buried|planted|plantee?s?|didnt|not|failed|never|pas|jamais|found|discovered|like)$/;
/** Every explosive named was found lying there ("grenade found near the latrines of Rusayo site"): no attack on the site. */
export function explosiveFoundOnly(s: Signals): boolean {
  const found = /^(found|discovered|trouve\w*|decouvert\w*|spotted|seen|signale\w*|unexploded|lying|abandon\w*)$/;
  return s.has('explosive') && !s.has('attack') && !s.has('kill') && s.all('explosive').every((h) => s.tokens.slice(h.end, h.end + 3).some((t) => found.test(t.norm)) || s.tokens.slice(Math.max(0, h.start - 2), h.start).some((t) => found.test(t.norm)) || s.tokens.slice(h.start, h.end).some((t) => LEFT_THERE.test(t.norm)));
}

// Rations or goods stolen in a site with nobody attacked: "FARDC ont volé les vivres distribués ds le site" is a theft,
// not an attack on the site.
const THEFT = /^(vole|voles|volee|volees|volent|volaient|stole|stolen|steal\w*|theft|vol|vols|detourn\w*|diverted)$/;
export function theftOnly(s: Signals): boolean {
  return s.has('loot') && !(['attack', 'kill', 'injure', 'abduct', 'sexual', 'torture', 'explosive'] as const).some((x) => s.has(x)) && s.all('loot').every((h) => THEFT.test(s.tokens[h.start]!.norm));
}

// A population's protest that blocks a road ("la pop a bloqué la route pr protester", "youth protest, roads blocked with
// burning tyres") is no access denied by an armed actor.
const PROTEST = /^(protest\w*|manifest\w*|greve|strike|colere|revolte|ville|marche)$/;
export function protestBlock(s: Signals): boolean {
  if (!s.has('access') || s.has('humanitarian') || s.has('peacekeeper') || (['attack', 'kill', 'injure', 'abduct', 'loot'] as const).some((x) => s.has(x))) return false;
  return s.tokens.some((t, i) => PROTEST.test(t.norm) && (t.norm !== 'ville' || s.tokens[i + 1]?.norm === 'morte') && (t.norm !== 'marche' || /^(de|pacifique)$/.test(s.tokens[i + 1]?.norm ?? '')));
}


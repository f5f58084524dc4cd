import { oneManThreatenedFirst } from './one-man-threatened.js';
import { beatenByCiviliansFirst } from './beaten-by-civilians.js';
import { flightFromGunfireFirst, flightFromRumourFirst } from './flight-from-gunfire.js';
import { shotsNobodyHitFirst } from './shots-nobody-hit.js';
import { RETAKEN } from './place-retaken.js';
import { threatOnDisplacedFirst } from './displaced-under-threat.js';
import { monitorsKeptOutFirst, monitorsKeptOutHits } from './monitors-kept-out.js';
import type { Victims } from '../../domain/alert.js';
import { promisedPunishmentFirst } from '../constructions/punished-if-refused.js';
import { refusersThreatenedFirst } from './refusers-threatened.js';
import { clashWithoutHarmFirst } from './clash-without-harm.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import { killingReported, rankCategories, type CategoryReading, type Signals } from './categories.js';
import { brawlAmongThemselves, lawAndOrderOnly, sweepForGoods } from './law-and-order.js';
import { causeStart } from './causes.js';
import { beatenAndRobbed, domesticOnly, labourThenFlight, pursuitShotsOnly, schoolsClosedForCause } from '../constructions/everyday-kivu.js';
import { beatenInTheft, combatantsOnlyHarmed } from '../constructions/everyday-traffic-1.js';
import { movedWithoutIncident } from '../constructions/military-police-register.js';
import { groupPresenceOnly } from './group-presence.js';
import type { Token } from '../normalize.js';
import { protestOnly } from './protest-only.js';
import { quietCategory, quietReport, type QuietKind } from './quiet-days.js';
import type { Reading } from '../reading.js';
import type { SignalReading } from './read-signals.js';
import { backToDailyWork, peopleReturned } from './returns.js';
import { tiedInTheft } from './tied-in-theft.js';
import { meetingOnly } from './meetings.js';
import { beatenInCustodyFirst } from './custody-beating.js';
import { groupArrestFreedFirst } from './group-arrest-freed.js';
import { movedWithPeopleAfraid } from './moved-people-afraid.js';
import { watchedPresence } from './slurs-and-carried-off.js';
import { forceOnProtestFirst } from './protest-object.js';
import { positionAttackedFirst } from './position-attacked.js';
import { fearedAttackFirst } from './feared-attack-worry.js';
import { aidHeldForLevyFirst, heldAtBarrierFirst } from './held-at-barrier.js';
import { ordnanceHurtChildrenFirst } from './ordnance-hurt-children.js';
import { boughtReleaseFirst } from './release-bought.js';
import { hidingInFightingFirst } from './hiding-in-fighting.js';
import { theftBeforeArrestFirst } from './culprit-arrested.js';
import { shooterArrestedFirst } from './shooter-arrested.js';
import { shutdownAfterKilling } from './shutdown-after-killing.js';
import { rumourPanic } from './rumour-panic.js';
import { beatenForGoods } from './beaten-for-goods.js';
import { aidKeptOutFirst } from './aid-kept-out.js';
import { tollAtBarrierFirst } from './toll-at-barrier.js';
import { forceAmbushedFirst } from './force-ambushed.js';
import { arrestsAfterKillingFirst } from './arrests-after-killing.js';
import { accessAfterAttackFirst } from './access-after-attack.js';
import { communitiesQuarrelFirst } from './communities-quarrel.js';
import { barricadesInQuarrelFirst } from './barricades-in-quarrel.js';
import { ordnanceNobodyHurtFirst } from './ordnance-nobody-hurt.js';
import { paidToForceFirst } from '../constructions/paid-to-force.js';
import { rapeSpokenOfFirst } from './rape-spoken-of.js';
import { takenAndWoundedFirst } from './taken-and-wounded.js';
import { childrenAmongWoundedFirst } from './children-among-wounded.js';
import { unlistedFightersMoved } from './unlisted-group-moved.js';
import { chasedOutFirst } from './chased-out.js';
import { displacedAfterRaidsFirst } from './displaced-after-raids.js';
import { schoolThreatenedFirst } from './school-threatened.js';
import { arrivalsTellCauseFirst } from './arrivals-tell-cause.js';
import { heldByStateForMoney, stateHeldForMoneyFirst } from './state-held-for-money.js';
import { requisitionedAs, requisitionedFirst } from './requisitioned.js';
import { fledForcedLabour, labourFlightOrCustodyFirst } from './labour-flight-and-custody.js';

const ACRONYM = /^[A-Z][A-Z-]{2,7}$/;
// (a group outside the actor list by its acronym, after "éléments" or before "fighters": "des éléments FPIC")
const GROUP_WORD = /^(elements?|elts|miliciens|militia|militiamen|fighters|combattants)$/;
const groupActorAcronym = (tokens: readonly Token[]): boolean => tokens.some((t, i) => ACRONYM.test(t.text) && (GROUP_WORD.test(tokens[i - 1]?.norm ?? '') || GROUP_WORD.test(tokens[i + 1]?.norm ?? '')));

export interface CategoryDecision {
  category: CategoryId;
  subType: string | null;
  /** Every category the signals allow, best first (the one-tap alternatives come from here). */
  ranked: CategoryReading[];
  /** True when the category was read from the text's signals (not a quiet day, a presence or the default). */
  fromSignals: boolean;
  /** A quiet day, a rumour denied or unconfirmed (categories/quiet-days.ts). */
  quiet: QuietKind | null;
  /** The category the quiet report takes instead of its keywords' reading, if any. */
  quietAs: CategoryId | null;
  /** A meeting and what it was about: no incident, nobody did anything. */
  meeting: boolean;
  /** People kept by the state until they pay (C6/C23): held, not abducted (state-held-for-money.ts). */
  stateHeld: boolean;
  /** People fled forced labour (labour-flight-and-custody.ts): the takings for it are the cause, not the report. */
  fledLabour: boolean;
}

// (harms that make "no incident" no longer a presence seen: decideCategory's seenNoIncident)
const HOST_TROOPS = /^(soldiers|soldats|militaires|troops|troupes)$/;
const SEEN_HARMS = ['kill', 'injure', 'abduct', 'sexual', 'loot', 'attack', 'threat', 'displace', 'fear'] as const;

/**
 * One category from the signals: ranked by categories/categories.ts, then re-ranked where a reading of the whole
 * report says which harm is the report (a beating in a theft is the looting, hostages back who tell of
 * a grave harm are that harm…); a quiet day, a protest, domestic violence or a group's mere presence
 * name it otherwise. The reporter's `type:` override is applied by the caller.
 */
export function decideCategory(r: Reading, s: SignalReading, victims: Victims): CategoryDecision {
  const { tokens, signalHits, mentions } = r;
  const { signals } = s;
  let ranked = rankCategories(signals, victims);
  ranked = labourThenFlight(ranked, signals, victims);
  ranked = labourFlightOrCustodyFirst(ranked, signals, tokens, victims, r.mentions.some((m) => !m.actor.hostState)); // ("families leaving … to escape forced labour", "held at the FARDC position and forced to dig": labour-flight-and-custody.ts)
  ranked = schoolsClosedForCause(ranked, signals, () => causeStart(signals));
  ranked = schoolThreatenedFirst(ranked, signals, tokens); // ("school closed after Mai-Mai threatened teachers": the threat, school-threatened.ts)
  ranked = fightersOnly(ranked, tokens);
  ranked = positionAttackedFirst(ranked, signals, tokens);
  ranked = fearedAttackFirst(ranked, signals, tokens);
  ranked = diedInCustody(ranked, signals);
  // ("FPIC ont tabassé 4 commerçants et confisqué leurs marchandises", "2 miners whipped for refusing": beaten-for-goods.ts;
  // the levy read in context counts too, C6: "barrier, 2000 FC per moto, one driver beaten for refusing")
  ranked = theftFirst(ranked, beatenInTheft(tokens, signalHits) || tiedInTheft(tokens, signalHits) || beatenAndRobbed(tokens, signalHits) || beatenForGoods(tokens, signalHits, mentions.some((m) => !m.actor.hostState) || groupActorAcronym(tokens), mentions.some((m) => m.actor.hostState), signals.all('loot')));
  ranked = sweepForGoods(ranked, signals, victims.abducted);
  ranked = theftBeforeArrestFirst(ranked, signals); // ("vol de moto, voleur arrêté par la PNC": the theft, culprit-arrested.ts)
  ranked = shooterArrestedFirst(ranked, signals); // ("un militaire a blessé 2 civils, arrêté par la PM": the response, shooter-arrested.ts)
  ranked = hostagesBackFirst(ranked, s.back, killingReported(signals));
  ranked = takenAndWoundedFirst(ranked, signals, victims); // ("shot the driver, marched 5 passengers into the bush": taken-and-wounded.ts)
  ranked = boughtReleaseFirst(ranked, signals, tokens); // (C12: "libérés après paiement, deux portent des traces de coups": release-bought.ts)
  ranked = beatenInCustodyFirst(ranked, signals);
  ranked = groupArrestFreedFirst(ranked, s.groupArrested, tokens, killingReported(signals)); // (C12 for C23: "arrested by M23 … released, beaten in custody": group-arrest-freed.ts)
  ranked = forceOnProtestFirst(ranked, signals);
  ranked = aidKeptOutFirst(ranked, signals); // (C6: aid workers turned back, only a threat or a toll beside it: aid-kept-out.ts)
  ranked = tollAtBarrierFirst(ranked, signals); // (C6: "barrier … since Monday: every trader pays 2000 FC", toll-at-barrier.ts)
  ranked = heldAtBarrierFirst(ranked, signals, tokens); // (C6: a patrol or convoy held at a barrier, held-at-barrier.ts)
  ranked = aidHeldForLevyFirst(ranked, signals, tokens); // (C6: an aid truck held at a barrier until its drivers pay, held-at-barrier.ts)
  const stateHeld = heldByStateForMoney(tokens, signals, mentions.some((m) => !m.actor.hostState));
  ranked = stateHeldForMoneyFirst(ranked, stateHeld); // (C6/C23: "DGM agents held 7 women … asked $20 each to let them go": state-held-for-money.ts)
  const requisition = requisitionedAs(tokens, mentions.some((m) => !m.actor.hostState));
  ranked = requisitionedFirst(ranked, requisition); // (C23: "soldiers requisitioned 6 motorbikes with their drivers": requisitioned.ts)
  ranked = childrenAmongWoundedFirst(ranked, signals, victims); // ("8 blessés dont 3 enfants": children-among-wounded.ts)
  ranked = ordnanceHurtChildrenFirst(ranked, signals, victims); // (children hurt by ERW, among others too: ordnance-hurt-children.ts)
  ranked = promisedPunishmentFirst(ranked, signals); // (C6: "will be beaten if they don't pay": constructions/punished-if-refused.ts)
  ranked = refusersThreatenedFirst(ranked, signals); // (C6: "ceux qui refusent sont menacés": refusers-threatened.ts)
  ranked = hidingInFightingFirst(ranked, signals, victims); // (C21: "fighting …, villagers hiding in the forest": hiding-in-fighting.ts)
  ranked = clashWithoutHarmFirst(ranked, signals, victims); // (C21: "shooting … FARDC vs M23", "incursion …, pas de dégâts": clash-without-harm.ts)
  ranked = flightFromGunfireFirst(ranked, signals);
  ranked = flightFromRumourFirst(ranked, signals); // (C9: "on dit que les ADF …, bcp dorment en brousse": the flight, flight-from-gunfire.ts) // ("détonations toute la nuit, bato bakimi": the flight, C21, flight-from-gunfire.ts)
  ranked = beatenByCiviliansFirst(ranked, signals); // ("tabassé par des inconnus", "beaten by farmers": the attack, beaten-by-civilians.ts)
  ranked = shotsNobodyHitFirst(ranked, signals, victims); // ("shots fired near the market, nobody hit", "tirs en l'air": the threat, shots-nobody-hit.ts)
  ranked = forceAmbushedFirst(ranked, signals, victims); // (C21: "Zaire elms ambushed FARDC …, no civ casualties": force-ambushed.ts)
  ranked = accessAfterAttackFirst(ranked, signals); // ("fardc denied red cross access … after yday attack": access-after-attack.ts)
  ranked = barricadesInQuarrelFirst(ranked, signals, victims); // ("conflit de limites …, les jeunes des deux côtés ont érigé des barricades": barricades-in-quarrel.ts)
  ranked = communitiesQuarrelFirst(ranked, signals, victims); // ("Alur and Hema families quarrelling over a cow theft": communities-quarrel.ts)
  ranked = oneManThreatenedFirst(ranked, signals); // ("youths told the chief he will be killed if he keeps the field": the threat, one-man-threatened.ts)
  ranked = ordnanceNobodyHurtFirst(ranked, signals, victims); // ("UXO found by children …, no one hurt": ordnance-nobody-hurt.ts)
  ranked = paidToForceFirst(ranked, signals); // (C6: "les creuseurs paient 5000 FC aux militaires": constructions/paid-to-force.ts)
  ranked = arrestsAfterKillingFirst(ranked, signals); // ("following the killing of a soldier, soldiers rounded up 3 youths": arrests-after-killing.ts)
  ranked = rapeSpokenOfFirst(ranked, signals); // (C17/C26: "threatened after reporting rapes", "survivor's family under pressure": rape-spoken-of.ts)
  ranked = threatOnDisplacedFirst(ranked, signals, victims); // ("IDPs refuse to return after Nyatura threatened to kill…": the threat is new, displaced-under-threat.ts)
  ranked = monitorsKeptOutFirst(ranked, monitorsKeptOutHits(tokens).length > 0); // (C6: monitors refused entry to a cell: monitors-kept-out.ts)
  const groupNamed = mentions.some((m) => !m.actor.hostState);
  // (a meeting and what it was about: no incident, nobody did anything, meetings.ts)
  const meeting = meetingOnly(tokens, signalHits);
  // ("ville morte … after the Mamove killings": the shutdown, shutdown-after-killing.ts)
  if (meeting || protestOnly(tokens, signalHits, groupNamed) || shutdownAfterKilling(tokens, signalHits) || lawAndOrderOnly(tokens, signalHits) || brawlAmongThemselves(tokens, signalHits)) ranked.unshift({ ...ranked[0]!, category: 'other', subType: null });
  ranked = chasedOutFirst(ranked, tokens, groupNamed);
  ranked = arrivalsTellCauseFirst(ranked, signals, tokens); // ("ppl … arriving in Minova, they say fighting M23 vs Wazalendo": the arrivals, arrivals-tell-cause.ts)
  ranked = displacedAfterRaidsFirst(ranked, signals, victims); // ("3,000 IDPs reported at Bule … after CODECO raids": displaced-after-raids.ts) // ("les M23 ont chassé les pêcheurs de Vitshumbi": chased-out.ts)
  const decided = ranked[0] ?? null;
  // A quiet day or a rumour denied tells of no new harm (categories/quiet-days.ts).
  const quietRead = quietReport(tokens, signals, victims);
  // ("no incident so far" after armed men on the move: the presence is the report, categories/slurs-and-carried-off.ts)
  // ("FRPI descendus des collines, pas d'incident": a group the actor list does not know, by its acronym; not FARDC deployed)
  const unlistedGroupMoved = signals.all('movement').some((h) => ACRONYM.test(tokens[h.start - 1]?.text ?? '') && !signals.all('response').some((x) => x.start === h.start) && r.ctx.actors.lookup(tokens[h.start - 1]!.text) === null)
    || unlistedFightersMoved(tokens, signals, (text) => r.ctx.actors.lookup(text) !== null)
    || signals.all('movement').some((h) => h.value.subType === RETAKEN); // ("les NDC-R ont repris Ntoto, pas d'incident": place-retaken.ts) // ("NDC-R fighters passed through": unlisted-group-moved.ts)
  // ("armed men seen in the fields, no incident yet", "présence hommes armés signalée, pas d'incident": the presence seen is the report)
  // (the host state's own troops moving, "pas d'incident", stay a quiet day)
  const seenNoIncident = quietRead === 'calm' && signals.all('armed').some((h) => !HOST_TROOPS.test(tokens[h.start]!.norm)) && !mentions.some((m) => m.actor.hostState) && decided?.category === 'armed_group_movement' && !SEEN_HARMS.some((x) => signals.has(x)) && tokens.some((t) => t.norm === 'incident' || t.norm === 'incidents');
  const quiet = seenNoIncident || (quietRead === 'calm' && watchedPresence(signals)) || movedWithoutIncident(quietRead, signals, groupNamed || unlistedGroupMoved) || movedWithPeopleAfraid(quietRead, signals, groupNamed || unlistedGroupMoved) ? null : quietRead; // ("…, no incident but the population is afraid": moved-people-afraid.ts)
  // (C8: a calm day with people going home is a report of returns, categories/returns.ts)
  const quietAs = quiet ? ((quiet === 'calm' || (quiet === 'denied' && !backToDailyWork(tokens))) && peopleReturned(s.returned) ? 'displacement' : quietCategory(quiet, signals, victims)) : null; // (a rumour denied, people returning: a return, C8; "pop back to fields" is the calm: returns.ts)
  // (domestic violence, shots of a pursuit that hit nobody: no conflict incident, constructions/everyday-kivu.ts)
  const notConflict = !quietAs && decided !== null && (domesticOnly(signals, decided.category, victims) || pursuitShotsOnly(signals, decided.category, victims));
  // (no category word, only an armed group named: its presence is the report, categories/group-presence.ts)
  const presence = seenNoIncident || (decided === null && !quietRead && groupPresenceOnly(signalHits, tokens, mentions.filter((m) => !m.actor.hostState).map((m) => m.start)));
  // (rumours of a named group close by, panic: the threat of an attack, rumour-panic.ts)
  const feared = decided === null && quietAs === null && (quietRead === null || quietRead === 'unconfirmed') && rumourPanic(tokens, signalHits, groupNamed);
  const category = quietAs ?? (notConflict ? 'other' : decided?.category) ?? (feared ? 'threat_intimidation' : presence ? 'armed_group_movement' : 'other');
  const subType = quietAs || notConflict ? null : (decided?.subType ?? (feared ? 'threat_of_attack' : null));
  return { category, subType, ranked, fromSignals: decided !== null, quiet, quietAs, meeting, stateHeld: (stateHeld || requisition === 'arbitrary_detention') && category === 'arbitrary_detention', fledLabour: category === 'displacement' && fledForcedLabour(signals, tokens, victims) };
}

// Only fighters, soldiers or police harmed: the clash or the tension named beside them is the report (constructions/everyday-traffic-1.ts).
function fightersOnly<R extends { category: CategoryId }>(ranked: R[], tokens: readonly Token[]): R[] {
  if (ranked[0]?.category !== 'attack_on_civilians' || !combatantsOnlyHarmed(tokens)) return ranked;
  const instead = ranked.find((r) => r.category === 'armed_group_movement' || r.category === 'intercommunal_tension');
  return instead ? [instead, ...ranked.filter((r) => r !== instead)] : ranked;
}

// C12: hostages back who tell of a harm that is not grave ("relâché, il a été fouetté") are the abduction; a grave one
// (rape, a child violation, a killing) names the report; wounds in captivity are not an attack on civilians.
const GRAVE: ReadonlySet<CategoryId> = new Set(['crsv', 'child_violation', 'abduction']);
function hostagesBackFirst<R extends { category: CategoryId }>(ranked: R[], back: boolean, killing: boolean): R[] {
  const first = ranked[0]?.category;
  const grave = first !== undefined && (GRAVE.has(first) || (first === 'attack_on_civilians' && killing));
  const taken = back && !grave ? ranked.find((r) => r.category === 'abduction') : undefined;
  return taken ? [taken, ...ranked.filter((r) => r !== taken)] : ranked;
}

// "stealing cattle, 2 herders beaten": a beating in the course of a theft is the looting.
function theftFirst<R extends { category: CategoryId }>(ranked: R[], beatenInTheft: boolean): R[] {
  const loot = ranked.find((r) => r.category === 'looting_destruction');
  return beatenInTheft && ranked[0]?.category === 'torture_ill_treatment' && loot ? [loot, ...ranked.filter((r) => r !== loot)] : ranked;
}

// "les militaires torturent les suspects au camp, un détenu est mort de ses blessures": a detainee who died of torture is the torture.
function diedInCustody<R extends { category: CategoryId }>(ranked: R[], s: Signals): R[] {
  if (ranked[0]?.category !== 'attack_on_civilians' || !s.has('torture') || !s.has('detention')) return ranked;
  const torture = ranked.find((r) => r.category === 'torture_ill_treatment');
  return torture ? [torture, ...ranked.filter((r) => r !== torture)] : ranked;
}

import { groupOrderHits } from './group-orders.js';
import { threatTopic } from './threat-topic.js';
import { weekdayTue } from './weekday-tue.js';
import { arrestFeared } from './arrest-feared.js';
import { visitsRefused } from './visits-refused.js';
import { monitorsKeptOutHits } from './monitors-kept-out.js';
import { facilityShorthandHits } from './facility-shorthand.js';
import { schoolShorthandHits } from './school-shorthand.js';
import { siteHeadingHits } from './site-heading.js';
import { joinedToHostForce } from '../doers/patrol-with-army.js';
import { unexplodedHits, unexplodedMunition } from './unexploded.js';
import { payOrGoBack } from './pay-or-turn-back.js';
import { nowOfResponders } from './force-now-there.js';
import { patrolGoesOn } from './patrol-goes-on.js';
import { nowOfLevy } from './now-of-levy.js';
import { barrierHeldBy } from './barrier-held-by.js';
import { beatenIfUnpaid } from './beaten-if-unpaid.js';
import { dispersedAFight } from '../doers/fight-dispersed.js';
import { childrenWorkingForGroupHits } from './children-working-for-group.js';
import { groupMobilising } from './groups-mobilising.js';
import { animalHarmed } from './animal-harmed.js';
import { noAttackYet } from './not-yet.js';
import { writtenWarningHits } from './written-warning.js';
import { rapeOnlyThreatened, rapeThreatHits } from './rape-as-threat.js';
import { punishedIfRefused, punishmentThreatHits } from '../constructions/punished-if-refused.js';
import { thingRiddled } from './thing-riddled.js';
import { doorToDoorLevy } from './door-to-door-levy.js';
import { levyNameOnly } from '../constructions/money-from-people.js';
import { fireExchanged } from './fire-exchanged.js';
import { arrivalHits, arrivalsGoOn } from './arrivals-tell-cause.js';
import { carriedAfterArrest } from './carried-after-arrest.js';
import { harmedAwayFromSite } from './away-from-site.js';
import { harmedAtDistanceFromSite } from './distance-from-site.js';
import { cleansingCallHits } from './cleansing-calls.js';
import { attackIfNotObeyed } from './or-else-attack.js';
import { forcePresenceOnly } from './force-presence.js';
import { Signals, type SignalHit } from './categories.js';
import { groupFireHits } from './group-fire.js';
import { bareSiteHits } from './bare-site.js';
import { careAtAgency } from './care-at-agency.js';
import { versusClashHits } from './versus-clash.js';
import { deniedReport, goodsTakenHits, headedCampHits, rumouredEntryHits, statementDenied } from '../constructions/denials-and-rumours.js';
import { armedAboutHits, bombAsAttack, bombAttackHits, notHappened, numberedSiteHits, sinceHourFleeingHits, tollHits } from '../constructions/tolls-and-danger.js';
import { backToTellAnotherHarm, childrenSentAway, culpritCaught, headedSiteFireHits, householdsMovingHits, negatedHarm, occupyingGroupHits, staffHeldHits, threatOrIncitement } from '../constructions/everyday-traffic-1.js';
import { oneNameArmedHits, partialReleaseHits } from '../constructions/everyday-traffic-2.js';
import { bargainHits, barrierExtortionHits, fledToSite, holdsHits, leftGroupHits, refusersOnly } from '../constructions/barriers-and-money.js';
import { demandOfAid, labourAsPurpose, rumouredFighting } from '../constructions/everyday-kivu.js';
import { readT17, type T17Reading } from '../constructions/counts-places-doers.js';
import { takenByGroupHits } from '../constructions/military-police-register.js';
import { siteNotAttacked } from './law-and-order.js';
import { movementAbsent, saidAbsent } from './group-presence.js';
import { arrestPaidOff, deadCity, namedSiteHits, peopleLeavingHits, takenForCareHit } from './leaving-and-care.js';
import { inMention, mentionAt, type Reading } from '../reading.js';
import { returnHits } from './returns.js';
import { heldByStateForPrice, peopleTakenHits } from './people-taken.js';
import { groupTookPeopleHits } from './group-took-people.js';
import { heldInBushHits } from './held-in-bush.js';
import { escapedFromGroupHits } from './escaped-from-group.js';
import { lootCarried } from './loot-carried.js';
import { taxiMotosTakenHits } from '../victims/taxi-motos.js';
import { groupArrests } from './group-arrests.js';
import { campNamedFirstHits } from './camps-named-first.js';
import { miningSite } from './mining-site.js';
import { groupPoliceAt } from '../doers/group-own-police.js';
import { levySanction } from './levy-sanction.js';
import { aidAgencyTelling } from './aid-agency-as-teller.js';
import { harmedOnErrandAtEdge } from './site-errands.js';
import { schoolTakenHits, thingTakenInSwahili } from './swahili-things-taken.js';
import { weaponsTakenUp } from './weapons-taken-up.js';
import { nowOfTelling } from './now-of-telling.js';
import { harmOfAnotherDay } from './harm-of-another-day.js';
import { siteNamedBareHits } from './site-named-bare.js';
import { attackFearedNearby } from './group-near-attack-feared.js';
import { paidForReleaseHits } from './paid-for-release.js';
import { orPricedDemand } from '../constructions/priced-demands.js';
import { takenByStateAt } from './taken-by-state.js';
import { stateReleaseBoughtAt } from './state-release-bought.js';
import { chargeQuoted } from './charge-quoted.js';
import { treatedWounded } from './treated-wounded.js';
import { seizedNotPeople } from './thing-seized.js';
import { herdDrivenOffHits } from './herd-driven-off.js';
import { heldInCellHits } from './held-in-cell.js';
import { questionedByStateHits, questionTopic } from './questioned-by-state.js';
import { casePressureHits, rapesSpokenOf } from './rape-spoken-of.js';
import { goodsTakenBefore, onlyGoodsTaken } from './goods-taken-before.js';
import { vehicleStopped } from './vehicle-stopped.js';
import type { Token } from '../normalize.js';
import { objectFollows } from '../victims/victim-words.js';
import { animalsTakenAt, livestockOfOwners, onlyAnimalsTaken } from '../victims/livestock-owners.js';
import { FEARED_ATTACK, ageHits, armedHits, campHits, heldHits, peopleMovingHits, realHits, shotHits, siteHits, unitHits } from './signal-hits.js';
import { splitPhraseHits } from './split-phrases.js';
import { childrenInRanksHits } from './children-in-ranks.js';
import { peacekeeperUnitHits } from './peacekeeper-units.js';
import { surroundedNowHits } from './surrounded-now.js';
import { stillThereHits } from './still-there.js';
import { unlistedGroupAt, unlistedGroupEndsAt } from './unlisted-group-arrests.js';
import { burialHits } from '../victims/buried-counted.js';
import { forcedToFlee, peopleCarriedOffHits } from './slurs-and-carried-off.js';
import { fightingSinceHits, heardFireGoesOnHits } from './under-way.js';
import { groupSaidComingHits } from './group-said-coming.js';
import { displacedSheltered } from './sheltered-in-school.js';
import { recruitmentCallHits } from './recruitment-call.js';
import { recruitmentImposedHits } from './recruitment-imposed.js';
import { mishapOnly, onlyControlling } from '../doers/controls-the-place.js';
import { neverCameBackHits } from './never-came-back.js';
import { protestObject } from './protest-object.js';
import { protestDirectObject } from './protest-direct-object.js';
import { groupLeft } from './group-left.js';
import { ownPatrolHits } from './own-patrol.js';
import { engagedByHits } from './engaged-by.js';
import { compoundMarksHits } from './compound-marks.js';
import { ordnanceRemoved } from './ordnance-removed.js';
import { schoolPartHits } from './school-parts.js';
import { correctedOrdnanceHits } from './corrected-ordnance.js';
import { takenFromSiteOnly } from './site-as-origin.js';
import { peopleInFlightHits } from './people-in-flight.js';
import { peopleGoingHits } from './people-going.js';
import { peopleOnTheMoveHits } from './people-on-the-move.js';
import { childProtectionField } from './child-protection-field.js';
import { childrenReleasedToCare } from './children-released-to-care.js';
import { levyPerHouseholdHits } from './levy-per-household.js';
import { levyOrAbsenceFineHits } from './levy-or-absence-fine.js';
import { levyInKindHits } from '../constructions/levy-in-kind.js';
import { detentionCamp } from './detention-camp.js';
import { missionAsLandmark, missionToldHit } from './mission-as-teller.js';
import { baseAsMark, senderHeading } from './sender-heading.js';
import { minorAsSeverity } from './minor-wound.js';
import { siteOnlyNearby } from './site-nearby.js';
import { killingTakenBack } from './not-killed.js';
import { baseTelling } from './base-as-teller.js';
import { thingsMissing } from './things-missing.js';
import { killAttempted } from './harm-attempted.js';
import { threatenedHarmHits } from './threatened-harm.js';
import { placeRetakenHits } from './place-retaken.js';
import { insideDeathThreat, splitDeathThreatHits, splitDeathThreats } from './death-threat-split.js';
import { boughtReleaseHits } from './release-bought.js';
import { protestCause } from './protest-cause.js';
import { accusationCause, inAccusationCause } from './accusation-cause.js';
import { agencyOwnStaffHits } from './agency-own-staff.js';
import { struckByDoerHits } from './struck-by-doers.js';
import { baseHarassed } from './base-harassed.js';
import { childrenCalledUpHits } from './children-called-up.js';
import { childrenReleasedHits } from './children-released.js';
import { childrenOutToCareHits } from './children-out-to-care.js';
import { foundAliveHurtHits } from './found-alive-after.js';
import { notAMinor } from './not-a-minor.js';
import { nowOfUpdate } from './now-of-update.js';
import { noFurtherHarm } from './no-further-harm.js';
import { nonPayersOnly } from '../constructions/non-payers.js';
import { peacekeeperShorthandHits } from '../victims/peacekeeper-shorthand.js';
import { attackAsPurpose, hearsayNotUnderway, purposeAttackHits } from './hearsay-and-purpose.js';

/** The signals a report gives once its keyword hits are read in context, and what later stages need of how. */
export interface SignalReading {
  signals: Signals;
  /** People going home (C8, categories/returns.ts). */
  returned: SignalHit[];
  /** Counts, places and doers said every way (constructions/counts-places-doers.ts). */
  t17: T17Reading;
  /** "mon fils a été pris par les ADF" (constructions/military-police-register.ts). */
  takenByGroup: SignalHit[];
  /** A follow-up: the culprit of an earlier harm caught (constructions/everyday-traffic-1.ts). */
  caught: boolean;
  /** Hostages back who tell of another harm (C12). */
  back: boolean;
  /** "ADF took 4 charcoal makers", "ont enrôlé 6 enfants" (categories/group-took-people.ts). */
  groupTook: SignalHit[];
  /** People taken or held by an armed group said in everyday verbs ("bandi take 2 woman", categories/people-taken.ts). */
  peopleTaken: SignalHit[];
  /** People arrested, picked up or held until they pay by a non-state armed group: abducted (C23, categories/group-arrests.ts). */
  groupArrested: SignalHit[];
  /** People "pris" by the army or the police: held (C23), so no one is counted abducted for it. */
  stateTookPeople: boolean;
  /** Only animals of counted owners taken ("ng'ombe of 3 families taken"): the owners are not taken (victims/livestock-owners.ts). */
  animalsOnly: boolean;
  /** A group or a movement said to be absent ("no ADF seen", "aucun mouvement"): the text tells of a quiet, not of nothing known. */
  absenceSaid: boolean;
}

/**
 * Keyword hits read in context: those that tell of no harm here are set aside (a denial, a harm that did
 * not happen, people on the move rather than armed men…), constructions no keyword holds are added
 * (ages, armed men about, sites, takings, returns…), and a few added hits are read otherwise in turn.
 */
export function readSignals(r: Reading, slurHits: readonly SignalHit[]): SignalReading {
  const { tokens, places, mentions, signalHits } = r;
  // "Mvt de 300 pers vers Pinga": the movement word then counts people on the move, not armed men moving.
  const peopleMoving = [...peopleMovingHits(tokens), ...householdsMovingHits(tokens), ...peopleGoingHits(tokens), ...peopleOnTheMoveHits(tokens)]; // ("ppl going north": people-going.ts; "personnes en mouvement", "quitter ses villages": people-on-the-move.ts)
  const moved = (h: SignalHit): boolean => h.value.signal === 'movement' && peopleMoving.some((m) => m.start === h.start);
  // Hostages back who tell of another harm stay counted as abducted (C12): that harm and the abduction are both read.
  const caught = culpritCaught(tokens, signalHits);
  const back = backToTellAnotherHarm(tokens, signalHits);
  const followedUp = (h: SignalHit): boolean => caught && ['kill', 'sexual', 'injure', 'abduct', 'attack', 'detention'].includes(h.value.signal);
  // Everyday traffic (constructions/barriers-and-money.ts): ransom bargained, held in the present tense, money demanded at barriers (a threat
  // said with it names the report), children out of an armed group.
  const groupNamed = mentions.some((m) => !m.actor.hostState) || signalHits.some((h) => h.value.signal === 'armed');
  const threatSaid = signalHits.some((h) => (h.value.signal === 'threat' && !levyNameOnly(h, tokens) && !payOrGoBack(h, tokens)) || punishedIfRefused(h, tokens)); // ("pay or turn back": no harm promised, pay-or-turn-back.ts) // ("effort de guerre" names the levy: constructions/money-from-people.ts)
  const childSaid = signalHits.some((h) => h.value.signal === 'child');
  const traffic12 = [...bargainHits(tokens), ...holdsHits(tokens, groupNamed), ...(threatSaid ? [] : orPricedDemand(barrierExtortionHits(tokens, r.description), tokens, r.description)), ...leftGroupHits(tokens, childSaid, (i) => mentionAt(r, i))];
  // (a fire of unknown origin that people suspect was set on purpose is no mishap: vocabulary/everyday-traffic-3.ts)
  const crimeSuspected = signalHits.some((h) => h.value.subType === 'criminal');
  const returned = returnHits(tokens, (k) => inMention(r, k));
  const t17 = readT17(tokens, signalHits, (i) => mentionAt(r, i));
  // ("11 children released by Nyatura handed over to a child protection NGO": out of the ranks, no hostages; children-released-to-care.ts)
  const takenByGroup = takenByGroupHits(tokens, (i) => mentions.some((m) => m.start === i && !m.actor.hostState), (i) => mentions.some((m) => m.end === i && !m.actor.hostState)).filter((h) => !childrenReleasedToCare(h, tokens));
  // (a group the actor list does not know, "Red Tabara took 3 fishermen", "APCLS took 2 farmers": unlisted-group-arrests.ts, reports42)
  const groupTook = groupTookPeopleHits(tokens, (i) => mentions.some((m) => m.end === i && !m.actor.hostState), (i) => unlistedGroupEndsAt(tokens, i));
  // ("3 tjrs ds la brousse avec les Mai-Mai", "3 women back from the bush with ADF": held by the group, held-in-bush.ts)
  const heldInBush = heldInBushHits(tokens, (i) => mentions.some((m) => m.start === i && !m.actor.hostState));
  // ("a man who escaped from Zaire militia after 9 days", "escapés d'une position Maï-Maï": hostages, escaped-from-group.ts, reports47)
  const escaped = escapedFromGroupHits(tokens, (k) => mentions.some((m) => m.start <= k && k < m.end && !m.actor.hostState));
  const unarmed = signalHits.some((h) => h.value.subType === 'unarmed'); // ("pas d'arme vue": no armed men, vocabulary/remote-base.ts)
  const livestock = livestockOfOwners(tokens);
  // ("food for 2,000 households taken", "la récolte emportée par les Mai-Mai": goods taken, not people: goods-taken-before.ts)
  const goods = goodsTakenBefore(tokens);
  const animalsOnly = onlyAnimalsTaken(livestock, tokens) || onlyGoodsTaken(goods, signalHits, tokens);
  // ("bandi take 2 woman", "m23 ont arreter le pasteur": people taken or held by an armed group)
  const peopleTaken = peopleTakenHits(tokens, groupNamed, mentions.some((m) => m.actor.hostState));

  // C23: people "pris" by the army or the police (and no armed group named) are held, not abducted (victims/victim-words.ts
  // counts "pris" with people after it as taken, whoever took them; "pris la fuite" takes no one).
  // C23: arrested or held for money by a non-state armed group: abducted, and the arrest word tells of no detention.
  // (an armed group's own "police" acts for the group: "M23 'police' arrested 3 traders", doers/group-own-police.ts)
  // (a group the actor list does not know, "des APCLS ont arrêté 12 personnes": unlisted-group-arrests.ts)
  const unlisted = (named: 'group' | 'state' | null, at: boolean): 'group' | 'state' | null => named ?? (at ? 'group' : null);
  const arrests = groupArrests(tokens, (i) => unlisted(doerOf(mentions.find((m) => m.start === i)), unlistedGroupAt(tokens, i)), (i) => (groupPoliceAt(tokens, mentions, i - 1) ? 'group' : unlisted(doerOf(mentions.find((m) => m.end === i)), unlistedGroupEndsAt(tokens, i))));
  const custodyAt = mentions.every((m) => m.actor.hostState) ? stateCustodyAt(tokens, mentions.length > 0) : -1;
  // (C6: the state's forces holding people until they pay is a detention, its "to free them" no kidnapping: people-taken.ts)
  // (let go by the state's forces against a sum, "libérés contre 30 000 FC", "released after paying": state-release-bought.ts)
  const heldByState = heldByStateForPrice(tokens, mentions.some((m) => !m.actor.hostState), mentions.some((m) => m.actor.hostState));
  const heldForPrice = heldByState >= 0 ? heldByState : stateReleaseBoughtAt(tokens, mentions.some((m) => !m.actor.hostState), mentions.some((m) => m.actor.hostState));
  const stateTookPeople = custodyAt >= 0 || heldForPrice >= 0;
  // ("les wazalendo ont quitté Kalengera": a group that left moved, nobody fled: group-left.ts)
  const left = groupLeft(signalHits, tokens, (k) => mentions.some((m) => m.end === k));
  // ("accused of witchcraft after a child's death": the death is the accusation's cause, accusation-cause.ts)
  const cause = accusationCause(tokens);
  // Keyword hits that tell of no harm here.
  // ("a menacé un défenseur … de mort": the "mort" of a death threat split around its object kills nobody, death-threat-split.ts)
  const deathThreats = splitDeathThreats(tokens);
  const setAside = (h: SignalHit): boolean =>
    moved(h) ||
    insideDeathThreat(h, deathThreats) ||
    statementDenied(h, tokens) ||
    refusersOnly(h, tokens) ||
    nonPayersOnly(h, tokens) || // ("those who cannot pay are beaten": the levy's rule, constructions/non-payers.ts)
    punishedIfRefused(h, tokens) ||
    rapeOnlyThreatened(h, tokens) ||
    noAttackYet(h, tokens) || // ("no attack yet": no false alarm, not-yet.ts) // (C26: "menacent de violer les filles": rape-as-threat.ts) // ("will be locked up if they refuse": constructions/punished-if-refused.ts)
    notHappened(h, tokens) ||
    bombAsAttack(h, tokens) ||
    followedUp(h) ||
    negatedHarm(h, tokens) ||
    childrenSentAway(h, tokens) ||
    arrestPaidOff(h, signalHits, tokens) ||
    deadCity(h, tokens) ||
    takenForCareHit(h, tokens) ||
    careAtAgency(h, tokens) || // ("now at MSF": cared for by the agency, care-at-agency.ts)
    forcedToFlee(h, signalHits, tokens) ||
    ((animalsOnly || heldForPrice >= 0) && h.value.signal === 'abduct') ||
    (stateTookPeople && h.value.signal === 'abduct' && h.start === custodyAt) ||
    movementAbsent(h, tokens, (k) => inMention(r, k)) ||
    protestObject(h, tokens, signalHits) ||
    protestDirectObject(h, tokens) || // ("a crowd protesting kidnappings", "qui protestait contre les enlèvements": protest-direct-object.ts, reports47)
    weekdayTue(h, tokens) || // ("taken by adf frm their fields tue, no news since": Tuesday, weekday-tue.ts)
    protestCause(h, tokens) || // ("protest after yesterday's killing": the cause, protest-cause.ts)
    inAccusationCause(h, cause) ||
    left.drop(h) ||
    displacedSheltered(h, signalHits, tokens, mentions.map((m) => m.end)) ||
    thingsMissing(h, tokens) || // ("after a cow went missing": things-missing.ts)
    vehicleStopped(h, tokens) || // ("ont arrêté un bus": a vehicle stopped, nobody arrested: vehicle-stopped.ts)
    levySanction(h, tokens) || // ("diggers who don't pay refused access to pits": levy-sanction.ts)
    aidAgencyTelling(h, tokens) || // ("NGO partner reports: …": the agency tells, aid-agency-as-teller.ts)
    thingTakenInSwahili(h, tokens) || // ("shule imechukuliwa": a thing taken over, swahili-things-taken.ts)
    baseTelling(h, tokens) || // ("TOB Kamango reports 2 civ KIA": the base tells, base-as-teller.ts)
    missionToldHit(h, tokens) || // ("ont saisi la MONUSCO", "UNPOL reports": the mission told or telling, mission-as-teller.ts)
    doorToDoorLevy(h, tokens) || // ("going door to door collecting 'taxes'": the levy, door-to-door-levy.ts)
    thingRiddled(h, tokens) || // ("le véhicule … criblé de balles": a thing, no death; thing-riddled.ts)
    missionAsLandmark(h, tokens, signalHits) || // ("UXO found near the old MONUSCO base": mission-as-teller.ts)
    senderHeading(h, tokens, r.description) || // ("UNPOL Uvira: un policier a tiré…": the sender's tag, sender-heading.ts)
    baseAsMark(h, tokens, signalHits) || // ("shots heard 3 km N of TOB Mavivi": sender-heading.ts)
    minorAsSeverity(h, tokens) || // ("1x PK WIA (minor)": minor-wound.ts)
    siteOnlyNearby(h, tokens) || // ("IDP site nearby", "outside the site": site-nearby.ts)
    killingTakenBack(h, tokens) || // ("2 injured, not killed": not-killed.ts)
    questionTopic(h, tokens) || // ("questioned by the ANR about his sources on the Djugu attacks": the topic, questioned-by-state.ts)
    ordnanceRemoved(h, tokens) || // ("obus non explosé …, toujours pas enlevé": removed, no one taken; ordnance-removed.ts)
    seizedNotPeople(h, tokens) || // ("1 pistol seized", "HR seized the prosecutor": no one taken, thing-seized.ts)
    treatedWounded(h, tokens) || // ("threatened for treating a wounded soldier": the patient's wound, treated-wounded.ts)
    chargeQuoted(h, tokens, r.description) || // ("détenus pour 'pêche en période interdite'": the charge, charge-quoted.ts)
    unexplodedMunition(h, tokens) ||
    payOrGoBack(h, tokens) ||
    nowOfResponders(h, tokens) ||
    patrolGoesOn(h, tokens) ||
    nowOfLevy(h, tokens) ||
    barrierHeldBy(h, tokens) ||
    beatenIfUnpaid(h, tokens, signalHits) || // ("those without money are beaten": the levy's sanction, beaten-if-unpaid.ts) // ("barrier held by Wazalendo": the group's barrier, barrier-held-by.ts) // ("each digger now forced to pay": a rule now, now-of-levy.ts) // ("joint patrols continuing": the patrol goes on, patrol-goes-on.ts)
    animalHarmed(h, tokens) || // ("les agri ont blessé 1 vache": an animal, animal-harmed.ts) // ("attackers fled, FARDC now on site": force-now-there.ts) // ("ppl pay or turn back": pay-or-turn-back.ts) // ("roquette non explosée": no attack, unexploded.ts)
    childProtectionField(h, tokens) || // ("the JHRO/child protection mission": a field of work, child-protection-field.ts)
    notAMinor(h, tokens) || // ("the victim is 22, not a minor": a correction, not-a-minor.ts)
    noFurtherHarm(h, tokens) || // ("pas de nouveau décès": no-further-harm.ts)
    nowOfUpdate(h, tokens) || // ("injured now 6", "fire now out": a follow-up's count or an end, now-of-update.ts)
    nowOfTelling(h, tokens) || // ("the youths now say they were tortured": the telling's now, now-of-telling.ts)
    harmOfAnotherDay(h, tokens) || // ("calmer after last week's killings": told before, harm-of-another-day.ts)
    arrivalsGoOn(h, tokens) || // ("les déplacés continuent d'arriver": the arrivals go on, arrivals-tell-cause.ts)
    (h.value.signal === 'detention' && arrests.verbs.has(h.start));
  const found = crimeSuspected ? signalHits.filter((h) => h.value.signal !== 'natural') : signalHits;
  // ("exchanging heavy fire on the hills": fire exchanged is fighting, categories/fire-exchanged.ts)
  const keywordHits = fireExchanged(threatOrIncitement(realHits(found, tokens).filter((h) => !setAside(h)), tokens), tokens);

  const versus = versusClashHits(tokens, mentions);
  // Constructions no keyword holds.
  const constructions: SignalHit[] = [
    ...splitDeathThreatHits(deathThreats),
    // ("NDC-R fighters reoccupied Ntoto", "les NDC-R ont repris Ntoto": a group taking a place moved, place-retaken.ts)
    ...placeRetakenHits(tokens, (k) => mentions.some((m) => !m.actor.hostState && m.end === k), (name) => r.ctx.actors.lookup(name) !== null, (k) => places.some((p) => p.start === k)),
    ...threatenedHarmHits(signalHits, tokens), // ("Nyatura threaten to kidnap anyone who has not paid": threatened-harm.ts)
    ...arrivalHits(tokens, signalHits), // ("ppl from Bweremana arriving in Minova, approx 400": the arrivals, arrivals-tell-cause.ts)
    ...agencyOwnStaffHits(signalHits, tokens), // ("MSF relays that two of their staff were … beaten": agency-own-staff.ts)
    ...struckByDoerHits(r.description, tokens, (k) => mentionAt(r, k)), // ("2 volontaires frappés par des Wazalendo": beaten, struck-by-doers.ts)
    ...purposeAttackHits(signalHits, tokens), // ("regrouping near Lulimba to attack the mine": hearsay-and-purpose.ts)
    ...slurHits,
    ...peopleCarriedOffHits(signalHits, tokens),
    ...ageHits(tokens),
    ...armedHits(mentions, tokens),
    ...campHits(tokens, places),
    ...campNamedFirstHits(tokens, places),
    ...siteNamedBareHits(tokens, places, signalHits), // ("Update Bulengo: … shelling …, 1 child died": the camp by its name, site-named-bare.ts)
    ...siteHits(tokens, mentions),
    ...goodsTakenHits(tokens),
    ...headedCampHits(tokens, places, mentions),
    ...(deniedReport(signalHits) ? [] : rumouredEntryHits(tokens, FEARED_ATTACK)),
    ...splitPhraseHits(tokens, mentions.length > 0 || signalHits.some((h) => h.value.signal === 'armed')),
    // ("des enfants armés parmi les éléments Nyatura", "elements including minors": children in a group's ranks, children-in-ranks.ts)
    ...childrenInRanksHits(tokens, mentions.some((m) => !m.actor.hostState) || signalHits.some((h) => h.value.signal === 'armed')),
    ...peacekeeperUnitHits(tokens), // ("INDBATT patrol", "TCC convoy", "un soldat indien de la MONUSCO": peacekeeper-units.ts)
    // ("armed men surrounding Rhoe site", "les assaillants sont toujours dans le village": under way, surrounded-now.ts)
    ...burialHits(tokens), // ("burial of 5 victims", "les victimes enterrées ce matin": the dead, victims/buried-counted.ts)
    ...surroundedNowHits(tokens, mentions.some((m) => !m.actor.hostState) || signalHits.some((h) => h.value.signal === 'armed' || h.value.signal === 'attack')),
    // ("1 tireur … blessée, il est toujours là": the shooter still there, still-there.ts)
    ...stillThereHits(tokens, signalHits),
    ...shotHits(tokens, signalHits),
    ...heldHits(tokens),
    ...unitHits(tokens),
    ...returned,
    ...left.hits,
    // ("Patrol came under fire near Boikene": the reporter's own patrol, own-patrol.ts)
    ...ownPatrolHits(tokens, (k) => inMention(r, k)),
    ...engagedByHits(tokens), // ("INDBATT patrol engaged by unidentified armed elts": fired on, engaged-by.ts)
    ...compoundMarksHits(tokens), // ("he shows whip marks on his back": ill-treatment, compound-marks.ts)
    ...schoolPartHits(tokens, signalHits), // ("… l'école de Mikenge, salles saccagées": the school's rooms, school-parts.ts)
    ...correctedOrdnanceHits(tokens, signalHits), // ("Rectificatif: … est un vieil obus, pas un EEI": still an explosive, corrected-ordnance.ts)
    ...peopleMoving,
    ...partialReleaseHits(tokens),
    ...oneNameArmedHits(tokens),
    ...tollHits(tokens),
    ...sinceHourFleeingHits(tokens, signalHits),
    ...armedAboutHits(tokens, mentions.filter((m) => !joinedToHostForce(tokens, r.description, m.start, m.end))), // ("joint FARDC-Wazalendo patrols": the state's patrol, doers/patrol-with-army.ts)
    ...numberedSiteHits(tokens),
    ...bombAttackHits(signalHits, tokens),
    ...occupyingGroupHits(tokens, r.taken, signalHits),
    ...headedSiteFireHits(tokens, signalHits),
    ...staffHeldHits(tokens, signalHits),
    ...peopleLeavingHits(tokens, places),
    // ("hundreds leaving", "pop ds la brousse", "les gens dorment à la paroisse": people in flight, people-in-flight.ts)
    ...peopleInFlightHits(tokens, (k) => inMention(r, k)),
    ...(threatSaid ? [] : levyOrAbsenceFineHits(tokens, groupNamed, (i) => unlistedGroupAt(tokens, i))), // (C6: "une poule par ménage", "amende pour tout absent": levy-or-absence-fine.ts, reports47)
    ...(threatSaid ? [] : levyPerHouseholdHits(tokens, groupNamed)), // (C6: "10$ par ménage", a threat with it names the report: levy-per-household.ts)
    ...(threatSaid ? [] : levyInKindHits(tokens, groupNamed)), // (C6 in kind: "5 grams a week per pit", "2 kg de haricots par ménage": levy-in-kind.ts)
    ...namedSiteHits(tokens, places),
    // ("M23 vs Wazalendo at Kalengera since 5am": a clash, and under way, categories/versus-clash.ts)
    ...versus,
    ...fightingSinceHits(tokens, (k) => versus.some((h) => h.start === k)),
    ...heardFireGoesOnHits(signalHits, tokens),
    ...bareSiteHits(tokens), // ("incursion des codeco au site": the displaced people's site, bare-site.ts)
    ...groupFireHits(tokens, mentions), // ("TOB Kamango hit by ADF fire": group-fire.ts)
    ...peacekeeperShorthandHits(tokens), // ("1x PK lightly WIA": victims/peacekeeper-shorthand.ts)
    ...childrenReleasedHits(tokens, mentions), // (C18: "11 children … released by Twirwaneho": children-released.ts)
    ...childrenOutToCareHits(tokens, mentions), // (C18: "5 kids left codeco grp, handed to cp partner": children-out-to-care.ts)
    ...foundAliveHurtHits(tokens), // ("update: HRD found alive, beaten": the end of an abduction, found-alive-after.ts)
    ...childrenCalledUpHits(tokens, mentions), // ("told headmasters to send boys 'for training'": children-called-up.ts)
    ...recruitmentCallHits(tokens, mentions),
    ...groupOrderHits(tokens, (k) => mentions.some((m) => !m.actor.hostState && m.end === k)), // ("a Nyatura commander told Hutu families not to let Hunde farmers back", "l'administration M23 somme les déplacés": group-orders.ts)
    ...recruitmentImposedHits(tokens, mentions), // ("le M23 impose le recrutement de jeunes de 15 à 25 ans": recruitment-imposed.ts)
    ...(signalHits.some((h) => h.value.subType === 'rumoured_attack') ? [] : groupSaidComingHits(tokens, mentions)),
    ...neverCameBackHits(tokens, groupNamed), // ("4 women never came back, armed men seen": never-came-back.ts)
    ...punishmentThreatHits(signalHits, tokens),
    ...rapeThreatHits(signalHits, tokens),
    ...writtenWarningHits(tokens, groupNamed), // ("ADF note …: 'we come tonight'": written-warning.ts)
    ...cleansingCallHits(tokens, signalHits), // ("messages calling Hema youth to 'clean' the Lendu out": cleansing-calls.ts)
    ...questionedByStateHits(tokens, signalHits), // ("summoned and questioned for 6 hours by the ANR": held, questioned-by-state.ts)
    ...heldInCellHits(tokens), // ("12 detainees in the police cell …": held by the state, held-in-cell.ts)
    ...boughtReleaseHits(tokens, groupNamed), // ("the 4 farmers released after the families paid": held for money, release-bought.ts)
    ...arrests.hits,
    ...unexplodedHits(tokens, r.description), // ("une roquette non explosée repêchée": a remnant of war, unexploded.ts)
    ...facilityShorthandHits(tokens, places),
    ...siteHeadingHits(tokens, r.description, places), // ("Lushagala site: FARDC soldiers…": the site as heading, site-heading.ts)
    ...schoolShorthandHits(tokens, places, signalHits.some((h) => h.value.signal === 'school')), // ("l'EP Nizi": the école primaire, school-shorthand.ts)
    ...(childSaid ? childrenWorkingForGroupHits(tokens, (k) => mentions.some((m) => !m.actor.hostState && m.start <= k && k < m.end)) : []), // ("enfants qui travaillaient … pour un groupe Maï-Maï": children-working-for-group.ts) // ("cs de Kalonge pillé", "Nioka HC occupied": facility-shorthand.ts)
    ...monitorsKeptOutHits(tokens), // ("équipe JHRO refusée accès au cachot": the mission kept out, monitors-kept-out.ts)
    ...schoolTakenHits(tokens), // ("shule … imechukuliwa na Wazalendo": swahili-things-taken.ts)
    ...herdDrivenOffHits(tokens), // ("drove off about 40 cows", "ont amené tout le bétail": herd-driven-off.ts)
    ...paidForReleaseHits(tokens, mentions.some((m) => m.actor.hostState)), // ("released after his family paid": paid-for-release.ts)
    ...arrests.stateHits,
    ...(custodyAt >= 0 ? [{ value: { signal: 'detention' as const, subType: null }, start: custodyAt, end: custodyAt + 1 }] : []),
    ...(heldForPrice >= 0 ? [{ value: { signal: 'detention' as const, subType: null }, start: heldForPrice, end: heldForPrice + 1 }] : []),
  ];

  // Hits read otherwise once everything is known: a help asked for, work as a purpose, fighting only rumoured.
  // (a group named only as holding the place of a mishap is no armed man at the scene: doers/controls-the-place.ts)
  const mishap = mishapOnly(signalHits);
  const controlling = (h: SignalHit): boolean => mishap && h.value.signal === 'armed' && mentions.some((m) => m.start === h.start && onlyControlling(tokens, m.start, m.end));
  // (money demanded with the mission only told of it is no demand of aid: mission-as-teller.ts)
  const aidHits = signalHits.some((h) => missionToldHit(h, tokens)) ? signalHits.filter((h) => !missionToldHit(h, tokens)) : signalHits;
  const forceAt = (k: number): boolean => mentions.some((m) => m.actor.hostState && (m.start === k || m.end - 1 === k));
  const readOtherwise = (h: SignalHit): boolean =>
    controlling(h) ||
    // (the police or army that broke up a fight between civilians is no armed side of it: "fight btw hema and alur …, PNC calmed things down", doers/fight-dispersed.ts)
    (h.value.signal === 'armed' && mentions.some((m) => m.actor.hostState && m.start === h.start && dispersedAFight(tokens, m.start, m.end))) ||
    lootCarried(h, tokens) || // ("took 6 others to carry their loot": the taking's purpose, loot-carried.ts)
    weaponsTakenUp(h, tokens) || // ("vijana wamechukua mapanga": arming, not a taking; weapons-taken-up.ts)
    detentionCamp(h, tokens) || // (a detainee's camp is the army's: detention-camp.ts)
    threatTopic(h, tokens, signalHits) || // ("threats after reporting Nyatura recruitment of kids": the topic, threat-topic.ts)
    miningSite(h, tokens) || // ("per digger at the Mobale site": the mine's site, mining-site.ts)
    hearsayNotUnderway(h, tokens, (i) => mentions.some((m) => m.start === i)) || attackAsPurpose(h, tokens, signalHits) || // ("we hear Mai-Mai are regrouping … to attack": hearsay-and-purpose.ts)
    // ("présence FARDC rassurante": the host forces present are no group moving, force-presence.ts)
    forcePresenceOnly(h, tokens, forceAt, groupNamed) ||
    t17.drop(h) || (unarmed && h.value.signal === 'armed') || fledToSite(h, tokens) || demandOfAid(h, tokens, aidHits) || labourAsPurpose(h, tokens, signalHits) || rumouredFighting(h, tokens, signalHits) || carriedAfterArrest(h, tokens, keywordHits);
  // (a rape that is what a threat is about, "threatened after reporting rapes", "the survivor's family under pressure": rape-spoken-of.ts)
  let signals = new Signals(rapesSpokenOf([...casePressureHits(tokens), ...traffic12, ...t17.hits, ...takenByGroup, ...groupTook, ...heldInBush, ...escaped, ...taxiMotosTakenHits(tokens), ...(livestock ? [livestock] : []), ...(goods ? [goods.hit] : []), ...peopleTaken, ...keywordHits, ...constructions].filter((h) => !readOtherwise(h)), tokens), tokens);
  // (a site where gunfire was only heard, or left after an attack named as the cause, is where the displaced are: categories/law-and-order.ts)
  // (nor is the site of displaced people harmed away from it: "IDP from Bulengo site found dead in Mugunga", categories/away-from-site.ts)
  // (visits refused to people held are the detention: "pas d'accès pour la famille", categories/visits-refused.ts)
  if (signals.has('detention') && signals.all('access').some((h) => visitsRefused(h, tokens))) signals = signals.retagged((h) => (visitsRefused(h, tokens) ? 'detention' : null));
  // ("codeco + zaire mobilising nr largu": armed groups on the move, groups-mobilising.ts)
  const groupEndsAt = (k: number): boolean => mentions.some((m) => !m.actor.hostState && m.end === k);
  if (signals.all('tension').some((h) => groupMobilising(h, tokens, groupEndsAt))) signals = signals.retagged((h) => (groupMobilising(h, tokens, groupEndsAt) ? 'movement' : null));
  // (a killing only attempted or prevented is an attack that killed nobody: "pour empêcher des jeunes de lyncher", harm-attempted.ts)
  if (signals.all('kill').some((h) => killAttempted(h, tokens))) signals = signals.retagged((h) => (killAttempted(h, tokens) ? 'attack' : null));
  // (an arrest only feared is the intimidation: "followed by unknown men, they fear arrest", arrest-feared.ts)
  if (signals.all('detention').some((h) => arrestFeared(h, tokens))) signals = signals.retagged((h) => (arrestFeared(h, tokens) ? 'threat' : null));
  // ("COB Masisi harassed by unknown armed men, fire returned": harassing fire on a base is an attack, base-harassed.ts)
  // ("ADF elts 2km from Kididiwe, attack feared imminent": a movement with its attack imminent, group-near-attack-feared.ts)
  const fearedNearby = attackFearedNearby(signals, tokens);
  if (fearedNearby) signals = signals.retagged((h) => (fearedNearby(h) ? 'movement' : null));
  const harassedBase = baseHarassed(signals, tokens);
  if (harassedBase) signals = signals.retagged((h) => (harassedBase(h) ? 'attack' : null));
  // ("ont emmené une vingtaine de vaches": a taking of animals is a theft, victims/livestock-owners.ts)
  if (signals.all('abduct').some((h) => animalsTakenAt(tokens, h.end))) signals = signals.retagged((h) => (h.value.signal === 'abduct' && animalsTakenAt(tokens, h.end) ? 'loot' : null));
  // ("leave before Sunday or be attacked": the attack threatened, or-else-attack.ts)
  if (signals.all('attack').some((h) => attackIfNotObeyed(h, tokens))) signals = signals.retagged((h) => (attackIfNotObeyed(h, tokens) ? 'threat' : null));
  // ("tué à 2km du site": distance-from-site.ts)
  // ("human rights defender from Lushagala IDP site abducted": where the people live, site-as-origin.ts)
  if (siteNotAttacked(signals) || harmedAwayFromSite(signals) || takenFromSiteOnly(signals) || harmedOnErrandAtEdge(signals) || harmedAtDistanceFromSite(signals)) signals = signals.retagged((h) => (h.value.signal === 'idpSite' ? 'displace' : null));
  const absenceSaid = signalHits.some((h) => movementAbsent(h, tokens, (k) => inMention(r, k))) || mentions.some((m) => saidAbsent(tokens, m.start));
  return { signals, returned, t17, takenByGroup, caught, back, groupTook, peopleTaken, groupArrested: arrests.hits, stateTookPeople, animalsOnly, absenceSaid };
}

const doerOf = (m: { actor: { hostState: boolean } } | undefined): 'group' | 'state' | null => (m ? (m.actor.hostState ? 'state' : 'group') : null);

// "les FARDC ont pris 3 jeunes pour vérification": where "pris" has people after it, or -1.
// ("pris" with people after it once the state is named; "taken by police", "ramassés par les militaires": categories/taken-by-state.ts)
function stateCustodyAt(tokens: readonly Token[], stateNamed: boolean): number {
  const taken = stateNamed ? peopleTakenAt(tokens) : -1;
  return taken >= 0 ? taken : takenByStateAt(tokens);
}

function peopleTakenAt(tokens: readonly Token[]): number {
  return tokens.findIndex((t, i) => /^(pris|prit|prirent)$/.test(t.norm) && objectFollows(tokens, i + 1));
}

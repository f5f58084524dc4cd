import { nowToll } from './now-toll.js';
import { oneChildHit } from './one-child-hit.js';
import { woundedThenDied } from './wounded-then-died.js';
import { causeDeadUncounted } from '../categories/arrests-after-killing.js';
import { glossedPeopleCounts, repeatedDigitCounts } from './repeated-digits.js';
import { nightAwayCounts } from './night-away-counts.js';
import { lostLimbCounts } from './lost-limbs.js';
import { childThenCount } from './child-then-count.js';
import type { VictimKey, Victims } from '../../domain/alert.js';
import { woundsSustained } from './wounds-sustained.js';
import { sitrepWounds } from './sitrep-wounds.js';
import { swahiliRapeCounts } from './swahili-rape-counts.js';
import { buriedCounted } from './buried-counted.js';
import type { CategoryId } from '../../domain/taxonomy.js';
import { hasSexualViolence, type Signals } from '../categories/categories.js';
import { accusedNotCounted, childrenOnlyHeld, displacedHeadCount, forcedMarriageCount, foundRaped } from './displaced-and-married.js';
import { beatenWasTheDead, childrenNotVictims, freedVictimsCounted, putOutCounted, shotOfWhomSomeDied } from './shot-and-freed.js';
import { readQuickLineCounts } from './quick-line-counts.js';
import { takenByForceCount } from './taken-by-force.js';
import { bracketBreakdown } from './bracket-breakdown.js';
import { heldDisplacedNotCounted } from './held-displaced.js';
import { pronounBeatenCount } from './pronoun-beaten.js';
import { childSaidTaken } from './child-said-taken.js';
import { hostagesCounted } from './hostages-counted.js';
import { fightersOfNamedCounted, foundDeadCount, harmBeforePeople, outOfSchoolNotCounted, sayTheyWereRaped, theOthersCounted, zeroNotConfirmed } from '../constructions/everyday-traffic-1.js';
import { readT17Counts } from '../constructions/counts-places-doers.js';
import { oneMoreByOrdinal, readTimesCounts, takenByGroupCount, woundedOfWhomSomeDied } from '../constructions/military-police-register.js';
import { readFollowUpCounts } from './follow-up-counts.js';
import { readImpliedCounts } from './implied-counts.js';
import { CHILD_NOUNS } from '../categories/keywords.js';
import { marksOfBlowsCount } from './marks-of-blows.js';
import type { Token } from '../normalize.js';
import { ordnanceHandledByChildren } from '../categories/ordnance-children.js';
import type { Reading } from '../reading.js';
import type { SignalReading } from '../categories/read-signals.js';
import { readReturnees } from '../categories/returns.js';
import { mutedWords } from '../categories/signal-hits.js';
import { splitDeathThreats } from '../categories/death-threat-split.js';
import { hedgesBeforeVerb } from './hedge-before-verb.js';
import { idpsReported } from './idps-reported.js';
import { accusationCause } from '../categories/accusation-cause.js';
import { mark } from '../phrases.js';
import { bodyOfCount, readTollsAndMissing } from './tolls.js';
import { takingBeyondMissing } from './missing-beside-dead.js';
import { runningTotal } from './running-total.js';
import { revisedCounts } from './revised-counts.js';
import { theyWereN } from './they-were-n.js';
import { takenFoundDead } from './taken-found-dead.js';
import { sayBeaten } from './say-beaten.js';
import { cutOneCount, limbLostBy } from '../categories/slurs-and-carried-off.js';
import { animalsNotTaken, ownersNotTaken } from './livestock-owners.js';
import { readSwahiliCounts } from './swahili-counts.js';
import { groupTookPeopleCount } from '../categories/group-took-people.js';
import { heldInBushCount } from '../categories/held-in-bush.js';
import { oneDiedCounted } from './one-died.js';
import { fallenCounted } from './fallen-in-combat.js';
import { relativeClauseVictim } from './relative-clause-victim.js';
import { deathIdiomCounts } from './death-idioms.js';
import { displacedPersonHarmed } from './displaced-person-harmed.js';
import { possessiveCounts } from './possessive-counts.js';
import { childAmongVictims } from './child-among-victims.js';
import { childAndOthers } from './child-and-others.js';
import { agesListed } from './ages-listed.js';
import { formerHostage } from './former-hostage.js';
import { negCasualties } from './neg-casualties.js';
import { backAndSayRaped } from './back-and-say-raped.js';
import { freedThenRaped } from './freed-then-raped.js';
import { bothTaken } from './both-taken.js';
import { burntInsideCount } from './burnt-inside.js';
import { oneOfTakenDead } from './one-of-taken-dead.js';
import { takenAndHurt } from './taken-and-hurt.js';
import { taxiMotosCounts } from './taxi-motos.js';
import { mannerBeforeObject } from './manner-before-object.js';
import { agedKin } from './aged-kin.js';
import { partThenNextHarm } from './part-then-next-harm.js';
import { bareCountHarmed } from './bare-count-harmed.js';
import { takenThenRaped } from './taken-then-raped.js';
import { tollRevisions } from './toll-revisions.js';
import { glossedCounts } from './glossed-counts.js';
import { tollTotal } from './toll-total.js';
import { resumedWound } from './resumed-wound.js';
import { partOfWounded, saidBeatenPart } from './part-of-wounded.js';
import { listedPeopleHarmed, listedPeopleTaken } from './listed-people.js';
import { resumedTaking } from './resumed-taking.js';
import { paidForReleaseCount } from '../categories/paid-for-release.js';
import { heldThenBeaten } from './held-then-beaten.js';
import { oneSaysRaped } from './one-says-raped.js';
import { escapedFromGroupCount } from '../categories/escaped-from-group.js';
import { bareCivilian } from './bare-civilian.js';
import { sitrepTimesCounts } from '../constructions/sitrep-times-counts.js';
import { moneyNotPeople } from './money-not-people.js';
import { closedIncident } from '../categories/closed-incidents.js';
import { neverCameBackCount } from '../categories/never-came-back.js';
import { forcedToCarryCount } from './forced-to-carry.js';
import { swollenOneHurt } from './swollen.js';
import { coupleCounted } from './couples.js';
import { ageBoundNotCount } from './age-floor.js';
import { peacekeeperShorthandCounts } from './peacekeeper-shorthand.js';
import { stoppedThenBeaten } from './stopped-then-beaten.js';
import { readPhoneTypedCounts } from './phone-typed-counts.js';
import { gluedCounts } from './glued-counts.js';
import { hostingCount } from './hosting-counts.js';
import { familyAndMannerCounts } from './family-and-manner.js';
import { countedForce } from './counted-force.js';
import { childWithGroup } from './child-with-group.js';
import { peopleTakenCount } from '../categories/people-taken.js';
import { groupArrestCount } from '../categories/group-arrests.js';
import { boughtReleaseCount } from '../categories/release-bought.js';
import { rapeSpokenOfCounts } from '../categories/rape-spoken-of.js';
import { treatedWoundedCount } from '../categories/treated-wounded.js';
import { seizedNotPeople, seizedThingCount } from '../categories/thing-seized.js';
import { protestCauseUncounted } from '../categories/protest-cause.js';
import { bareFlightCount } from './bare-flight-count.js';
import { childrenTakenCount } from './children-taken.js';
import { displacedWhoSufferedMore, shotThenSomeDied } from '../categories/land-quarrels.js';
import { isPerson } from './victim-words.js';
import { readVictims } from './victims.js';
import { oneRapedByMany } from './one-raped-by-many.js';
import { gravesCounted } from './graves-counted.js';
import { treatedCount } from './treated-counts.js';
import { inHospitalCount } from './in-hospital.js';
import { takenWithKin } from './taken-with-kin.js';
import { oneStillHeld } from './one-still-held.js';
import { sameBodyFound } from './same-body-found.js';
import { hitThenDied } from './hit-then-died.js';
import { childrenAmongTaken } from './children-among-taken.js';
import { killsOnlyAttempted } from '../categories/harm-attempted.js';
import { shotInLimb } from './shot-in-limb.js';
import { shelteredCount } from './sheltered-count.js';
import { homelessCount } from './homeless-counts.js';
import { themAgain } from './them-again.js';
import { countThenActivity } from './count-then-activity.js';
import { escapedAmongTaken } from './escaped-among-taken.js';
import { animalsNotHarmedPeople } from '../categories/animal-harmed.js';
import { unpunctuatedPairs } from './unpunctuated-pairs.js';
import { swahiliCountOrders } from './swahili-count-orders.js';
import { shotButAlive } from './shot-but-alive.js';
import { woundNamed } from './wound-named.js';
import { rapeVictimSingular } from './rape-victim-singular.js';
import { armedNotTaken } from '../categories/weapons-taken-up.js';
import { accusedPersonHarmed } from './accused-person-harmed.js';
import { woundThenDead } from './wound-then-dead.js';
import { pairOneDied } from './pair-one-died.js';
import { oneEscapedCaptivity } from './one-escaped-captivity.js';
import { foundAliveHurtCounts } from '../categories/found-alive-after.js';
import { bareTitleHarmed } from './bare-title-harmed.js';
import { oneRapedNamed } from './one-raped-named.js';
import { partialRelease } from './partial-release.js';
import { onePersonApposed } from './one-person-apposed.js';
import { parentChildrenCounted } from '../categories/parent-with-children.js';

export interface CountReading {
  victims: Victims;
  /** A victim word came with a quantity that could not be read. */
  unclear: boolean;
  /** "at least 5 killed": the lower bound, when no exact count was read. */
  killedAtLeast: number | null;
}

/**
 * The six victim counts: the victim words first (victims/victims.ts), then what the text implies beyond them
 * (survivors of sexual slavery, tolls, follow-ups, a wound described, returnees…), each reader
 * filling or correcting what the ones before it left; the reporter's `killed:3`-style overrides last.
 */
export function readCounts(r: Reading, s: SignalReading, overrides: Partial<Record<VictimKey, number>>): CountReading {
  const { tokens, mentions, signalHits, description } = r;
  const { signals } = s;
  // ("accused of witchcraft after the death of 2 children": the cause's dead are not counted, categories/accusation-cause.ts)
  const cause = accusationCause(tokens);
  // ("found dead, suspected killed by soldiers": the hedge is no second person, victims/hedge-before-verb.ts)
  const hedges = hedgesBeforeVerb(tokens);
  // ("a menacé un défenseur … de mort": nobody killed, categories/death-threat-split.ts)
  const threats = splitDeathThreats(tokens);
  // ("the body count is not known yet": the toll's word, no body found, victims/tolls.ts)
  const bodyCount = bodyOfCount(tokens);
  const taken = cause || hedges || threats.length > 0 || bodyCount >= 0 ? r.taken.slice() : r.taken;
  if (bodyCount >= 0) taken[bodyCount] = 1;
  if (cause) mark(taken, cause.start, cause.end);
  for (const [s0, e0] of threats) mark(taken, s0, e0);
  if (hedges) for (const h of hedges) taken[h] = 1;
  const { victims, unclear, killedAtLeast: readAtLeast } = readVictims(tokens, taken, mutedWords(tokens, signalHits), signalHits.some((h) => h.value.signal === 'sexual'));
  if (s.stateTookPeople) victims.abducted = null;
  // ("3,000 IDPs reported at Bule": the displaced counted by the word that reports them, idps-reported.ts)
  if (victims.displaced === null && signals.has('displace')) victims.displaced = idpsReported(tokens);
  // What the text implies beyond the victim words: survivors of sexual slavery held, "5 cases", a wound
  // described, children counted next to their use; and nobody abducted when people are only detained.
  readImpliedCounts(tokens, signals, signalHits.some((h) => h.value.subType === 'sexual_slavery'), mentions.length > 0 && mentions.every((m) => m.actor.hostState), victims);
  readTollsAndMissing(tokens, taken, victims, signalHits.some((h) => h.value.signal === 'abduct' && !seizedNotPeople(h, tokens))); // ("1 pistol seized": categories/thing-seized.ts)
  buriedCounted(tokens, victims); // ("burial of 5 victims of the attack": buried-counted.ts)
  woundsSustained(tokens, victims); // ("a civilian sustained gunshot wounds", "a reçu une balle au bras": wounds-sustained.ts)
  readFollowUpCounts(tokens, description, taken, victims, signals.has('displace'));
  readFollowUpHarm(tokens, victims, s.caught, signals);
  freedVictimsCounted(tokens, signals, victims, s.back);
  readQuickLineCounts(tokens, description, signals, victims);
  displacedHeadCount(tokens, signals, victims);
  bareFlightCount(tokens, signals, victims); // ("more than 1500 arrived", "environ 3000 partis": bare-flight-count.ts)
  forcedMarriageCount(tokens, signals, victims, isPerson, (w) => CHILD_NOUNS.has(w));
  foundRaped(tokens, signals, victims);
  if (victims.crsvSurvivors !== null || victims.killed !== null || victims.injured !== null) accusedNotCounted(tokens, victims);
  victims.injured ??= marksOfBlowsCount(tokens) ?? cutOneCount(signals);
  // ("beat them with sticks, 11 needed treatment": who needed care after a harm is hurt, treated-counts.ts)
  if (signals.has('injure') || signals.has('torture') || signals.has('attack')) treatedCount(tokens, victims);
  // ("2 still in hospital", "l'un évacué à l'hôpital", "is out of hospital": in-hospital.ts)
  if (signals.has('injure') || signals.has('torture') || signals.has('attack')) inHospitalCount(tokens, victims);
  if (victims.injured === 1 && victims.childrenAffected === null && CHILD_NOUNS.has(tokens[limbLostBy(signals)]?.norm ?? '')) victims.childrenAffected = 1; // (a child maimed)
  readReturnees(tokens, s.returned, victims);
  shotOfWhomSomeDied(tokens, signals, victims);
  shotThenSomeDied(tokens, signalHits.some((h) => h.value.signal === 'kill'), victims); // ("shot 2 civilians, one died": categories/land-quarrels.ts)
  displacedWhoSufferedMore(tokens, victims); // ("8 personnes déplacées ont été arrêtées": categories/land-quarrels.ts)
  putOutCounted(tokens, signals, victims);
  beatenWasTheDead(signals, victims);
  readT17Counts(tokens, s.t17, victims, hasSexualViolence(signals)); // (constructions/counts-places-doers.ts)
  takenByGroupCount(tokens, s.takenByGroup, victims);
  groupTookPeopleCount(tokens, s.groupTook, victims);
  taxiMotosCounts(tokens, victims); // ("3 taxi-motos enlevés": the riders, taxi-motos.ts)
  heldInBushCount(tokens, s.signals.all('abduct'), victims, (i) => mentions.some((m) => m.start === i && !m.actor.hostState)); // ("3 tjrs ds la brousse avec les Mai-Mai": held-in-bush.ts)
  oneDiedCounted(tokens, victims); // ("…, he died on the way to hospital": one-died.ts)
  fallenCounted(tokens, victims); // ("un militaire est tombé", "a soldier fell in the attack": fallen-in-combat.ts)
  countThenActivity(tokens, victims, mentions.some((m) => !m.actor.hostState) || (signals.has('armed') && !mentions.some((m) => m.actor.hostState))); // ("4 women fetching water abducted", "3 jeunes pris par hommes armés": count-then-activity.ts)
  relativeClauseVictim(tokens, victims); // ("the chief who got threats last month was shot dead": relative-clause-victim.ts)
  coupleCounted(tokens, signals, victims); // ("un couple de vieillards égorgé": couples.ts)
  familyAndMannerCounts(tokens, victims); // ("ont massacré une famille de 6", "ont exécuté sommairement deux jeunes": family-and-manner.ts)
  peopleTakenCount(tokens, s.peopleTaken, victims);
  groupArrestCount(tokens, s.groupArrested, victims);
  boughtReleaseCount(tokens, victims, signals.has('abduct'), mentions.some((m) => !m.actor.hostState) || signals.has('armed')); // (C7: "the 4 farmers released after the families paid": categories/release-bought.ts) // (C23: arrested by a non-state group, categories/group-arrests.ts)
  // (C18: "15 boys taken to their camp", where an armed group, not the state alone, took or recruited them: children-taken.ts)
  const stateOnly = mentions.length > 0 && mentions.every((m) => m.actor.hostState);
  childrenTakenCount(tokens, victims, mentions.some((m) => !m.actor.hostState) || (!stateOnly && (signals.has('armed') || signals.has('recruit'))));
  readPhoneTypedCounts(tokens, victims); // ("wamewauwa watu wawili", "ils ont tuer mon voisin", "driver injur": phone-typed-counts.ts)
  childWithGroup(tokens, victims, mentions.some((m) => !m.actor.hostState)); // ("boy of 15 seen with Wazalendo, armed": child-with-group.ts)
  countedForce(tokens, victims); // ("1 FARDC wounded", "2 FARDC tués": counted-force.ts)
  gluedCounts(tokens, victims); // ("3morts 2 blessés", "3dead 2wld", "5civ tués": glued-counts.ts)
  hostingCount(tokens, victims); // ("Komanda hosting around 3,500 IDPs", "héberge 300 déplacés": hosting-counts.ts)
  ownersNotTaken(s.animalsOnly, victims);
  animalsNotTaken(tokens, victims); // ("ont emporté une trentaine de vaches": animals counted, nobody taken; livestock-owners.ts)
  readSwahiliCounts(signals, victims); // ("mauaji ya watu 5": the number after the people, victims/swahili-counts.ts)
  woundedOfWhomSomeDied(tokens, victims);
  oneMoreByOrdinal(tokens, victims);
  takenByForceCount(tokens, victims);
  hostagesCounted(tokens, victims); // ("3x ADF abductees escaped", "three ADF hostages": hostages-counted.ts) // ("deux auraient été emmenés de force", "two were taken by force": taken-by-force.ts)
  escapedAmongTaken(tokens, victims); // (C7: "enlevé 5 personnes. Deux otages se sont échappés": the 2 are among the 5, escaped-among-taken.ts)
  oneStillHeld(tokens, victims); // (C7: "2 otages relâchés, un 3e toujours entre leurs mains": one-still-held.ts)
  displacedPersonHarmed(tokens, victims); // ("Déplacée de Bulengo violée", "IDP woman attacked with machete": one, displaced-person-harmed.ts)
  deathIdiomCounts(tokens, victims); // ("did not survive", "a rendu l'âme", "un 3e a succombé", "the 2 wounded died": death-idioms.ts)
  possessiveCounts(tokens, victims);
  hitThenDied(tokens, victims); // ("one woman hit by a stray bullet died, 2 others injured": hit-then-died.ts)
  oneChildHit(tokens, victims); // ("stray bullet hit a girl (8 yrs), she died": one-child-hit.ts)
  woundedThenDied(tokens, victims); // ("Wounded civilian from yesterday's attack died at Beni hospital": wounded-then-died.ts)
  sameBodyFound(tokens, victims); // ("un cultivateur tué…; son corps retrouvé": the same dead, same-body-found.ts)
  childrenAmongTaken(tokens, victims); // (C18: "ont embarqué 4 garçons", the taken are the children: children-among-taken.ts)
  takenWithKin(tokens, victims); // ("took him and his 2 sons", "l'ont emmené avec ses deux fils": the person and the kin, taken-with-kin.ts)
  takenThenRaped(tokens, victims); // ("une femme enlevée … a été violée avant d'être relâchée": taken-then-raped.ts)
  partThenNextHarm(tokens, victims); // ("4 morts dont 1 militaire et une dizaine de blessés": part-then-next-harm.ts)
  bareCountHarmed(tokens, victims); // ("arrested 12 people, 2 were whipped", "2 who refused were shot dead": bare-count-harmed.ts)
  childAmongVictims(tokens, victims); // ("the youngest was 15", "un enfant de 10 ans", "3 élèves": child-among-victims.ts) // ("ont emmené ses deux fils", "abducted his two sons": possessive-counts.ts)
  childAndOthers(tokens, victims); // ("un enfant tué et deux autres blessés", "4 EAFGA (3 garçons et une fille)": child-and-others.ts)
  agesListed(tokens, victims); // ("survivantes de 17 et 24 ans": a child among the counted victims, ages-listed.ts)
  formerHostage(tokens, victims); // ("un ancien otage des M23 raconte…": one abducted, former-hostage.ts)
  negCasualties(tokens, victims); // ("Neg casualties own troops", "nil casualties": none hurt, neg-casualties.ts)
  backAndSayRaped(tokens, victims); // ("3 sont revenues et disent avoir été violées": the survivors, back-and-say-raped.ts)
  bothTaken(tokens, signals.has('abduct'), victims); // ("both motorcyclists released after the ransom was paid": 2 abducted, both-taken.ts)
  freedThenRaped(tokens, victims); // ("2 relâchées après avoir été violées", "released …; they say they were raped": freed-then-raped.ts)
  neverCameBackCount(tokens, signals.all('abduct'), victims); // ("4 women … never came back, armed men seen": categories/never-came-back.ts)
  forcedToCarryCount(tokens, victims, mentions.some((m) => !m.actor.hostState)); // ("ADF forced about a dozen residents to carry looted goods": 12 taken, forced-to-carry.ts)
  swollenOneHurt(tokens, victims); // ("released yesterday with swollen face", "libéré le visage enflé": one hurt, swollen.ts)
  tollRevisions(tokens, victims); // ("toll rises from 4 to 6", "toll stands at 3 civilians and 4 Wazalendo dead": toll-revisions.ts)
  tollTotal(tokens, victims); // ("toll now 6 civ KIA, the 2 missing found dead": the total holds them, toll-total.ts)
  runningTotal(tokens, victims); // ("2 more bodies found, total now 9 killed": running-total.ts)
  nowToll(tokens, victims); // ("another body found, yesterday's raid now 5 dead": the toll after 'now', now-toll.ts)
  revisedCounts(tokens, victims); // ("les blessés de l'attaque de lundi sont désormais 5": revised-counts.ts)
  burntInsideCount(tokens, victims); // ("1 old man burnt inside", "un vieillard brûlé à l'intérieur": burnt-inside.ts)
  oneOfTakenDead(tokens, victims); // (C27: "2 femmes enlevées …, l'une retrouvée morte": one dead, one-of-taken-dead.ts)
  theyWereN(tokens, victims); // ("ils étaient 10 enlevés", "correction, ils sont 18": the whole given again, they-were-n.ts)
  takenFoundDead(tokens, victims); // ("2 of the abducted farmers found dead": taken-found-dead.ts)
  sayBeaten(tokens, victims); // ("deux disent avoir été battus": say-beaten.ts)
  escapedFromGroupCount(tokens, victims, (k) => mentions.some((m) => m.start <= k && k < m.end && !m.actor.hostState)); // ("3 young men escaped from a Mai-Mai position, 10 others still there": 13, escaped-from-group.ts)
  heldThenBeaten(tokens, victims);
  if (hasSexualViolence(signals)) oneSaysRaped(tokens, victims); // ("une femme gardée au cachot … dit avoir été violée": one-says-raped.ts) // ("detained 4 days and beaten", "both report beatings", "2 came back injured": held-then-beaten.ts)
  swahiliRapeCounts(tokens, victims); // ("walibaka msichana wa 15": 1 survivor, 1 child; swahili-rape-counts.ts)
  sitrepWounds(tokens, victims); // ("3 idps cut w machetes", "babeti bato 3", "the wounded driver", ", blessé à la jambe": sitrep-wounds.ts)
  childThenCount(tokens, victims); // ("4 dead incl enfants 2": child-then-count.ts)
  lostLimbCounts(tokens, victims); // ("un enfant … a perdu 2 doigts": lost-limbs.ts)
  nightAwayCounts(tokens, victims); // ("200 personnes ont dormi à l'église": night-away-counts.ts)
  glossedPeopleCounts(tokens, description, victims); // ("watu wawili (le chef et sa femme) kidnappés": repeated-digits.ts)
  repeatedDigitCounts(tokens, description, victims); // ("trois (3) femmes violées": repeated-digits.ts)
  glossedCounts(tokens, description, victims); // ("mtu mmoja ameuawa (1 civil tué)", "wamepiga (ont tabassé) un motard": glossed-counts.ts)
  paidForReleaseCount(tokens, victims, mentions.some((m) => m.actor.hostState)); // ("the chief was released after his family paid": categories/paid-for-release.ts)
  resumedTaking(tokens, victims); // ("4 boys recruited by CODECO, … they were taken from school": resumed-taking.ts)
  agedKin(tokens, signals.has('abduct') || signals.has('kill') || signals.has('injure') || signals.has('sexual'), victims); // ("the 16-year-old daughter of a pastor": a child, aged-kin.ts)
  mannerBeforeObject(tokens, victims); // ("blessé à la machette le mari": the weapon between the verb and the one harmed, manner-before-object.ts)
  takenAndHurt(tokens, signals.has('abduct'), victims); // ("released …; one was badly beaten", "enlevé …, retrouvé … avec des blessures": taken-and-hurt.ts)
  resumedWound(tokens, victims); // ("un cultivateur … ; il a été amputé", "rescued him with head injuries": resumed-wound.ts)
  bareCivilian(tokens, victims); // ("policier tire sur civil oicha blesse", "civil tue a beni": bare-civilian.ts)
  bareTitleHarmed(tokens, victims); // ("Goma: human rights defender from Lushagala IDP site abducted": bare-title-harmed.ts)
  foundAliveHurtCounts(tokens, victims); // ("update: HRD found alive, beaten": 1 taken, 1 hurt; categories/found-alive-after.ts)
  oneEscapedCaptivity(tokens, victims); // ("une jeune fille échappée de captivité ADF": one taken, one-escaped-captivity.ts)
  pairOneDied(tokens, victims); // ("a landowner and his son attacked …; the son died": the other wounded, pair-one-died.ts)
  woundThenDead(tokens, victims); // ("1 man hacked w machete, dead", "1 homme découpé à la machette, mort": wound-then-dead.ts)
  if (hasSexualViolence(signals)) oneRapedNamed(tokens, victims); // ("for the rape of a 6-year-old girl", "a woman held at the station was raped": one-raped-named.ts)
  accusedPersonHarmed(tokens, description, victims); // ("man accused of being a 'sorcerer' killed", "2 presumés sorciers battus a mort": accused-person-harmed.ts)
  sitrepTimesCounts(tokens, victims); // ("3x civ abducted", "3x civ incl 1 child abducted": constructions/sitrep-times-counts.ts)
  readTimesCounts(tokens, victims); // ("03 x civils tués", "x2 abducted": constructions/military-police-register.ts)
  ordnanceHandledByChildren(tokens, signals, victims);
  if (hasSexualViolence(signals)) oneRapedByMany(tokens, victims); // ("three men raped her": the men are counted, she is one; one-raped-by-many.ts)
  if (signals.has('kill') || signals.has('attack')) gravesCounted(tokens, victims); // ("3 fresh graves dug for the people cut down": graves-counted.ts) // (children who handled ordnance are its victims: categories/ordnance-children.ts)
  if (victims.killed !== null && killsOnlyAttempted(signalHits, tokens)) victims.killed = null; // (a lynching prevented: categories/harm-attempted.ts)
  seizedThingCount(tokens, signalHits, signals.has('abduct'), victims); // ("HR seized the prosecutor": no one taken, categories/thing-seized.ts)
  treatedWoundedCount(tokens, signalHits, victims); // ("menacé pour avoir soigné un militaire blessé": the patient's wound, categories/treated-wounded.ts)
  if (s.stateTookPeople) victims.abducted = null; // (held by the state, however a reader above counted them: C23)
  // ("8 dead, 2 still missing": the missing beside a toll are no abduction unless a taking is told, missing-beside-dead.ts)
  if (victims.abducted !== null && !takingBeyondMissing(signals.all('abduct'), tokens, victims.killed, signals.has('kill'))) victims.abducted = null;
  if (description.includes('shot') || description.includes('tir') || description.includes('par balle')) shotInLimb(tokens, description, victims); // ("shot a moto driver in the leg", "a blessé par balle 2 civils": shot-in-limb.ts)
  homelessCount(tokens, victims); // ("about 1,000 people lost their homes", "2 000 sinistrés sans abri": homeless-counts.ts)
  if (description.includes('abri')) shelteredCount(tokens, victims); // ("500 civils se sont abrités près de la base": sheltered-count.ts)
  themAgain(tokens, victims); // ("arrested 5 youths and beat them", "les a tabassés": the people counted before, them-again.ts)
  stoppedThenBeaten(tokens, victims); // ("two of their staff were stopped …, beaten and robbed": stopped-then-beaten.ts)
  pronounBeatenCount(tokens, victims); // ("wife raped, him beaten bad", "lui tabassé": pronoun-beaten.ts)
  childSaidTaken(tokens, victims); // (C18: "boy recruited …, parents say he was taken from school": child-said-taken.ts)
  peacekeeperShorthandCounts(tokens, victims); // ("1x PK lightly WIA": peacekeeper-shorthand.ts)
  ageBoundNotCount(tokens, victims); // ("send boys over 15", "garçons de plus de 15 ans": an age, not a count; age-floor.ts)
  moneyNotPeople(tokens, victims, description); // ("1000 FC per moto … threaten to beat": a sum is no count, money-not-people.ts)
  protestCauseUncounted(tokens, signalHits, victims); // ("barricades après la mort du taximan": the protest's cause, categories/protest-cause.ts) // ("1000 FC per moto … threaten to beat": a sum is no count, money-not-people.ts)
  heldDisplacedNotCounted(tokens, victims); // ("PNC holding 7 South Sudanese refugees": who was held, held-displaced.ts)
  bracketBreakdown(tokens, description, victims); // ("8 children (6 boys, 2 girls)": the same children, bracket-breakdown.ts)
  animalsNotHarmedPeople(tokens, victims); // ("ont blessé 1 vache": an animal, categories/animal-harmed.ts)
  armedNotTaken(tokens, signals.has('abduct'), victims); // ("vijana wamechukua mapanga": arming, categories/weapons-taken-up.ts)
  swahiliCountOrders(tokens, victims); // ("wamechapa viboko wafanyabiashara 4", "mtoto mmoja ameumia", "bato pene na 400 bakomi": swahili-count-orders.ts)
  woundNamed(tokens, victims); // ("3 hostages freed, one with a gunshot wound", "trader shot by bandits, gunshot wound": wound-named.ts)
  shotButAlive(tokens, victims); // ("was shot …, he is alive but hit in the leg": one wounded, shot-but-alive.ts)
  rapeVictimSingular(tokens, hasSexualViolence(signals), victims); // ("the victim of the rape reported yesterday": one survivor, rape-victim-singular.ts)
  unpunctuatedPairs(tokens, victims); // ("1 woman killed 2 children injured": each count with its own verb, unpunctuated-pairs.ts)
  listedPeopleHarmed(tokens, description, victims); // ("le chef, sa femme et leur fille tués", "father 45 and son 12 killed": listed-people.ts)
  listedPeopleTaken(tokens, description, victims); // ("le chef, sa femme et leurs trois enfants enlevés": the items summed, listed-people.ts)
  partOfWounded(tokens, victims); // ("2 wounded, one hit in the chest": the one among the 2, part-of-wounded.ts)
  saidBeatenPart(tokens, victims); // ("the 6 abducted have come home, 2 say they were whipped": 2 injured, part-of-wounded.ts)
  parentChildrenCounted(tokens, victims); // ("a woman and her two young daughters wounded": 2 children, categories/parent-with-children.ts)
  onePersonApposed(tokens, victims); // ("Le passager, blessé par balle, est soigné", "le vieux de 70 ans lynché": one-person-apposed.ts)
  partialRelease(tokens, victims); // (C7: "ont relâché 2 des 6 otages", "abducted 2, released one after ransom": the whole, partial-release.ts)
  for (const [key, n] of Object.entries(overrides)) victims[key as VictimKey] = n;
  return { victims, unclear, killedAtLeast: victims.killed === null ? readAtLeast : null };
}

/** Counts that depend on the category decided: children held or out of school who are no victims of it. */
export function countsGivenCategory(category: CategoryId, signals: Signals, victims: Victims, childrenOverridden: boolean): void {
  childrenOnlyHeld(category, signals, victims);
  rapeSpokenOfCounts(category, signals, victims); // (the survivor of the rape a threat is about is not counted again: categories/rape-spoken-of.ts)
  // (a report that closes or denies an incident counts nobody: categories/closed-incidents.ts)
  // ("fausse alerte …, aucune victime": a zero said stays)
  if (category === 'other' && closedIncident(signals)) for (const key of ['killed', 'injured', 'abducted', 'crsvSurvivors', 'childrenAffected'] as const) if ((victims[key] ?? 0) > 0) victims[key] = null;
  if (!childrenOverridden) childrenNotVictims(category, victims);
  causeDeadUncounted(category, signals, victims); // ("following the killing of a soldier, … rounded up": categories/arrests-after-killing.ts)
}

// Follow-ups: the culprit caught counts nobody again; hostages back stay counted as taken (C12); the dead found,
// "the two others", "2 say they were raped" (constructions/everyday-traffic-1.ts).
const BODIES_FOUND = /^(bodies|corps|cadavres|maiti|depouilles)$/;

function readFollowUpHarm(tokens: readonly Token[], victims: Victims, caught: boolean, signals: Signals): void {
  if (caught) for (const key of ['killed', 'injured', 'abducted', 'crsvSurvivors'] as const) victims[key] = null;
  if (victims.killed === null) victims.killed = foundDeadCount(tokens);
  theOthersCounted(tokens, victims);
  fightersOfNamedCounted(tokens, victims);
  zeroNotConfirmed(tokens, victims);
  outOfSchoolNotCounted(tokens, victims);
  harmBeforePeople(tokens, victims, (w) => CHILD_NOUNS.has(w));
  const said = hasSexualViolence(signals) ? sayTheyWereRaped(tokens) : null;
  if (said !== null && (victims.crsvSurvivors === null || said < victims.crsvSurvivors)) victims.crsvSurvivors = said;
  // "3 abducted farmers, update: bodies found": the dead are those taken, no longer held.
  if (victims.killed !== null && victims.killed === victims.abducted && tokens.some((t) => BODIES_FOUND.test(t.norm))) victims.abducted = null;
}

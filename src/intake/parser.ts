import type { Place } from '../config/mission.js';
import { VICTIM_KEYS, type Perpetrator, type Sensitivity, type VictimKey, type Victims } from '../domain/alert.js';
import { decideAlert, type TextFacts } from '../domain/decision.js';
import type { CategoryId, Language, Priority, SourceType } from '../domain/taxonomy.js';
import { findGroupNames, type GroupName } from './groups.js';
import { causeStart } from './causes.js';
import { childVictims, hasSexualViolence, idpSiteAttacked, killingReported, rankCategories, Signals } from './categories.js';
import { UNKNOWN_ACTOR_ID } from './actors.js';
import { intakeContext, type IntakeContext, type IntakeSource } from './context.js';
import { detectLanguage } from './language.js';
import type { PlaceTokenMatch } from './gazetteer.js';
import { guessLocation, locationAround } from './location.js';
import { deniedReport, factionOfKnown, goodsTakenHits, headedCampHits, rumouredEntryHits, statementDenied } from './field-classes8.js';
import { FEARED_ATTACK, ageHits, armedHits, campHits, heldHits, siteHits, peopleMovingHits, unitHits, keywordsTaken, mutedWords, realHits, shotHits } from './signal-hits.js';
import { whereItHappened, withTypos } from './where.js';
import { tokenize, type Token } from './normalize.js';
import { parseCount } from './numbers.js';
import { CHILD_NOUNS } from './keywords.js';
import { ordnanceHandledByChildren } from './ordnance-children-t18.js';
import { categoryValue, priorityValue, sourceValue, yesNoValue } from './override-values.js';
import { findOverrides, removeSpans, type RawOverride } from './overrides.js';
import { mark } from './phrases.js';
import { readUncertainty, type Unsure } from './uncertainty.js';
import { splitPhraseHits } from './split-phrases.js';
import { withKeywordTypos } from './keyword-typos.js';
import { readTollsAndMissing } from './tolls.js';
import { readFollowUpCounts } from './follow-up-counts.js';
import { readVictims } from './victims.js';
import { readImpliedCounts } from './implied-counts.js';
import { quietCategory, quietReport } from './quiet-days.js';
import { withFactions } from './factions.js';
import { withConventionDoers } from './convention-doers.js';
import { oneNameArmedHits, partialReleaseHits } from './classes9-tune11.js';
import { notTheDoer, staffTitle } from './actor-roles12.js';
import { bargainHits, barrierExtortionHits, fledToSite, holdsHits, leftGroupHits, placesWhere12, refusersOnly } from './field-classes12.js';
import { armedAboutHits, bombAsAttack, bombAttackHits, notHappened, numberedSiteHits, sinceHourFleeingHits, sourcesLast, tollHits } from './field-classes9.js';
import { backToTellAnotherHarm, beatenInTheft, childrenSentAway, combatantsOnlyHarmed, namedInFalseClaim, culpritCaught, fightersOfNamedCounted, headedSiteFireHits, householdsMovingHits, occupyingGroupHits, outOfSchoolNotCounted, staffHeldHits, foundDeadCount, harmBeforePeople, negatedHarm, threatOrIncitement, zeroNotConfirmed, sayTheyWereRaped, theOthersCounted } from './field-classes9-tune10.js';
import { arrestPaidOff, deadCity, namedSiteHits, peopleLeavingHits, takenForCareHit } from './hits-tune14.js';
import { readQuickLineCounts } from './counts-tune14.js';
import { marksOfBlowsCount } from './marks-of-blows.js';
import { tiedInTheft } from './tied-in-theft.js';
import { protestOnly } from './protest-only.js';
import { peopleReturned, readReturnees, returnHits } from './returns-c8.js';
import { fightingSinceHits } from './underway-c10.js';
import { withForeignForces } from './foreign-forces-c14.js';
import { bracketedTerritory, withoutAssociationSeats } from './places-tune12c.js';
import { accusedNotCounted, childrenOnlyHeld, displacedHeadCount, forcedMarriageCount, foundRaped } from './counts-tune12c.js';
import { isPerson } from './victim-words.js';
import { brawlAmongThemselves, lawAndOrderOnly, siteNotAttacked, sweepForGoods } from './categories-tune12c.js';
import { cutOneCount, forcedToFlee, peopleCarriedOffHits, slurHits, watchedPresence } from './tune15.js';
import { beatenWasTheDead, childrenNotVictims, freedVictimsCounted, putOutCounted, shotOfWhomSomeDied } from './counts-tune13c.js';
import { displacedWhoSufferedMore, shotThenSomeDied } from './tune16.js';
import { meetingOnly } from './meetings.js';
import { coupleCounted } from './counts-couples.js';
import { oneDiedCounted } from './counts-one-died.js';
import { sidedWith } from './sided-with.js';
import { groupTookPeopleCount, groupTookPeopleHits } from './group-took-people.js';
import { arrivalsAfterAttack, harmInFuture, movedWithoutIncident, oneMoreByOrdinal, readTimesCounts, takenByGroupCount, takenByGroupHits, woundedOfWhomSomeDied } from './field-classes-t19.js';
import { readT17, readT17Counts } from './field-classes-t17.js';
import { arrivedFromUnknown, beatenAndRobbed, blamedEachOther, calmUnderHeading, blameTraded, demandOfAid, domesticOnly, onlyWhereCared, pursuitShotsOnly, forcesOnlyPresent, groupAboutInCalm, labourAsPurpose, labourThenFlight, rumouredAttack, schoolsClosedForCause, rumouredFighting } from './field-classes13c.js';

export interface ParsedReport extends TextFacts {
  /** The reporter's text with only the understood `key:value` overrides removed; nothing else is dropped. */
  description: string;
  category: CategoryId;
  /** True when the category was read from keywords in the text; false when overridden or defaulted to `other`. */
  categoryFromText: boolean;
  subType: string | null;
  place: Place | null;
  /** Words around the place ("Kamango market"), or a place the gazetteer does not know. */
  locationText: string | null;
  perpetrators: Perpetrator[];
  hostState: boolean;
  victims: Victims;
  // What only the text says (under way, sexual violence, a child victim, killings and abductions
  // reported, a lower bound on the dead, an IDP site attacked): TextFacts, read once here and given
  // as they are to the decision by every door (src/alerts/decide.ts textFactsOf).
  priority: Priority;
  priorityOverridden: boolean;
  sensitivity: Sensitivity;
  sourceType: SourceType | null;
  language: Language;
  /** Sexual exploitation or abuse by UN personnel: not a protection alert (conduct and discipline). */
  conductMatter: boolean;
  /** Likely other categories, best first (at most 3); empty when the reading is confident. */
  alternatives: CategoryId[];
  /** What Veille is unsure of: two categories compete, no category found, a count it could not read. */
  unsure: Unsure[];
  warnings: string[];
}

interface Overrides {
  priority?: Priority;
  place?: Place | null;
  placeText?: string;
  category?: { category: CategoryId; subType: string | null };
  perpetrators?: Perpetrator[];
  restricted?: boolean;
  source?: SourceType;
  counts: Partial<Record<VictimKey, number>>;
}

const COUNT_KEYS = new Set<string>(VICTIM_KEYS);

/** Parses a `/alert <text>` quick report. Never throws; an empty text gives an empty `other` report. */
export function parseQuickReport(text: string, context: IntakeContext | IntakeSource): ParsedReport {
  const ctx = intakeContext(context);
  const input = typeof text === 'string' ? text : String(text ?? '');
  const warnings: string[] = [];
  const { overrides, understood } = readOverrides(input, ctx, warnings);
  const description = removeSpans(input, understood);

  const tokens = tokenize(description);
  const taken = new Uint8Array(tokens.length);
  const places = ctx.gazetteer.matchTokens(tokens);
  for (const p of places) mark(taken, p.start, p.end);
  const found = ctx.actors.find(tokens, taken);
  for (const m of found) mark(taken, m.start, m.end);
  const exactHits = ctx.signals.find(tokens, taken);
  const signalHits = withKeywordTypos(exactHits, tokens, taken);
  // (a group named in a claim said false did nothing: field-classes9-tune10.ts)
  // (the group named in a slur on a whole people did nothing: tune15.ts)
  const slur = slurHits(tokens, found.map((m) => m.start));
  const mentions = found.filter((m) => !namedInFalseClaim(tokens, m.start, signalHits) && !slur.named.includes(m.start));
  // "Mvt de 300 pers vers Pinga": the movement word then counts people on the move, not armed men moving.
  const peopleMoving = [...peopleMovingHits(tokens), ...householdsMovingHits(tokens)];
  const moved = (h: { value: { signal: string }; start: number }): boolean => h.value.signal === 'movement' && peopleMoving.some((m) => m.start === h.start);
  // A follow-up: the culprit of an earlier harm caught (field-classes9-tune10.ts). Hostages back who tell of another harm stay
  // counted as abducted (C12): that harm and the abduction are both read, the gravest names the report.
  const caught = culpritCaught(tokens, signalHits);
  const back = backToTellAnotherHarm(tokens, signalHits);
  const followedUp = (h: { value: { signal: string } }): boolean => caught && ['kill', 'sexual', 'injure', 'abduct', 'attack', 'detention'].includes(h.value.signal);
  // Everyday traffic (field-classes12.ts): ransom bargained, held in the present tense, money demanded at barriers (a threat
  // said with it names the report), children out of an armed group.
  const groupNamed = mentions.some((m) => !m.actor.hostState) || signalHits.some((h) => h.value.signal === 'armed');
  const threatSaid = signalHits.some((h) => h.value.signal === 'threat');
  const childSaid = signalHits.some((h) => h.value.signal === 'child');
  const traffic12 = [...bargainHits(tokens), ...holdsHits(tokens, groupNamed), ...(threatSaid ? [] : barrierExtortionHits(tokens)), ...leftGroupHits(tokens, childSaid, (i) => mentions.some((m) => m.start === i))];
  // (a fire of unknown origin that people suspect was set on purpose is no mishap: keywords-tune12c.ts)
  const crimeSuspected = signalHits.some((h) => h.value.subType === 'criminal');
  const returned = returnHits(tokens, (k) => mentions.some((m) => k >= m.start && k < m.end)); // C8 (returns-c8.ts)
  // Counts, places and doers said every way (reports17): hits added and keyword hits read otherwise (field-classes-t17.ts).
  const t17 = readT17(tokens, signalHits, (i) => mentions.some((m) => m.start === i));
  // ("mon fils a été pris par les ADF": field-classes-t19.ts)
  const takenByGroup = takenByGroupHits(tokens, (i) => mentions.some((m) => m.start === i && !m.actor.hostState));
  // ("ADF took 4 charcoal makers", "ont enrôlé 6 enfants": group-took-people.ts)
  const groupTook = groupTookPeopleHits(tokens, (i) => mentions.some((m) => m.end === i && !m.actor.hostState));
  let read = new Signals([...traffic12, ...t17.hits, ...takenByGroup, ...groupTook, ...threatOrIncitement(realHits(crimeSuspected ? signalHits.filter((h) => h.value.signal !== 'natural') : signalHits, tokens).filter((h) => !moved(h) && !statementDenied(h, tokens) && !refusersOnly(h, tokens) && !notHappened(h, tokens) && !bombAsAttack(h, tokens) && !followedUp(h) && !negatedHarm(h, tokens) && !childrenSentAway(h, tokens) && !arrestPaidOff(h, signalHits, tokens) && !deadCity(h, tokens) && !takenForCareHit(h, tokens) && !forcedToFlee(h, signalHits, tokens)), tokens), ...slur.hits, ...peopleCarriedOffHits(signalHits, tokens), ...ageHits(tokens), ...armedHits(mentions, tokens), ...campHits(tokens, places), ...siteHits(tokens, mentions), ...goodsTakenHits(tokens), ...headedCampHits(tokens, places, mentions), ...(deniedReport(signalHits) ? [] : rumouredEntryHits(tokens, FEARED_ATTACK)), ...splitPhraseHits(tokens, mentions.length > 0 || signalHits.some((h) => h.value.signal === 'armed')), ...shotHits(tokens, signalHits), ...heldHits(tokens), ...unitHits(tokens), ...returned, ...peopleMoving, ...partialReleaseHits(tokens), ...oneNameArmedHits(tokens), ...tollHits(tokens), ...sinceHourFleeingHits(tokens, signalHits), ...armedAboutHits(tokens, mentions), ...numberedSiteHits(tokens), ...bombAttackHits(signalHits, tokens), ...occupyingGroupHits(tokens, taken, signalHits), ...headedSiteFireHits(tokens, signalHits), ...staffHeldHits(tokens, signalHits), ...peopleLeavingHits(tokens, places), ...namedSiteHits(tokens, places), ...fightingSinceHits(tokens)].filter((h) => !t17.drop(h) && !fledToSite(h, tokens) && !demandOfAid(h, tokens, signalHits) && !labourAsPurpose(h, tokens, signalHits) && !rumouredFighting(h, tokens, signalHits)), tokens);
  // (a site where gunfire was only heard, or left after an attack named as the cause, is where the displaced are: categories-tune12c.ts)
  if (siteNotAttacked(read)) read = read.retagged((h) => (h.value.signal === 'idpSite' ? 'displace' : null));
  const signals = read;
  const placeHits = withTypos(ctx, tokens, taken, signalHits, places);

  const { victims, unclear, killedAtLeast: readAtLeast } = readVictims(tokens, taken, mutedWords(tokens, signalHits), signalHits.some((h) => h.value.signal === 'sexual'));
  // What the text implies beyond the victim words: survivors of sexual slavery held, "5 cases", a wound
  // described, children counted next to their use; and nobody abducted when people are only detained.
  readImpliedCounts(tokens, signals, signalHits.some((h) => h.value.subType === 'sexual_slavery'), mentions.length > 0 && mentions.every((m) => m.actor.hostState), victims);
  readTollsAndMissing(tokens, taken, victims, signalHits.some((h) => h.value.signal === 'abduct'));
  readFollowUpCounts(tokens, description, taken, victims, signals.has('displace'));
  readFollowUpHarm(tokens, victims, caught, signals);
  freedVictimsCounted(tokens, signals, victims, back);
  readQuickLineCounts(tokens, description, signals, victims);
  displacedHeadCount(tokens, signals, victims);
  forcedMarriageCount(tokens, signals, victims, isPerson, (w) => CHILD_NOUNS.has(w));
  foundRaped(tokens, signals, victims);
  if (victims.crsvSurvivors !== null || victims.killed !== null || victims.injured !== null) accusedNotCounted(tokens, victims);
  victims.injured ??= marksOfBlowsCount(tokens) ?? cutOneCount(signals);
  readReturnees(tokens, returned, victims);
  shotOfWhomSomeDied(tokens, signals, victims);
  shotThenSomeDied(tokens, signalHits.some((h) => h.value.signal === 'kill'), victims); // ("shot 2 civilians, one died": tune16.ts)
  displacedWhoSufferedMore(tokens, victims); // ("8 personnes déplacées ont été arrêtées": tune16.ts)
  putOutCounted(tokens, signals, victims);
  beatenWasTheDead(signals, victims);
  readT17Counts(tokens, t17, victims, hasSexualViolence(signals)); // (field-classes-t17.ts)
  takenByGroupCount(tokens, takenByGroup, victims);
  groupTookPeopleCount(tokens, groupTook, victims);
  oneDiedCounted(tokens, victims); // ("…, he died on the way to hospital": counts-one-died.ts)
  coupleCounted(tokens, signals, victims); // ("un couple de vieillards égorgé": counts-couples.ts)
  woundedOfWhomSomeDied(tokens, victims);
  oneMoreByOrdinal(tokens, victims);
  readTimesCounts(tokens, victims); // ("03 x civils tués", "x2 abducted": field-classes-t19.ts)
  ordnanceHandledByChildren(tokens, signals, victims); // (children who handled ordnance are its victims: ordnance-children-t18.ts)
  for (const [key, n] of Object.entries(overrides.counts)) victims[key as VictimKey] = n;
  const killedAtLeast = victims.killed === null ? readAtLeast : null;

  const ranked = hostagesBackFirst(sweepForGoods(theftFirst(diedInCustody(fightersOnly(schoolsClosedForCause(labourThenFlight(rankCategories(signals, victims), signals, victims), signals, () => causeStart(signals)), tokens), signals), beatenInTheft(tokens, signalHits) || tiedInTheft(tokens, signalHits) || beatenAndRobbed(tokens, signalHits)), signals, victims.abducted), back, killingReported(signals));
  // (a meeting and what it was about: no incident, nobody did anything, meetings.ts)
  const meeting = meetingOnly(tokens, signalHits);
  if (meeting || protestOnly(tokens, signalHits, mentions.some((m) => !m.actor.hostState)) || lawAndOrderOnly(tokens, signalHits) || brawlAmongThemselves(tokens, signalHits)) ranked.unshift({ ...ranked[0]!, category: 'other', subType: null });
  const decided = overrides.category ? null : (ranked[0] ?? null);
  // A quiet day or a rumour denied tells of no new harm (quiet-days.ts).
  const quietRead = overrides.category ? null : quietReport(tokens, signals, victims);
  // ("no incident so far" after armed men on the move: the presence is the report, tune15.ts)
  const quiet = (quietRead === 'calm' && watchedPresence(signals)) || movedWithoutIncident(quietRead, signals, mentions.some((m) => !m.actor.hostState)) ? null : quietRead;
  // (C8: a calm day with people going home is a report of returns, returns-c8.ts)
  const quietAs = quiet ? (quiet === 'calm' && peopleReturned(returned) ? 'displacement' : quietCategory(quiet, signals, victims)) : null;
  // (domestic violence, shots of a pursuit that hit nobody: no conflict incident, field-classes13c.ts)
  const notConflict = !overrides.category && !quietAs && decided !== null && (domesticOnly(signals, decided.category, victims) || pursuitShotsOnly(signals, decided.category, victims));
  const category = overrides.category?.category ?? quietAs ?? (notConflict ? 'other' : decided?.category) ?? 'other';
  childrenOnlyHeld(category, signals, victims);
  const subType = overrides.category ? overrides.category.subType : quietAs || notConflict ? null : (decided?.subType ?? null);
  if (overrides.counts.childrenAffected === undefined) childrenNotVictims(category, victims);

  // (a rumour not yet confirmed keeps who it names: "rumour that M23 will enter the camp tonight, unverified")
  // Who reports, responds, is only rumoured or owns what was burnt did not do it (actor-roles12.ts).
  const blameAt = blameTraded(signalHits, tokens); // (blame traded names no doer: field-classes13c.ts)
  // (the side "anyone who joins" is warned about did nothing: sided-with.ts)
  const doers = mentions.filter((m) => !blamedEachOther(tokens, m.start, blameAt) && !sidedWith(tokens, m.start) && !forcesOnlyPresent(tokens, m.start, m.end, m.actor.hostState === true) && !notTheDoer(tokens, m.start, m.end, m.actor.hostState === true, mentions.some((o) => o.actor !== m.actor)));
  const perpetrators = overrides.perpetrators ?? (meeting || (quiet && !(quiet === 'unconfirmed' && (quietAs === null || quietAs === 'displacement'))) || (deniedReport(signalHits) && !groupAboutInCalm(signalHits, tokens, mentions.map((m) => m.end))) ? [] : null) ?? withForeignForces(withConventionDoers(withFactions(withGroups(doers.map((m) => ctx.actors.perpetrator(m.actor)), findGroupNames(tokens, description, keywordsTaken(taken, signalHits), (name) => ctx.actors.lookup(name) !== null).filter((g) => !staffTitle(g.name) && !blamedEachOther(tokens, g.start, blameAt) && !mentions.some((m) => m.end === g.start && description[tokens[g.start]!.start - 1] !== '/') && !factionOfKnown(tokens, mentions.map((m) => m.end), g.start))), tokens, ctx.actors), tokens, mentions, category, ctx.actors), tokens, description, mentions);
  const calmNow = quiet === 'calm' || quiet === 'denied';
  const said: TextFacts = {
    underway: !calmNow && isUnderway(signals),
    sexualViolenceSignal: hasSexualViolence(signals) || (victims.crsvSurvivors ?? 0) > 0,
    childVictim: signals.has('child') || childVictims(signals, victims),
    killingSignal: !meeting && killingReported(signals) && !(category === 'threat_intimidation' && harmInFuture(signals, victims)),
    abductionSignal: signals.has('abduct'),
    killedAtLeast,
    idpSiteAttacked: !calmNow && idpSiteAttacked(signals) && !(category === 'displacement' && arrivalsAfterAttack(signals, victims)),
  };
  // The one decision every door shares (src/domain/decision.ts): priority, restriction, HRDDP.
  const decision = decideAlert(
    { category, victims, perpetrators, priorityOverride: overrides.priority ?? null, restrictedRequest: overrides.restricted ?? null, ...said },
    { categoryPriority: ctx.categoryPriority, isHostState: (id) => ctx.actors.byId(id)?.hostState === true },
  );
  if (decision.unrestrictRefused) warnings.push('restricted:no ignored: CRSV and child-violation cases are always restricted');

  const { place, locationText } = resolvePlace(overrides, bracketedTerritory(withoutAssociationSeats(calmUnderHeading(sourcesLast(placesWhere12(arrivedFromUnknown(onlyWhereCared(whereItHappened(placeHits, signals), tokens), tokens, category === 'displacement'), tokens, (i) => taken[i] === 1), tokens), tokens, calmNow || deniedReport(signalHits)), tokens, (i) => taken[i] === 1), tokens, description), tokens, description);
  const countUnclear = unclear && Object.keys(overrides.counts).length === 0;
  const uncertainty = overrides.category ? { alternatives: [], unsure: countUnclear ? (['count'] as Unsure[]) : [] } : readUncertainty(ranked, countUnclear);
  return {
    description,
    category,
    categoryFromText: !overrides.category && decided !== null,
    subType,
    place,
    locationText,
    perpetrators,
    hostState: decision.hostState,
    victims,
    ...said,
    priority: decision.priority,
    priorityOverridden: decision.priorityOverridden,
    sensitivity: decision.sensitivity,
    sourceType: overrides.source ?? null,
    language: detectLanguage(tokens, taken),
    conductMatter: isConductMatter(signals, tokens),
    alternatives: uncertainty.alternatives,
    unsure: uncertainty.unsure,
    warnings,
  };
}

// Only fighters, soldiers or police harmed: the clash or the tension named beside them is the report (field-classes9-tune10.ts).
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

// Follow-ups: the culprit caught counts nobody again; hostages back stay counted as taken (C12); the dead found,
// "the two others", "2 say they were raped" (field-classes9-tune10.ts).
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

function readOverrides(text: string, ctx: IntakeContext, warnings: string[]): { overrides: Overrides; understood: RawOverride[] } {
  const overrides: Overrides = { counts: {} };
  const understood: RawOverride[] = [];
  for (const o of findOverrides(text)) {
    const ok = applyOverride(o, ctx, overrides, warnings);
    if (ok) understood.push(o);
  }
  return { overrides, understood };
}

/** True when the override was understood (its token leaves the description); otherwise a warning says why. */
function applyOverride(o: RawOverride, ctx: IntakeContext, out: Overrides, warnings: string[]): boolean {
  const bad = (expected: string): false => {
    warnings.push(`"${o.raw}": ${expected}; kept in the description`);
    return false;
  };
  switch (o.key) {
    case null:
      warnings.push(`Unknown override "${o.raw}" kept in the description`);
      return false;
    case 'priority': {
      const p = priorityValue(o.value);
      if (!p) return bad('priority is critical, high, medium or low (critique, haute, moyenne, basse)');
      out.priority = p;
      return true;
    }
    case 'place': {
      const exact = ctx.gazetteer.lookup(o.value);
      const within = exact ? null : ctx.gazetteer.match(o.value);
      out.place = exact ?? within?.place ?? null;
      if (!exact) out.placeText = o.value;
      if (!out.place) warnings.push(`Place "${o.value}" is not in the gazetteer; kept as the location text`);
      return true;
    }
    case 'category': {
      const c = categoryValue(o.value, ctx);
      if (!c) return bad('not a category (e.g. attack_on_civilians, abduction, crsv, child_violation)');
      out.category = c;
      return true;
    }
    case 'perp': {
      const list = ctx.actors.fromOverride(o.value);
      if (list.length === 0) return bad('no perpetrator given');
      out.perpetrators = dedupe([...(out.perpetrators ?? []), ...list]);
      return true;
    }
    case 'restricted': {
      const r = yesNoValue(o.value);
      if (r === null) return bad('restricted is yes or no (oui, non)');
      out.restricted = r;
      return true;
    }
    case 'source': {
      const s = sourceValue(o.value);
      if (!s) return bad('source is community_alert_network (can), patrol, unpol, human_rights_monitoring (hr), humanitarian_partner, media or other');
      out.source = s;
      return true;
    }
    default: {
      const n = COUNT_KEYS.has(o.key) ? parseCount(tokenize(o.value)) : null;
      if (n === null) return bad('a count is a number such as 4 or four');
      out.counts[o.key] = n;
      return true;
    }
  }
}

function resolvePlace(
  overrides: Overrides,
  places: readonly PlaceTokenMatch[],
  tokens: readonly Token[],
  description: string,
): { place: Place | null; locationText: string | null } {
  const best = places[0];
  const around = best ? locationAround(description, tokens, best.start, best.end) : null;
  if (overrides.place !== undefined) {
    if (overrides.placeText) return { place: overrides.place, locationText: overrides.placeText };
    return { place: overrides.place, locationText: best && best.place.id === overrides.place?.id ? around : null };
  }
  if (best) return { place: best.place, locationText: around };
  return { place: null, locationText: guessLocation(description) };
}

// Under way only when something violent is: "enquête en cours" or "tension en cours" is not an attack.
function isUnderway(s: Signals): boolean {
  // C10: fighting said to go on since a time, nothing said of its end (underway-c10.ts).
  if (s.all('underway').some((u) => u.value.subType === 'fighting_since')) return true;
  // "menace d'attaque imminente", "ADF planning to strike Totolito tonight": an attack expected within hours.
  if (s.all('threat').some((h) => h.value.subType === 'threat_of_attack' && !rumouredAttack(s, h)) && (s.has('soon') || s.has('underway'))) return true;
  const violent = (['kill', 'injure', 'attack', 'fighting', 'abduct', 'sexual', 'explosive', 'loot'] as const).some((x) => s.has(x));
  if (!violent) return false;
  // "treatment of the wounded ongoing", "evacuation of wounded in progress": care or a response goes on, not the attack.
  const inquiries = [...s.all('inquiry'), ...s.all('response')];
  const sameClause = (a: number, b: number): boolean => !s.tokens.slice(a + 1, b + 1).some((t) => t.breakBefore);
  return s.all('underway').some((u) => !inquiries.some((q) => (q.end <= u.start && u.start - q.end <= 3 && sameClause(q.start, u.start)) || (q.start >= u.end && q.start - u.end <= 2)));
}

// SEA by UN personnel: an SEA term with any UN reference, or sexual violence by UN personnel.
function isConductMatter(s: Signals, tokens: readonly Token[]): boolean {
  // "un CB", "des CB": casque(s) bleu(s) in capitals
  const un = s.has('unPersonnel') || s.has('peacekeeper') || tokens.some((t) => t.text === 'CB' || t.text === 'CBs');
  const seaAcronym = tokens.some((t) => t.text === 'SEA' || t.text === 'EAS');
  if ((s.has('sea') || seaAcronym) && un) return true;
  if (!s.has('sexual')) return false;
  return s.all('unPersonnel').some((p) => {
    const by = tokens.slice(Math.max(0, p.start - 3), p.start).some((t) => ['by', 'par', 'from'].includes(t.norm));
    // "Peacekeepers escorted a rape survivor": who helped a survivor did not abuse her.
    const subject = s.all('sexual').some((x) => x.start >= p.end && x.start - p.end <= 3 && !s.all('response').some((r) => r.start >= p.end && r.end <= x.start));
    return by || subject;
  });
}

// Groups the actor list does not know, named as groups in the text, are perpetrators in free text; a
// named group says more than "unknown". A name right after a known actor is its faction ("Mai-Mai Yakutumba", "FDLR-FOCA").
function withGroups(known: Perpetrator[], groups: readonly GroupName[]): Perpetrator[] {
  if (groups.length === 0) return dedupe(known);
  const named = known.filter((p) => p.actorId !== UNKNOWN_ACTOR_ID);
  return dedupe([...named, ...groups.map((g) => ({ actorId: null, name: g.name }))]);
}

function dedupe(list: Perpetrator[]): Perpetrator[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = p.actorId ?? `name:${p.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

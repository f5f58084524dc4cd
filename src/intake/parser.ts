import { rapeThreatened } from './categories/rape-threatened.js';
import type { Place } from '../config/mission.js';
import type { Perpetrator, Sensitivity, Victims } from '../domain/alert.js';
import { decideAlert, type TextFacts } from '../domain/decision.js';
import type { CategoryId, Language, Priority, SourceType } from '../domain/taxonomy.js';
import { childVictims, hasSexualViolence, idpSiteAttacked, killingReported } from './categories/categories.js';
import { intakeContext, type IntakeContext, type IntakeSource } from './context.js';
import { decideCategory } from './categories/decide-category.js';
import { namedInFalseClaim } from './constructions/everyday-traffic-1.js';
import { arrivalsAfterAttack, harmInFuture } from './constructions/military-police-register.js';
import { withKeywordTypos } from './categories/keyword-typos.js';
import { detectLanguage } from './language.js';
import { tokenize } from './normalize.js';
import { removeSpans } from './overrides.js';
import { mark } from './phrases.js';
import { countsGivenCategory, readCounts } from './victims/read-counts.js';
import { readDoers } from './doers/read-doers.js';
import { readPlace } from './places/read-place.js';
import { readSignals } from './categories/read-signals.js';
import type { Reading } from './reading.js';
import { readOverrides } from './report-overrides.js';
import { isConductMatter, isUnderway } from './text-facts.js';
import { killingOnlyReferred } from './categories/referred-harm.js';
import { slurHits } from './categories/slurs-and-carried-off.js';
import { lexiconReading } from './categories/lexicon.js';
import { occasionNamed } from './categories/occasions.js';
import { readUncertainty, type Unsure } from './uncertainty.js';
import { withTypos } from './places/where.js';
import { stateHeldNotAbducted, stateHolders } from './categories/state-held-for-money.js';
import { fledCount } from './categories/labour-flight-and-custody.js';

export interface ParsedReport extends TextFacts {
  /** The reporter's text with only the understood `key:value` overrides removed; nothing else is dropped. */
  description: string;
  category: CategoryId;
  /** True when the category was read from keywords in the text; false when overridden or defaulted to `other`. */
  categoryFromText: boolean;
  /**
   * The rules found no category and the learned lexicon (categories/lexicon.ts) was asked: it set the category ('set',
   * confidence low: the alternatives stay offered) or only offered its guesses ('offered'); null when not asked.
   */
  categoryGuess: 'set' | 'offered' | null;
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

/**
 * Parses a `/alert <text>` quick report. Never throws; an empty text gives an empty `other` report.
 * One pass finds places, actors and keywords; then each stage reads the report in turn: signals in
 * context (categories/read-signals.ts), counts (victims/read-counts.ts), the category (categories/decide-category.ts), the doers
 * (doers/read-doers.ts) and the place (places/read-place.ts); the one decision every door shares (src/domain/decision.ts)
 * gives priority, restriction and the HRDDP flag.
 */
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
  const signalHits = withKeywordTypos(ctx.signals.find(tokens, taken), tokens, taken);
  // (a group named in a claim said false did nothing: constructions/everyday-traffic-1.ts; nor did the group named in a slur on a whole people: categories/slurs-and-carried-off.ts)
  const slur = slurHits(tokens, found.map((m) => m.start));
  const mentions = found.filter((m) => !namedInFalseClaim(tokens, m.start, signalHits) && !slur.named.includes(m.start));
  const reading: Reading = { ctx, description, tokens, taken, places, mentions, signalHits };

  const read = readSignals(reading, slur.hits);
  const { signals } = read;
  const placeHits = withTypos(ctx, tokens, taken, signalHits, places);
  const { victims, unclear, killedAtLeast } = readCounts(reading, read, overrides.counts);

  const decided = overrides.category ? null : decideCategory(reading, read, victims);
  const category = overrides.category?.category ?? decided!.category;
  const subType = overrides.category ? overrides.category.subType : decided!.subType;
  const quiet = decided?.quiet ?? null;
  countsGivenCategory(category, signals, victims, overrides.counts.childrenAffected !== undefined);
  if (overrides.counts.abducted === undefined) stateHeldNotAbducted(category, decided?.stateHeld ?? false, victims);
  if (decided?.fledLabour && victims.displaced === null && overrides.counts.displaced === undefined) victims.displaced = fledCount(signals, tokens);
  let perpetrators = overrides.perpetrators ?? readDoers(reading, category, quiet, decided?.quietAs ?? null, decided?.meeting ?? false);
  // (people held by the state until they pay: the force or service that held them, categories/state-held-for-money.ts)
  if (!overrides.perpetrators && perpetrators.length === 0 && decided?.stateHeld) perpetrators = stateHolders(tokens, (id) => { const a = ctx.actors.byId(id); return a ? ctx.actors.perpetrator(a) : null; });

  const calmNow = quiet === 'calm' || quiet === 'denied';
  const said: TextFacts = {
    underway: !calmNow && isUnderway(signals),
    // (fail closed: a rape threatened is still a sexual-violence term, DESIGN "One decision" and C17; not rapes denounced)
    sexualViolenceSignal: hasSexualViolence(signals) || (victims.crsvSurvivors ?? 0) > 0 || (category === 'threat_intimidation' && rapeThreatened(tokens, signalHits)) || signalHits.some((h) => h.value.signal === 'sexual'),
    childVictim: signals.has('child') || childVictims(signals, victims),
    killingSignal: !calmNow && !decided?.meeting && killingReported(signals) && !(category === 'threat_intimidation' && harmInFuture(signals, victims)) && !killingOnlyReferred(signals, category),
    abductionSignal: !calmNow && signals.has('abduct') && !decided?.stateHeld && !decided?.fledLabour, // (held by the state until they pay: no taking, state-held-for-money.ts)
    killedAtLeast,
    idpSiteAttacked: !calmNow && idpSiteAttacked(signals) && !(category === 'displacement' && arrivalsAfterAttack(signals, victims)),
  };
  // The rules found no category at all: the learned lexicon guesses (categories/lexicon.ts), never against a reading of
  // the rules; counts, places and doers stay read with the rules' category, the guess only names the alert.
  const guess = decided && !decided.fromSignals && decided.quietAs === null && !read.absenceSaid && ctx.lexicon ? lexiconReading(ctx.lexicon, tokens, !occasionNamed(tokens)) : null;
  const named = guess?.category ?? category;
  // The one decision every door shares (src/domain/decision.ts): priority, restriction, HRDDP.
  const decision = decideAlert(
    { category: named, victims, perpetrators, priorityOverride: overrides.priority ?? null, restrictedRequest: overrides.restricted ?? null, ...said },
    { categoryPriority: ctx.categoryPriority, isHostState: (id) => ctx.actors.byId(id)?.hostState === true },
  );
  if (decision.unrestrictRefused) warnings.push('restricted:no ignored: CRSV and child-violation cases are always restricted');

  const { place, locationText } = readPlace(reading, placeHits, signals, category, calmNow, overrides);
  const countUnclear = unclear && Object.keys(overrides.counts).length === 0;
  const uncertainty = decided ? readUncertainty(decided.ranked, countUnclear, guess) : { alternatives: [], unsure: countUnclear ? (['count'] as Unsure[]) : [] };
  return {
    description,
    category: named,
    categoryFromText: decided?.fromSignals ?? false,
    categoryGuess: guess === null ? null : guess.category ? 'set' : 'offered',
    subType: guess?.category ? null : subType,
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
    // (never the category already chosen: a group's presence or a learned guess may name one of them)
    alternatives: uncertainty.alternatives.filter((c) => c !== named),
    unsure: uncertainty.unsure,
    warnings,
  };
}

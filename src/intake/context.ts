import type { Actor, Place } from '../config/mission.js';
import type { CategoryPriorityFloor } from '../domain/priority.js';
import { createActorIndex, type ActorIndex } from './doers/actors.js';
import { createSignalIndex, type SignalValue } from './categories/categories.js';
import { createGazetteer, type Gazetteer } from './places/gazetteer.js';
import { prepareLexicon, type Lexicon, type LexiconModel } from './categories/lexicon.js';
import committedLexicon from './categories/lexicon-model.json' with { type: 'json' };
import type { PhraseIndex } from './phrases.js';
import { createTypoIndex, type TypoIndex } from './places/place-typos.js';

/** What the parser needs from the mission: places (or a built gazetteer), actors, priority floors. */
export interface IntakeSource {
  places: readonly Place[] | Gazetteer;
  actors?: readonly Actor[];
  categoryPriority?: CategoryPriorityFloor;
  /** The learned category fallback: the committed model when absent, none when null (cross-validation trains its own). */
  lexicon?: LexiconModel | null;
}

/** The intake tables, built once at start-up and shared by every report. */
export interface IntakeContext {
  readonly kind: 'intake-context';
  readonly gazetteer: Gazetteer;
  readonly actors: ActorIndex;
  readonly categoryPriority: CategoryPriorityFloor;
  /** Place names with a letter wrong ("Kasindii"), for the parser. */
  readonly placeTypos: TypoIndex;
  /** @internal the keyword index */
  readonly signals: PhraseIndex<SignalValue>;
  /** The learned fallback asked when the rules find no category (categories/lexicon.ts); null when turned off. */
  readonly lexicon: Lexicon | null;
}

// The keyword index does not depend on the mission: one for the process.
let signalIndex: PhraseIndex<SignalValue> | null = null;
// Nor does the committed lexicon: prepared once.
let committed: Lexicon | null = null;
// Callers that pass a mission-like object each time still build its indexes only once.
const built = new WeakMap<object, IntakeContext>();

export function createIntakeContext(source: IntakeSource): IntakeContext {
  const gazetteer = isGazetteer(source.places) ? source.places : createGazetteer(source.places);
  signalIndex ??= createSignalIndex();
  return {
    kind: 'intake-context',
    gazetteer,
    actors: createActorIndex(source.actors ?? []),
    categoryPriority: source.categoryPriority ?? {},
    placeTypos: createTypoIndex(gazetteer.places),
    signals: signalIndex,
    lexicon: source.lexicon === null ? null : source.lexicon ? prepareLexicon(source.lexicon) : (committed ??= prepareLexicon(committedLexicon as unknown as LexiconModel)),
  };
}

export function intakeContext(ctx: IntakeContext | IntakeSource): IntakeContext {
  if (isContext(ctx)) return ctx;
  const cached = built.get(ctx);
  if (cached) return cached;
  const context = createIntakeContext(ctx);
  built.set(ctx, context);
  return context;
}

function isContext(ctx: IntakeContext | IntakeSource): ctx is IntakeContext {
  return (ctx as IntakeContext).kind === 'intake-context';
}

function isGazetteer(places: readonly Place[] | Gazetteer): places is Gazetteer {
  return !Array.isArray(places) && typeof (places as Gazetteer).match === 'function';
}

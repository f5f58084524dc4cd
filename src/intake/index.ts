/** The quick-report parser and the gazetteer: pure (no Slack, no SQL). */
export { parseQuickReport, type ParsedReport } from './parser.js';
export { createIntakeContext, type IntakeContext, type IntakeSource } from './context.js';
export { createGazetteer, type Gazetteer, type PlaceMatch, type PlaceTokenMatch } from './gazetteer.js';
export { createActorIndex, UNKNOWN_ACTOR_ID, type ActorIndex, type ActorMention } from './actors.js';
export { normalize, phraseKey, tokenize, words, type Token } from './normalize.js';
export { parseCount, readNumber, type NumberRead } from './numbers.js';
export { detectLanguage } from './language.js';
export { perpetratorsFromList } from './perpetrator-list.js';

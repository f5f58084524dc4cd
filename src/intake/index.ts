/** The quick-report parser and the gazetteer: pure (no Slack, no SQL). */
export { parseQuickReport, type ParsedReport } from './parser.js';
export { createIntakeContext, type IntakeContext } from './context.js';
export { createGazetteer, type Gazetteer } from './places/gazetteer.js';
export { normalize, phraseKey, tokenize } from './normalize.js';
export { parseCount, readNumber } from './numbers.js';
export { detectLanguage } from './language.js';
export { perpetratorsFromList } from './doers/perpetrator-list.js';

import type { Language } from '../../domain/taxonomy.js';
import { en, type Catalog } from './en.js';
import { fr } from './fr.js';

/**
 * The message catalogs, one per language. `t(language)` is the only way in: add a language by
 * adding its catalog here (typed `Catalog`, so the compiler lists every key it still lacks) and
 * its code to `Language` in src/domain/taxonomy.ts.
 */
export const CATALOGS: Record<Language, Catalog> = { en, fr };

export function t(language: Language): Catalog {
  return CATALOGS[language];
}

export type { Catalog, HelpTopic } from './en.js';
export { HELP_TOPICS } from './en.js';
export { formatDuration, formatTime } from '../format/index.js';

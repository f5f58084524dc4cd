import type { Language } from './taxonomy.js';

/**
 * Counts as each language writes them in running text. Moments and spans of time are written by
 * src/slack/format (24-hour, the zone named), the one place for them.
 */

const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "1,000" / "1 000": counts in running text. */
export function formatCount(n: number, language: Language = 'en'): string {
  return n.toLocaleString(LOCALE[language]).replace(/\u202f|\u00a0/g, ' ');
}

import type { Language } from '../../domain/taxonomy.js';

/**
 * The one way Veille writes a moment, in every message, modal and page: 24-hour, in a named zone,
 * in the reader's language. "22 Nov 2026, 09:14 (Kinshasa)" / "22 nov. 2026, 09:14 (Kinshasa)";
 * `short` leaves out the year and names the weekday (message headers, the clock):
 * "Sun 22 Nov, 09:14 (Kinshasa)" / "dim. 22 nov., 09:14 (Kinshasa)".
 */

const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string, short: boolean): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${short}`;
  let format = formatters.get(key);
  if (!format) {
    const date = short ? ({ weekday: 'short', day: 'numeric', month: 'short' } as const) : ({ day: 'numeric', month: 'short', year: 'numeric' } as const);
    format = new Intl.DateTimeFormat(LOCALE[language], { timeZone, ...date, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, format);
  }
  return format;
}

/** The zone's city, as people name it: "Africa/Kinshasa" → "Kinshasa". */
export function zoneName(timeZone: string): string {
  return timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone;
}

export function formatTime(ms: number, timeZone: string, language: Language = 'en', options: { short?: boolean } = {}): string {
  const short = options.short === true;
  // Assembled from parts: engines differ on the literals between date and time ("à", ",", " ").
  const parts = Object.fromEntries(formatter(language, timeZone, short).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const date = short ? `${parts.weekday} ${parts.day} ${parts.month}` : `${parts.day} ${parts.month} ${parts.year}`;
  return `${date}, ${parts.hour}:${parts.minute} (${zoneName(timeZone)})`;
}

/** A day, as a digest is dated: "Sun 22 Nov 2026" / "dim. 22 nov. 2026". */
export function formatDay(ms: number, timeZone: string, language: Language = 'en'): string {
  const key = `${language}|${timeZone}|day`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
    formatters.set(key, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

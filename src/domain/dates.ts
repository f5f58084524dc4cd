import type { Language } from './taxonomy.js';

/**
 * Dates, times and durations as each language writes them: 24-hour, the zone named after the time.
 * "22 Nov 2026, 09:14 (Kinshasa)" / "1 déc. 2026, 22:47 (Kinshasa)". The one helper every message uses.
 */

const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[language], { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, format);
  }
  return format;
}

/** The zone's city, as people name it: "Africa/Kinshasa" → "Kinshasa". */
export function zoneName(timeZone: string): string {
  return timeZone.split('/').pop()?.replace(/_/g, ' ') ?? timeZone;
}

export function formatDateTime(ms: number, timeZone: string, language: Language = 'en'): string {
  // Assembled from parts: engines differ on the literal between date and time ("à", ",", " ").
  const parts = Object.fromEntries(formatter(language, timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} (${zoneName(timeZone)})`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DAY_UNIT: Record<Language, string> = { en: 'd', fr: 'j' };

/** "45 min", "2 h 5 min", "1 d 3 h" / "1 j 3 h", "30 s". */
export function formatDuration(ms: number, language: Language = 'en'): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.max(0, Math.round(abs / 1000))} s`;
  const d = DAY_UNIT[language];
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} ${d} ${hours} h` : `${days} ${d}`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** "1,000" / "1 000": counts in running text. */
export function formatCount(n: number, language: Language = 'en'): string {
  return n.toLocaleString(LOCALE[language]).replace(/\u202f|\u00a0/g, ' ');
}

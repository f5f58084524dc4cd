import { localParts, utcToLocal } from '../domain/local-time.js';

/** Retention rules, pure: what a redaction keeps and what it removes. */

export const REDACTED = '[redacted: retention period passed]';

/** Keys under which events carry free text (update notes, task texts, outcomes, comments). */
const FREE_TEXT_KEYS = new Set(['text', 'note', 'outcome', 'comment', 'description', 'summary', 'reason_text', 'closureNote', 'sourceDetail', 'locationText']);

/** An event's data with its free text removed; ids, counts, statuses and times stay. */
export function redactEventData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (FREE_TEXT_KEYS.has(key) && typeof value === 'string') out[key] = REDACTED;
    else if (value && typeof value === 'object' && !Array.isArray(value)) out[key] = redactEventData(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

/** Perpetrators: known actors stay (they are organisations, not people); free-text names go. */
export function redactPerpetrators(perpetrators: Array<{ actorId: string | null; name: string }>): Array<{ actorId: string | null; name: string }> {
  return perpetrators.map((p) => (p.actorId ? p : { actorId: null, name: '[redacted]' }));
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): string {
  return utcToLocal(ms, timeZone).date;
}

/** The local hour (0–23) of an instant in a time zone. */
export function localHour(ms: number, timeZone: string): number {
  return localParts(ms, timeZone).hour;
}

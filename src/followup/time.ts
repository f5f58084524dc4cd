/**
 * Wall-clock times in a section's zone, and due times as people type them. Pure. Times are stored as
 * UTC milliseconds; a local date and time is converted once, with the zone it was entered in.
 */

import { localToUtc, utcToLocal } from '../domain/local-time.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export { localToUtc, utcToLocal } from '../domain/local-time.js';

/**
 * `6h`, `30m`, `2d`, `tomorrow`/`demain` (08:00 local), `2026-11-25` (17:00 local), `2026-11-25T14:00`.
 * Local means the zone given (the section's). Null when not understood; a past time is refused by the caller.
 */
export function parseDue(text: string, now: number, zone: string): number | null {
  const value = text.trim().toLowerCase();
  const relative = /^(\d{1,4})\s*(m|min|h|d|j)$/.exec(value);
  if (relative) {
    const n = Number(relative[1]);
    const unit = relative[2] === 'm' || relative[2] === 'min' ? MINUTE : relative[2] === 'h' ? HOUR : DAY;
    return n > 0 ? now + n * unit : null;
  }
  if (value === 'tomorrow' || value === 'demain') {
    const today = utcToLocal(now, zone).date;
    const next = new Date(Date.parse(`${today}T12:00:00Z`) + DAY).toISOString().slice(0, 10);
    return localToUtc(next, '08:00', zone);
  }
  const day = /^(\d{4}-\d{2}-\d{2})(?:t(\d{2}:\d{2}))?$/.exec(value);
  if (day) return localToUtc(day[1]!, day[2] ?? '17:00', zone);
  return null;
}

export function sectionZone(section: { digest: { timeZone?: string | undefined } } | null | undefined, missionZone: string): string {
  return section?.digest.timeZone ?? missionZone;
}

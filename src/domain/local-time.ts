/**
 * Wall-clock time in a time zone, the one place Veille turns UTC instants into local dates and hours
 * and back. Pure. Times are stored as UTC milliseconds; sections sit in different zones (Kinshasa
 * UTC+1, Goma and Bunia UTC+2), so "tomorrow 08:00" and "07:00 digest" are local to a zone.
 */

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

export function localParts(ms: number, zone: string): LocalParts {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formats.set(zone, format);
  }
  const out: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour!, minute: out.minute!, second: out.second! };
}

/** How far the zone's wall clock is ahead of UTC at that instant (Kinshasa +1 h, Lubumbashi +2 h). */
export function zoneOffsetMs(ms: number, zone: string): number {
  const p = localParts(ms, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/** A wall-clock moment in a zone → the UTC instant (checked twice around daylight-saving changes). */
export function wallToUtc(year: number, month: number, day: number, hour: number, minute: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - zoneOffsetMs(wall, zone);
  return wall - zoneOffsetMs(guess, zone);
}

/** `2026-11-23` + `01:10` in Africa/Lubumbashi → the UTC instant. Null when the text is no date or time. */
export function localToUtc(date: string, time: string, zone: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !t) return null;
  const result = wallToUtc(Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]), zone);
  return Number.isNaN(result) ? null : result;
}

/** The instant as the zone's wall clock: `{ date: '2026-11-23', time: '01:10' }`. */
export function utcToLocal(ms: number, zone: string): { date: string; time: string } {
  const p = localParts(ms, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** The first moment strictly after `now` when the wall clock in `zone` reads hour:minute. */
export function nextLocalTime(now: number, zone: string, hour: number, minute = 0): number {
  const today = localParts(now, zone);
  for (let day = 0; day <= 2; day += 1) {
    const candidate = wallToUtc(today.year, today.month, today.day + day, hour, minute, zone);
    if (candidate > now) return candidate;
  }
  throw new Error(`no ${hour}:${minute} after ${new Date(now).toISOString()} in ${zone}`);
}

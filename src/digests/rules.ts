import { localToUtc, utcToLocal } from '../followup/time.js';
import type { Place } from '../config/mission.js';
import type { PlaceFigure, Rate } from './types.js';

/**
 * The digest's rules as pure functions: time windows in a section's local day, hotspots, quiet
 * places, the response rate, the trend line. No SQL, no Slack: tested as plain functions.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Hotspot: at least this many alerts in the last 7 days… */
export const HOTSPOT_MIN = 3;
/** …and at least this many times the place's usual 7-day count. */
export const HOTSPOT_FACTOR = 2;
/** A place "usually reports" when it had at least this many alerts in the 28 days before the last 7 (about one a week). */
const QUIET_MIN_PRIOR = 4;
export const TREND_DAYS = 14;

export interface Due {
  /** The local date the digest is for, YYYY-MM-DD in its zone. */
  localDate: string;
  /** The local digest time on that date, as a UTC instant. */
  dueAt: number;
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * The most recent digest that has fallen due at `now`: today's once the local time has passed the
 * digest time, else yesterday's. Only the latest counts: after days of downtime one digest is
 * posted, not a burst.
 */
export function latestDue(now: number, time: string, zone: string): Due {
  const today = utcToLocal(now, zone).date;
  const dueToday = localToUtc(today, time, zone);
  if (dueToday === null) throw new Error(`not a digest time: ${time}`);
  if (dueToday <= now) return { localDate: today, dueAt: dueToday };
  const yesterday = shiftDate(today, -1);
  return { localDate: yesterday, dueAt: localToUtc(yesterday, time, zone)! };
}

/** The 24 hours a digest covers, ending at its due time (or at "now" for one asked for by hand). */
export function dayWindow(end: number): { start: number; end: number } {
  return { start: end - DAY, end };
}

export interface PlaceCount {
  placeId: string;
  /** Alerts in [end − 7 d, end). */
  last7: number;
  /** Alerts in [end − 35 d, end − 7 d): the 28 days before, so a surge does not raise its own baseline. */
  prior28: number;
}

function figure(count: PlaceCount, places: ReadonlyMap<string, Place>): PlaceFigure {
  const place = places.get(count.placeId);
  return {
    placeId: count.placeId,
    name: place?.name ?? count.placeId,
    territory: place?.territory ?? '',
    last7: count.last7,
    prior28: count.prior28,
    expected7: expectedWeek(count.prior28),
  };
}

/**
 * The baseline. A place's usual daily rate is its count over the 28 days BEFORE the last 7, divided
 * by 28; its expected 7-day count is that rate × 7, i.e. prior28 / 4. A place with no history has an
 * expected count of 0, so three alerts where there were none make a hotspot.
 */
export function expectedWeek(prior28: number): number {
  return (prior28 / 28) * 7;
}

/** Hotspots: last7 ≥ 3 and last7 ≥ 2 × expected7. The sharpest rise first. */
export function hotspots(counts: readonly PlaceCount[], places: ReadonlyMap<string, Place>): PlaceFigure[] {
  return counts
    .filter((c) => c.last7 >= HOTSPOT_MIN && c.last7 >= HOTSPOT_FACTOR * expectedWeek(c.prior28))
    .map((c) => figure(c, places))
    .sort((a, b) => b.last7 - b.expected7 - (a.last7 - a.expected7) || b.last7 - a.last7 || a.name.localeCompare(b.name));
}

/**
 * Quiet places: at least 4 alerts in the 28 days before the last 7, and none in the last 7.
 * Silence can mean coercion, not calm: the digest says so.
 */
export function quietPlaces(counts: readonly PlaceCount[], places: ReadonlyMap<string, Place>): PlaceFigure[] {
  return counts
    .filter((c) => c.prior28 >= QUIET_MIN_PRIOR && c.last7 === 0)
    .map((c) => figure(c, places))
    .sort((a, b) => b.prior28 - a.prior28 || a.name.localeCompare(b.name));
}

/** 80 for 8 of 10; null when nothing can be judged yet. */
export function ratePercent(rate: Rate): number | null {
  return rate.judged === 0 ? null : Math.round((100 * rate.inTime) / rate.judged);
}

const BARS = '▁▂▃▄▅▆▇█';

/** ▁ is a day with none; any alert at all shows at least ▂; the busiest day is █. */
export function sparkline(counts: readonly number[]): string {
  const max = Math.max(0, ...counts);
  return counts.map((c) => (c <= 0 || max === 0 ? BARS[0] : BARS[1 + Math.round((c / max) * 6)])).join('');
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** The territory of alerts without a place, in the figures (the API shows it as is; Slack says it in the reader's language). */
export const PLACE_NOT_GIVEN = 'place not given';

/** Counts by territory, the largest first; alerts without a place are PLACE_NOT_GIVEN. */
export function byTerritory(territories: ReadonlyArray<string | null>): Array<{ territory: string; count: number }> {
  const counts = new Map<string, number>();
  for (const t of territories) counts.set(t ?? PLACE_NOT_GIVEN, (counts.get(t ?? PLACE_NOT_GIVEN) ?? 0) + 1);
  return [...counts].map(([territory, count]) => ({ territory, count })).sort((a, b) => b.count - a.count || a.territory.localeCompare(b.territory));
}

/** The trend: index 0 is 13 days before the digest's own 24 h, index 13 is its own 24 h. */
export function trendFrom(daysAgo: ReadonlyArray<{ daysAgo: number; count: number }>, days = TREND_DAYS): number[] {
  const out = new Array<number>(days).fill(0);
  for (const d of daysAgo) if (d.daysAgo >= 0 && d.daysAgo < days) out[days - 1 - d.daysAgo]! += d.count;
  return out;
}

import type { Mission, Place } from '../config/mission.js';
import { utcToLocal } from '../domain/local-time.js';
import { PRIORITIES, type Priority } from '../domain/taxonomy.js';
import type { Db } from '../store/db.js';
import { territoryOf } from './compute.js';
import { DAY, HOTSPOT_FACTOR, HOTSPOT_MIN, TREND_DAYS } from './rules.js';
import type { DigestPayload } from './types.js';

/**
 * The figures of a digest's chart, as plain JSON frozen in the outbox like the digest's own: the
 * last 14 days of new alerts by priority, and the territories of the last 7 days against their
 * usual week (the 28 days before, ÷ 4). Counts by day, priority and territory only: no reference,
 * no locality, nothing typed by anyone — so a restricted alert in a non-restricted channel is a
 * count here, as in the text, and never placed finer than its territory. No Slack, no rendering.
 */

interface ChartDay {
  /** The local date the 24 hours mostly fall on, "2026-11-21": the chart writes it in its reader's language. */
  date: string;
  counts: Record<Priority, number>;
}

interface ChartTerritory {
  territory: string;
  last7: number;
  /** The usual 7-day count: (alerts in the 28 days before) ÷ 28 × 7. */
  expected7: number;
  hotspot: boolean;
}

export interface DigestChart {
  /** Whose digest: the section's name (in the config's first language), or the mission's for leadership. */
  title: string;
  /** The section, so the chart names it in its channel's language; absent for leadership. */
  sectionId?: string;
  /** Oldest first; the last is the digest's own 24 hours. */
  days: ChartDay[];
  /** The busiest territories of the week (and those usually busy), at most MAX_TERRITORIES. */
  territories: ChartTerritory[];
  /** Territories left out of the chart for room. */
  moreTerritories: number;
}

export const MAX_TERRITORIES = 10;
const WINDOW_DAYS = 35;

export interface ChartRow {
  /** Whole days before the digest's end (0 = its own 24 hours), up to 34. */
  daysAgo: number;
  priority: Priority;
  placeId: string | null;
  count: number;
}

/**
 * The digest's alerts of the 35 days before its end, counted by day, priority and place, in one
 * range read: the section's routes from the (section, alert) index starting at the first alert of
 * the window (one seek: ids follow creation — only an alert logged before the wall clock was set
 * back could be missed, in a chart), or the alerts' creation-time index for leadership. Withdrawn
 * alerts are not alerts.
 */
function rowsFor(db: Db, digest: DigestPayload): ChartRow[] {
  const params = { from: digest.end - WINDOW_DAYS * DAY, end: digest.end, day: DAY, section: digest.kind === 'section' ? digest.sectionId : null };
  const counted = `SELECT CAST((@end - a.created_at) / @day AS INTEGER) AS daysAgo, a.priority, a.place_id AS placeId, COUNT(*) AS count`;
  const window = "a.created_at >= @from AND a.created_at < @end AND a.closure_reason IS NOT 'withdrawn' GROUP BY 1, 2, 3";
  if (params.section === null) return db.prepare(`${counted} FROM alerts a WHERE ${window}`).all(params) as ChartRow[];
  return db
    .prepare(
      `${counted} FROM alert_sections s JOIN alerts a ON a.id = s.alert_id
        WHERE s.section_id = @section AND s.alert_id >= COALESCE((SELECT id FROM alerts WHERE created_at >= @from ORDER BY created_at LIMIT 1), 0) AND ${window}`,
    )
    .all(params) as ChartRow[];
}

export function chartData(db: Db, mission: Pick<Mission, 'places' | 'name'>, digest: DigestPayload): DigestChart {
  return chartFromRows(rowsFor(db, digest), mission, digest);
}

/** The pure part: rows in, chart figures out. */
export function chartFromRows(rows: readonly ChartRow[], mission: Pick<Mission, 'places' | 'name'>, digest: DigestPayload): DigestChart {
  const places = new Map<string, Place>(mission.places.map((p) => [p.id, p]));
  const days: ChartDay[] = Array.from({ length: TREND_DAYS }, (_, i) => {
    const start = digest.end - (TREND_DAYS - i) * DAY;
    return { date: utcToLocal(start + DAY / 2, digest.timeZone).date, counts: Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number> };
  });
  const byTerritory = new Map<string, { last7: number; prior28: number }>();
  for (const { daysAgo, priority, placeId, count } of rows) {
    if (daysAgo < 0 || daysAgo >= WINDOW_DAYS) continue;
    if (daysAgo < TREND_DAYS) days[TREND_DAYS - 1 - daysAgo]!.counts[priority] += count;
    const territory = territoryOf(placeId ? places.get(placeId) : undefined) ?? 'place not given';
    const t = byTerritory.get(territory) ?? { last7: 0, prior28: 0 };
    if (daysAgo < 7) t.last7 += count;
    else t.prior28 += count;
    byTerritory.set(territory, t);
  }
  const all = [...byTerritory].map(([territory, t]) => {
    const expected7 = Math.round(((t.prior28 * 7) / 28) * 10) / 10;
    return { territory, last7: t.last7, expected7, hotspot: t.last7 >= HOTSPOT_MIN && t.last7 >= HOTSPOT_FACTOR * ((t.prior28 * 7) / 28) };
  });
  all.sort((a, b) => Number(b.hotspot) - Number(a.hotspot) || Math.max(b.last7, b.expected7) - Math.max(a.last7, a.expected7) || a.territory.localeCompare(b.territory));
  const whose = digest.kind === 'section' ? { title: digest.sectionName, sectionId: digest.sectionId } : { title: digest.missionName };
  return { ...whose, days, territories: all.slice(0, MAX_TERRITORIES), moreTerritories: Math.max(0, all.length - MAX_TERRITORIES) };
}

import type { Veille } from '../context.js';
import { assembleSections, itemOf, ITEMS_CAP, placeMap, zeroPriorities } from './compute.js';
import { COLUMNS, digestRows, query, type AlertRow, type OpenRow, type WindowRow } from './queries.js';
import { dayWindow, trendFrom } from './rules.js';
import { closedAlerts, closedWithoutTelling, reporterInformed } from '../reporter/informed.js';
import type { LeadershipDigest, SectionDigest, SectionLine } from './types.js';

/**
 * The leadership digest's figures: every section in one message, sanitised (the leadership channel is not a
 * restricted one: restricted alerts are counts), leading with what needs a decision — critical
 * alerts, escalations, what has been overdue longest — then each section in a line.
 */

/** Listed in each "needs a decision" part; the rest are counted. */
const DECISION_ITEMS = 10;

const ESCALATIONS = `SELECT ${COLUMNS}, MAX(e.at) AS escalatedAt FROM events e CROSS JOIN alerts a ON a.id = e.alert_id
  WHERE e.type = 'escalated' AND e.at >= @start AND e.at < @end GROUP BY a.id ORDER BY escalatedAt DESC`;

/**
 * The digest rows are one per alert (each with its route set), so the mission-wide figures come from
 * the same read as the sections' — every alert counted once, routed or not. Only the escalations
 * need the audit trail.
 */
export function computeLeadershipDigest(veille: Veille, options: { end: number; now: number; late?: boolean }): LeadershipDigest {
  const { db, mission } = veille;
  const { start, end } = dayWindow(options.end);
  const rows = digestRows(db, mission, { start, end, now: options.now });
  const closings = closedAlerts(db, mission, start, end);
  const sections = assembleSections(veille, rows, mission.sections, { end, now: options.now, view: 'sanitised' }, closings);
  const places = placeMap(mission);
  const standard = (r: { sensitivity: string }) => r.sensitivity === 'standard';
  const restricted = (list: ReadonlyArray<{ sensitivity: string }>) => list.filter((r) => !standard(r)).length;

  const byPriority = zeroPriorities();
  for (const row of rows.newAlerts) byPriority[row.priority] += 1;
  const overdue = rows.open.filter((r) => r.overdueSince <= options.now);
  const critical = rows.open.filter((r) => r.priority === 'critical');
  const escalated = query<AlertRow & { escalatedAt: number }>(db, 'leadership:escalations', ESCALATIONS, { start, end });
  const week = rows.window.filter((w) => w.day < 7);
  const sum = (list: readonly WindowRow[], key: 'inTime' | 'judged') => list.reduce((n, r) => n + r[key], 0);
  const openItem = (r: OpenRow) => ({ ...itemOf(r, places), overdueSince: r.overdueSince });

  return {
    kind: 'leadership',
    missionName: mission.name,
    channel: mission.leadershipDigest.channel,
    timeZone: mission.leadershipDigest.timeZone ?? mission.timeZone,
    start,
    end,
    asOf: options.now,
    late: options.late ?? false,
    critical: {
      open: critical.length,
      newInPeriod: byPriority.critical,
      restrictedCounted: restricted(critical),
      items: critical
        .filter(standard)
        .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
        .slice(0, DECISION_ITEMS)
        .map(openItem),
    },
    escalations: {
      total: escalated.length,
      restrictedCounted: restricted(escalated),
      items: escalated
        .filter(standard)
        .slice(0, ITEMS_CAP)
        .map((r) => ({ ...itemOf(r, places), escalatedAt: r.escalatedAt })),
    },
    // The rows come the longest overdue first.
    overdue: { total: overdue.length, restrictedCounted: restricted(overdue), items: overdue.filter(standard).slice(0, DECISION_ITEMS).map(openItem) },
    totals: {
      newCount: rows.newAlerts.length,
      byPriority,
      open: rows.open.length,
      closed: rows.closed.length,
      hrddp: rows.newAlerts.filter((r) => r.hostState === 1).length,
      rate7: { inTime: sum(week, 'inTime'), judged: sum(week, 'judged') },
      rate30: { inTime: sum(rows.window, 'inTime'), judged: sum(rows.window, 'judged') },
      reporterInformed: reporterInformed(closings),
      untold: closedWithoutTelling(closings).length,
    },
    sections: sections.map(sectionLine),
    trend: trendFrom(rows.window.map((w) => ({ daysAgo: w.day, count: w.count }))),
  };
}

function sectionLine(d: SectionDigest): SectionLine {
  return {
    sectionId: d.sectionId,
    name: d.sectionName,
    channel: d.channel,
    newCount: d.newAlerts.total,
    newCritical: d.newAlerts.byPriority.critical,
    open: d.open.total,
    overdue: d.open.overdue,
    rate7: d.responseRate.days7,
    hotspots: d.hotspots.slice(0, 3).map((h) => h.name),
    quiet: d.quietPlaces.length,
    untold: d.closed.untold?.total ?? 0,
  };
}

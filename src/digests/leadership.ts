import type { Veille } from '../context.js';
import { categoryLabel } from '../domain/taxonomy.js';
import type { SlackMessage } from '../slack/views/card.js';
import { PRIORITY_EMOJI, sectionLink } from '../slack/views/format.js';
import { escapeMrkdwn, mrkdwn, plain } from '../slack/views/mrkdwn.js';
import { assembleSections, itemOf, ITEMS_CAP, placeMap, zeroPriorities } from './compute.js';
import { COLUMNS, digestRows, query, type AlertRow, type OpenRow, type WindowRow } from './queries.js';
import { fitLines, localStamp, mention, openLine, plural, priorityCounts, rateText, referenceOnly, type Linker } from './render.js';
import { dayWindow, sparkline, trendFrom } from './rules.js';
import type { LeadershipDigest, Rate, SectionDigest, SectionLine } from './types.js';

/**
 * The leadership digest: every section in one message, sanitised (the leadership channel is not a
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
  const sections = assembleSections(veille, rows, mission.sections, { end, now: options.now, view: 'sanitised' });
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
  };
}

function rateShort(rate: Rate): string {
  return rate.judged === 0 ? 'no response data yet' : `response ${Math.round((100 * rate.inTime) / rate.judged)}%`;
}

function countsNote(n: number): string {
  return n ? `\n🔒 ${plural(n, 'restricted alert')} among them, counted only.` : '';
}

export function renderLeadershipDigest(d: LeadershipDigest, link: Linker = referenceOnly): SlackMessage {
  const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
  const blocks: unknown[] = [
    { type: 'header', text: plain(`🧭 ${d.missionName} — leadership digest, ${localStamp(d.end, d.timeZone, true)}`) },
    { type: 'context', elements: [mrkdwn(`The 24 hours to ${localStamp(d.end, d.timeZone)} · all sections · restricted alerts as counts only${d.late ? ' · ⏰ *posted late*: Veille was not running when it fell due' : ''}`)] },
    section('*Needs a decision*'),
  ];
  const c = d.critical;
  const criticalHead = `*🔴 Critical and open: ${c.open}* (${c.newInPeriod} new in the last 24 h)${countsNote(c.restrictedCounted)}`;
  blocks.push(section(c.open === 0 ? '*🔴 No critical alert open.*' : fitLines(criticalHead, c.items.map((i) => openLine(i, link, d.asOf)), c.open - c.restrictedCounted, (k) => `…and ${k} more critical.`)));

  const e = d.escalations;
  const escalationLines = e.items.map(
    (i) => `⏫ ${PRIORITY_EMOJI[i.priority]} ${link(i)} · ${categoryLabel(i.category)} · ${escapeMrkdwn(i.place)} · ${mention(i.owner)} · escalated ${localStamp(i.escalatedAt, d.timeZone)}`,
  );
  blocks.push(section(e.total === 0 ? '*⏫ No escalation in the last 24 h.*' : fitLines(`*⏫ Escalated in the last 24 h: ${e.total}*${countsNote(e.restrictedCounted)}`, escalationLines, e.total - e.restrictedCounted, (k) => `…and ${k} more escalated.`)));

  const o = d.overdue;
  const overdueHead = `*⏱ Overdue longest* — ${o.total} overdue in all${countsNote(o.restrictedCounted)}`;
  blocks.push(section(o.total === 0 ? '*⏱ Nothing overdue.*' : fitLines(overdueHead, o.items.map((i) => openLine(i, link, d.asOf)), o.total - o.restrictedCounted, (k) => `…and ${k} more overdue.`)));

  const t = d.totals;
  blocks.push(
    section(
      [
        `*Across the mission in the last 24 h: ${plural(t.newCount, 'new alert')}*${t.newCount ? ` — ${priorityCounts(t.byPriority)}` : ''}`,
        `${t.open} open · ${t.closed} closed in the period · ${t.hrddp} HRDDP-flagged`,
        `Response rate: ${rateText(t.rate7)} over 7 days · ${rateText(t.rate30)} over 30 days`,
        `14 days: ${sparkline(d.trend)} (${Math.min(...d.trend)}–${Math.max(...d.trend)} a day)`,
      ].join('\n'),
    ),
  );

  // One line per section, split over as many blocks as 3000 characters need (30 sections take two).
  const lines = d.sections.map((s) => {
    const parts = [`${s.newCount} new${s.newCritical ? ` (🔴 ${s.newCritical})` : ''}`, `${s.open} open`, `${s.overdue} overdue`, rateShort(s.rate7)];
    if (s.hotspots.length) parts.push(`🔥 ${s.hotspots.map(escapeMrkdwn).join(', ')}`);
    if (s.quiet) parts.push(`🔕 ${s.quiet} gone quiet`);
    return `• ${sectionLink(s.channel)} *${escapeMrkdwn(s.name)}*: ${parts.join(' · ')}`;
  });
  let chunk: string[] = ['*By section*'];
  for (const line of lines) {
    if ([...chunk, line].join('\n').length > 2900) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
    if (blocks.length >= 45) break;
  }
  if (chunk.length) blocks.push(section(chunk.join('\n')));
  blocks.push({ type: 'context', elements: [mrkdwn('Each section channel has its own digest with the details it may show. Times from alert to response count response actions.')] });
  const text = `Leadership digest: ${plural(t.newCount, 'new alert')}, ${c.open} critical open, ${e.total} escalated, ${o.total} overdue${d.late ? ' — posted late' : ''}`;
  return { text, blocks };
}


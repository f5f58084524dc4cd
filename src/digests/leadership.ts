import type { Veille } from '../context.js';
import { categoryLabel } from '../domain/taxonomy.js';
import type { SlackMessage } from '../slack/views/card.js';
import { PRIORITY_EMOJI, sectionLink } from '../slack/views/format.js';
import { escapeMrkdwn, mrkdwn, plain } from '../slack/views/mrkdwn.js';
import { computeSectionDigests, itemOf, ITEMS_CAP, placeMap, zeroPriorities } from './compute.js';
import { COLUMNS, hasColumn, NOT_WITHDRAWN, overdueSince, policyParams, priorityWindow, query, type AlertRow, type OpenRow } from './queries.js';
import { fitLines, localStamp, mention, openLine, plural, priorityCounts, rateText, referenceOnly, type Linker } from './render.js';
import { dayWindow, DAY, sparkline, TREND_DAYS, trendFrom } from './rules.js';
import type { LeadershipDigest, Rate, SectionDigest, SectionLine } from './types.js';

/**
 * The leadership digest: every section in one message, sanitised (the leadership channel is not a
 * restricted one: restricted alerts are counts), leading with what needs a decision — critical
 * alerts, escalations, what has been overdue longest — then each section in a line.
 */

/** Listed in each "needs a decision" part; the rest are counted. */
const DECISION_ITEMS = 10;

function missionSql(hasDueAt: boolean) {
  const overdue = overdueSince(hasDueAt);
  return {
    newTotals: `SELECT a.priority, COUNT(*) AS count, TOTAL(a.host_state) AS hrddp FROM alerts a
      WHERE a.created_at >= @start AND a.created_at < @end AND ${NOT_WITHDRAWN} GROUP BY a.priority`,
    closedCount: `SELECT COUNT(*) AS n FROM (
        SELECT COALESCE((SELECT MAX(e.at) FROM events e WHERE e.alert_id = a.id
                 AND (e.type IN ('closed', 'alert_closed') OR json_extract(e.data, '$.status[1]') = 'closed')), a.updated_at) AS closedAt
        FROM alerts a WHERE a.status = 'closed' AND a.updated_at >= @start AND ${NOT_WITHDRAWN})
      WHERE closedAt >= @start AND closedAt < @end`,
    openCounts: `SELECT COUNT(*) AS open, TOTAL(o <= @now) AS overdue, TOTAL(o <= @now AND r) AS restrictedOverdue,
        TOTAL(p = 'critical') AS critical, TOTAL(p = 'critical' AND r) AS restrictedCritical
      FROM (SELECT ${overdue} AS o, a.sensitivity = 'restricted' AS r, a.priority AS p FROM alerts a WHERE a.status <> 'closed')`,
    critical: `SELECT ${COLUMNS}, ${overdue} AS overdueSince FROM alerts a
      WHERE a.status <> 'closed' AND a.priority = 'critical' AND a.sensitivity = 'standard' ORDER BY a.created_at DESC, a.id DESC LIMIT @limit`,
    overdue: `SELECT ${COLUMNS}, ${overdue} AS overdueSince FROM alerts a
      WHERE a.status <> 'closed' AND a.sensitivity = 'standard' AND ${overdue} <= @now ORDER BY overdueSince, a.id LIMIT @limit`,
    escalations: `SELECT ${COLUMNS}, MAX(e.at) AS escalatedAt FROM events e JOIN alerts a ON a.id = e.alert_id
      WHERE e.type = 'escalated' AND e.at >= @start AND e.at < @end GROUP BY a.id ORDER BY escalatedAt DESC`,
    rates: `SELECT TOTAL(createdAt >= @d7 AND (inTime OR @end - createdAt > win)) AS judged7, TOTAL(createdAt >= @d7 AND inTime) AS inTime7,
        TOTAL(inTime OR @end - createdAt > win) AS judged30, TOTAL(inTime) AS inTime30
      FROM (SELECT a.created_at AS createdAt, ${priorityWindow('ack')} AS win,
              COALESCE((SELECT MIN(r.at) FROM response_actions r WHERE r.alert_id = a.id) - a.created_at <= ${priorityWindow('ack')}, 0) AS inTime
            FROM alerts a WHERE a.created_at >= @d30 AND a.created_at < @end AND ${NOT_WITHDRAWN} AND a.closure_reason IS NOT 'duplicate')`,
    trend: `SELECT CAST((@end - 1 - a.created_at) / ${DAY} AS INTEGER) AS daysAgo, COUNT(*) AS count FROM alerts a
      WHERE a.created_at >= @d14 AND a.created_at < @end AND ${NOT_WITHDRAWN} GROUP BY 1`,
  };
}

export function computeLeadershipDigest(veille: Veille, options: { end: number; now: number; late?: boolean }): LeadershipDigest {
  const { db, mission } = veille;
  const { start, end } = dayWindow(options.end);
  const hasDueAt = hasColumn(db, 'alerts', 'due_at');
  const texts = missionSql(hasDueAt);
  const params = { start, end, now: options.now, limit: DECISION_ITEMS, d7: end - 7 * DAY, d14: end - TREND_DAYS * DAY, d30: end - 30 * DAY, ...policyParams(mission) };
  const run = <T>(key: keyof typeof texts) => query<T>(db, `leadership:${key}:${hasDueAt}`, texts[key], params);
  const places = placeMap(mission);

  const byPriority = zeroPriorities();
  let hrddp = 0;
  for (const row of run<{ priority: keyof typeof byPriority; count: number; hrddp: number }>('newTotals')) {
    byPriority[row.priority] = row.count;
    hrddp += row.hrddp;
  }
  const open = run<{ open: number; overdue: number; restrictedOverdue: number; critical: number; restrictedCritical: number }>('openCounts')[0]!;
  const rates = run<{ judged7: number; inTime7: number; judged30: number; inTime30: number }>('rates')[0]!;
  const escalated = run<AlertRow & { escalatedAt: number }>('escalations');
  const sections = computeSectionDigests(veille, mission.sections, { end, now: options.now, view: 'sanitised' });
  const newCount = Object.values(byPriority).reduce((a, b) => a + b, 0);

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
      open: open.critical,
      newInPeriod: byPriority.critical,
      restrictedCounted: open.restrictedCritical,
      items: run<OpenRow>('critical').map((r) => ({ ...itemOf(r, places), overdueSince: r.overdueSince })),
    },
    escalations: {
      total: escalated.length,
      restrictedCounted: escalated.filter((r) => r.sensitivity === 'restricted').length,
      items: escalated
        .filter((r) => r.sensitivity === 'standard')
        .slice(0, ITEMS_CAP)
        .map((r) => ({ ...itemOf(r, places), escalatedAt: r.escalatedAt })),
    },
    overdue: {
      total: open.overdue,
      restrictedCounted: open.restrictedOverdue,
      items: run<OpenRow>('overdue').map((r) => ({ ...itemOf(r, places), overdueSince: r.overdueSince })),
    },
    totals: {
      newCount,
      byPriority,
      open: open.open,
      closed: run<{ n: number }>('closedCount')[0]!.n,
      hrddp,
      rate7: { inTime: rates.inTime7, judged: rates.judged7 },
      rate30: { inTime: rates.inTime30, judged: rates.judged30 },
    },
    sections: sections.map(sectionLine),
    trend: trendFrom(run<{ daysAgo: number; count: number }>('trend')),
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


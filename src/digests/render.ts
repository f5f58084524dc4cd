import { formatDuration } from '../followup/time.js';
import { categoryLabel, PRIORITIES } from '../domain/taxonomy.js';
import type { SlackMessage } from '../slack/views/card.js';
import { PRIORITY_EMOJI, sectionLink } from '../slack/views/format.js';
import { escapeMrkdwn, mrkdwn, plain } from '../slack/views/mrkdwn.js';
import { ratePercent, sparkline } from './rules.js';
import type { AlertItem, ClosedItem, OpenItem, PriorityCounts, Rate, SectionDigest } from './types.js';

/**
 * Block Kit for a section's digest, from its figures. Fits Slack's limits at any volume: a fixed
 * handful of blocks (never near 50), each text cut to whole lines under 3000 characters with
 * "…and N more" pointing to the full list, so 500 alerts in a day summarise instead of failing.
 */

/** How a line names an alert: a link to its card (the sender builds permalinks), or the reference alone. */
export type Linker = (item: { id: number; reference: string }) => string;
export const referenceOnly: Linker = (item) => `*${item.reference}*`;

/** Room left in a 3000-character section text for the "…and N more" line and a margin. */
export const TEXT_BUDGET = 2900;

/** Whole lines under the budget, then "…and N more" for what did not fit. */
export function fitLines(head: string, lines: readonly string[], total: number, more: (n: number) => string, budget = TEXT_BUDGET): string {
  let text = head;
  let shown = 0;
  for (const line of lines) {
    const reserve = more(total).length + 2;
    if (text.length + 1 + line.length + reserve > budget) break;
    text += `\n${line}`;
    shown += 1;
  }
  if (total > shown) text += `\n${more(total - shown)}`;
  return text;
}

export function mention(user: string | null): string {
  if (!user) return 'no owner';
  return /^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : escapeMrkdwn(user);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function priorityCounts(counts: PriorityCounts): string {
  return PRIORITIES.filter((p) => counts[p] > 0)
    .map((p) => `${PRIORITY_EMOJI[p]} ${counts[p]} ${p}`)
    .join(' · ');
}

export function rateText(rate: Rate): string {
  const pct = ratePercent(rate);
  return pct === null ? 'nothing to judge yet' : `*${pct}%* (${rate.inTime} of ${rate.judged})`;
}

export function alertLine(item: AlertItem, link: Linker): string {
  const hrddp = item.hostState ? ' · HRDDP' : '';
  return `${PRIORITY_EMOJI[item.priority]} ${link(item)} · ${categoryLabel(item.category)} · ${escapeMrkdwn(item.place)} · ${item.verification}${hrddp}`;
}

export function openLine(item: OpenItem, link: Linker, asOf: number): string {
  const late = item.overdueSince <= asOf ? ` · ⏱ *overdue ${formatDuration(asOf - item.overdueSince)}*` : '';
  const status = item.status === 'new' ? 'unacknowledged' : item.status;
  return `${PRIORITY_EMOJI[item.priority]} ${link(item)} · ${categoryLabel(item.category)} · ${escapeMrkdwn(item.place)} · ${status} · ${mention(item.owner)}${late}`;
}

function closedLine(item: ClosedItem, link: Linker): string {
  const response = item.toFirstResponseMs === null ? 'no response recorded' : `first response after ${formatDuration(item.toFirstResponseMs)}`;
  return `✅ ${link(item)} · ${categoryLabel(item.category)} · ${escapeMrkdwn(item.place)} · ${(item.closureReason ?? 'closed').replace(/_/g, ' ')} · ${response}`;
}

export function localStamp(ms: number, zone: string, withDay = false): string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    ...(withDay ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  });
  return `${format.format(new Date(ms))}${withDay ? '' : ` (${zone.split('/').pop()!.replace(/_/g, ' ')})`}`;
}

/** The name of the section a channel belongs to (from the mission), when known. */
export type SectionNamer = (channel: string) => string | undefined;

/**
 * "🔒 3 restricted alerts …, counted only", and the first time in a digest where their details are:
 * by section name (a private channel's link reads "private channel" to everyone outside it).
 */
function restrictedNotes(heldIn: readonly string[], nameOf: SectionNamer) {
  let said = false;
  return (n: number, what: string): string => {
    if (n === 0) return '';
    const names = heldIn.map((channel) => {
      const name = nameOf(channel);
      return name ? escapeMrkdwn(name) : sectionLink(channel);
    });
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
    const where = heldIn.length && !said ? `; details with ${list}` : '';
    if (heldIn.length) said = true;
    return `\n🔒 ${plural(n, `restricted ${what}`)} (CRSV / child protection), counted only${where}.`;
  };
}

function section(text: string): { type: 'section'; text: ReturnType<typeof mrkdwn> } {
  return { type: 'section', text: mrkdwn(text) };
}

export function renderSectionDigest(d: SectionDigest, link: Linker = referenceOnly, nameOf: SectionNamer = () => undefined): SlackMessage {
  const restrictedNote = restrictedNotes(d.detailsHeldIn, nameOf);
  const listCommand = `\`/alert list section:${d.sectionId}\``;
  const more = (n: number) => `…and ${n.toLocaleString('en')} more — the full list: ${listCommand}`;
  const blocks: unknown[] = [
    { type: 'header', text: plain(`📋 ${d.sectionName} — daily digest, ${localStamp(d.end, d.timeZone, true)}`) },
    {
      type: 'context',
      elements: [
        mrkdwn(`The 24 hours to ${localStamp(d.end, d.timeZone)}${d.late ? ' · ⏰ *posted late*: Veille was not running when it fell due' : ''}`),
      ],
    },
  ];
  const n = d.newAlerts;
  if (n.total === 0) {
    blocks.push(section('*Nothing new in the last 24 hours.*'));
  } else {
    const summary = [
      `*New in the last 24 h: ${n.total.toLocaleString('en')}* — ${priorityCounts(n.byPriority)}`,
      `Verified ${n.verified} · alleged ${n.alleged}${n.otherVerification ? ` · unverifiable or unfounded ${n.otherVerification}` : ''}`,
      `By territory: ${n.byTerritory.slice(0, 12).map((t) => `${escapeMrkdwn(t.territory)} ${t.count}`).join(' · ')}${n.byTerritory.length > 12 ? ` · ${n.byTerritory.length - 12} more` : ''}`,
    ].join('\n');
    blocks.push(section(`${summary}${restrictedNote(n.restrictedCounted, 'alert')}`));
    const visible = n.total - n.restrictedCounted;
    if (visible > 0) blocks.push(section(fitLines('', n.items.map((i) => alertLine(i, link)), visible, more).trim()));
  }

  const o = d.open;
  const openHead = `*Still open: ${o.total.toLocaleString('en')}* — ${o.unacknowledged} unacknowledged · ${o.unassigned} without an owner · ${o.overdue} overdue${restrictedNote(o.restrictedCounted, 'open alert')}${o.restrictedOverdue ? ` ${o.restrictedOverdue} of them overdue.` : ''}`;
  const openVisible = o.total - o.restrictedCounted;
  blocks.push(section(o.total === 0 ? '*Nothing open.*' : fitLines(openHead, o.items.map((i) => openLine(i, link, d.asOf)), openVisible, more)));

  const c = d.closed;
  if (c.total > 0) {
    const median = c.medianToFirstResponseMs === null ? 'none had a response recorded' : `median time from alert to first response ${formatDuration(c.medianToFirstResponseMs)} (${c.withResponse} of ${c.total} had one)`;
    const head = `*Closed in the last 24 h: ${c.total}* — ${median}${restrictedNote(c.restrictedCounted, 'alert')}`;
    blocks.push(section(fitLines(head, c.items.map((i) => closedLine(i, link)), c.total - c.restrictedCounted, (k) => `…and ${k} more closed.`)));
  } else {
    blocks.push(section('*Closed in the last 24 h: 0*'));
  }

  blocks.push(section(`*Response rate* (a response within the acknowledge window): ${rateText(d.responseRate.days7)} over 7 days · ${rateText(d.responseRate.days30)} over 30 days`));

  if (d.hotspots.length) {
    const lines = d.hotspots.map((h) => `🔥 *${escapeMrkdwn(h.name)}*${h.territory && h.territory !== h.name ? ` (${escapeMrkdwn(h.territory)})` : ''}: ${h.last7} in 7 days, usually ${h.expected7.toFixed(1)}`);
    blocks.push(section(fitLines('*Hotspots* (7-day count ≥ 3 and ≥ twice the usual)', lines, lines.length, (k) => `…and ${k} more.`)));
  }
  if (d.quietPlaces.length) {
    const lines = d.quietPlaces.map((q) => `🔕 *${escapeMrkdwn(q.name)}*${q.territory && q.territory !== q.name ? ` (${escapeMrkdwn(q.territory)})` : ''}: ${q.prior28} in the 28 days before, none in the last 7`);
    blocks.push(section(fitLines('*Gone quiet* — places that usually report; silence can mean coercion, not calm', lines, lines.length, (k) => `…and ${k} more.`)));
  }
  const h = d.hrddp;
  if (h.total > 0) {
    const head = `*HRDDP-flagged (host-state forces): ${h.total}*${restrictedNote(h.restrictedCounted, 'alert')}`;
    blocks.push(section(fitLines(head, h.items.map((i) => alertLine(i, link)), h.total - h.restrictedCounted, more)));
  }
  blocks.push(section(`*14 days*  ${sparkline(d.trend)}  (${Math.min(...d.trend)}–${Math.max(...d.trend)} a day; the last is these 24 h)`));
  blocks.push({ type: 'context', elements: [mrkdwn(`Open alerts: ${listCommand} · ${d.full ? 'Restricted channel: restricted alerts in full.' : 'Restricted alerts appear here as counts only.'}`)] });

  const text = `${d.sectionName} digest: ${plural(n.total, 'new alert')}, ${o.total} open (${o.overdue} overdue)${d.late ? ' — posted late' : ''}`;
  return { text, blocks };
}

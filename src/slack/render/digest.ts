import type { KnownBlock, SectionBlock } from '@slack/types';
import { formatDuration } from '../format/duration.js';
import { categoryLabel } from '../../domain/taxonomy.js';
import { sparkline } from '../../digests/rules.js';
import type { ClosedItem, SectionDigest } from '../../digests/types.js';
import type { SlackMessage } from '../views/card.js';
import { escapeMrkdwn, mrkdwn, plain } from '../views/mrkdwn.js';
import {
  alertLine,
  dayStamp,
  decimal,
  figurePlace,
  fitLines,
  itemPlace,
  joinAnd,
  openLine,
  priorityCounts,
  rateText,
  referenceOnly,
  sectionLink,
  sectionTitle,
  territoryName,
  timeStamp,
  type Linker,
  type Reading,
} from './digest-words.js';

/**
 * A section's digest in words, from its figures, in the reader's language. Fits Slack's limits at
 * any volume: a fixed handful of blocks (never near 50), each text cut to whole lines under 3000
 * characters with "…and N more" pointing to the full list, so 500 alerts in a day summarise instead
 * of failing. Restricted alerts outside a restricted channel are not in the figures at all, only
 * their counts: the words cannot name what they were not given.
 */

function closedLine(r: Reading, item: ClosedItem, link: Linker, mark = '✅'): string {
  const d = r.c.digest;
  const response = item.toFirstResponseMs === null ? d.noResponse : d.firstResponseAfter(formatDuration(item.toFirstResponseMs, r.language));
  const reason = item.closureReason ? (d.closures[item.closureReason as keyof typeof d.closures] ?? item.closureReason.replace(/_/g, ' ')) : d.closedNoReason;
  return `${mark} ${link(item)} · ${categoryLabel(item.category, r.language)} · ${itemPlace(r, item)} · ${reason} · ${response}`;
}

/**
 * Whether reporters heard of the closings they asked to hear of: the count, and for section leads
 * the alerts closed without telling them (restricted ones counted only outside a restricted channel).
 */
function reporterBlock(r: Reading, c: SectionDigest['closed'], link: Linker, restrictedNote: (n: number, what: 'alerts' | 'open') => string): string | null {
  const w = r.c.digest;
  const lines: string[] = [];
  if (c.reporterInformed && c.reporterInformed.asked > 0) lines.push(w.reporterInformed(c.reporterInformed.informed, c.reporterInformed.asked));
  const u = c.untold;
  if (u && u.total > 0) {
    const head = `${w.untoldHead(u.total)}${restrictedNote(u.restrictedCounted, 'alerts')}`;
    lines.push(fitLines(head, u.items.map((i) => closedLine(r, i, link, '📭')), u.total - u.restrictedCounted, w.moreOther));
  }
  return lines.length ? lines.join('\n') : null;
}

/**
 * "🔒 3 restricted alerts …, counted only", and the first time in a digest where their details are:
 * by section name (a private channel's link reads "private channel" to everyone outside it).
 */
function restrictedNotes(r: Reading, heldIn: readonly string[]) {
  let said = false;
  return (n: number, what: 'alerts' | 'open'): string => {
    if (n === 0) return '';
    const names = heldIn.map((channel) => {
      const name = sectionTitle(r, { channel });
      return name ? escapeMrkdwn(name) : sectionLink(channel);
    });
    const where = heldIn.length && !said ? r.c.digest.detailsWith(joinAnd(r, names)) : '';
    if (heldIn.length) said = true;
    return what === 'open' ? r.c.digest.restrictedOpen(n, where) : r.c.digest.restrictedAlerts(n, where);
  };
}

const section = (text: string): SectionBlock => ({ type: 'section', text: mrkdwn(text) });

export function renderSectionDigest(d: SectionDigest, r: Reading, link: Linker = referenceOnly): SlackMessage {
  const w = r.c.digest;
  const name = sectionTitle(r, { id: d.sectionId }) ?? d.sectionName;
  const restrictedNote = restrictedNotes(r, d.detailsHeldIn);
  const listCommand = `\`/alert list section:${d.sectionId}\``;
  const more = (n: number) => w.more(n, listCommand);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(w.title(name, dayStamp(r, d.end, d.timeZone))) },
    { type: 'context', elements: [mrkdwn(`${w.window(timeStamp(r, d.end, d.timeZone))}${d.late ? w.postedLate : ''}`)] },
  ];
  const n = d.newAlerts;
  if (n.total === 0) {
    blocks.push(section(w.nothingNew));
  } else {
    const territories = n.byTerritory
      .slice(0, 12)
      .map((t) => `${territoryName(r, t.territory)} ${t.count}`)
      .join(' · ');
    const summary = [w.newHead(n.total, priorityCounts(r, n.byPriority)), w.verification(n.verified, n.alleged, n.otherVerification), w.byTerritory(territories, Math.max(0, n.byTerritory.length - 12))].join('\n');
    blocks.push(section(`${summary}${restrictedNote(n.restrictedCounted, 'alerts')}`));
    const visible = n.total - n.restrictedCounted;
    if (visible > 0) blocks.push(section(fitLines('', n.items.map((i) => alertLine(r, i, link)), visible, more).trim()));
  }

  const o = d.open;
  const openHead = `${w.openHead(o.total, o.unacknowledged, o.unassigned, o.overdue)}${restrictedNote(o.restrictedCounted, 'open')}${o.restrictedOverdue ? w.restrictedOverdue(o.restrictedOverdue) : ''}`;
  const openVisible = o.total - o.restrictedCounted;
  blocks.push(section(o.total === 0 ? w.nothingOpen : fitLines(openHead, o.items.map((i) => openLine(r, i, link, d.asOf)), openVisible, more)));

  const c = d.closed;
  if (c.total > 0) {
    const median = c.medianToFirstResponseMs === null ? w.noneResponded : w.median(formatDuration(c.medianToFirstResponseMs, r.language), c.withResponse, c.total);
    const head = `${w.closedHead(c.total, median)}${restrictedNote(c.restrictedCounted, 'alerts')}`;
    blocks.push(section(fitLines(head, c.items.map((i) => closedLine(r, i, link)), c.total - c.restrictedCounted, w.moreClosed)));
  } else {
    blocks.push(section(w.closedNone));
  }
  const told = reporterBlock(r, c, link, restrictedNote);
  if (told) blocks.push(section(told));

  blocks.push(section(w.responseRate(rateText(r, d.responseRate.days7), rateText(r, d.responseRate.days30))));

  if (d.hotspots.length) {
    const lines = d.hotspots.map((h) => w.hotspot(figurePlace(r, h), h.last7, decimal(r, h.expected7)));
    blocks.push(section(fitLines(w.hotspotsHead, lines, lines.length, w.moreOther)));
  }
  if (d.quietPlaces.length) {
    const lines = d.quietPlaces.map((q) => w.quiet(figurePlace(r, q), q.prior28));
    blocks.push(section(fitLines(w.quietHead, lines, lines.length, w.moreOther)));
  }
  const h = d.hrddp;
  if (h.total > 0) {
    const head = `${w.hrddpHead(h.total)}${restrictedNote(h.restrictedCounted, 'alerts')}`;
    blocks.push(section(fitLines(head, h.items.map((i) => alertLine(r, i, link)), h.total - h.restrictedCounted, more)));
  }
  blocks.push(section(w.trend(sparkline(d.trend), Math.min(...d.trend), Math.max(...d.trend))));
  blocks.push({ type: 'context', elements: [mrkdwn(w.footer(listCommand, d.full))] });

  return { text: w.text(name, n.total, o.total, o.overdue, d.late), blocks };
}

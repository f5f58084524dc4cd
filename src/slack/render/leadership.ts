import type { KnownBlock, SectionBlock } from '@slack/types';
import { categoryLabel } from '../../domain/taxonomy.js';
import { ratePercent, sparkline } from '../../digests/rules.js';
import type { LeadershipDigest } from '../../digests/types.js';
import type { SlackMessage } from '../views/card.js';
import { placeName, PRIORITY_EMOJI } from '../views/format.js';
import { escapeMrkdwn, mrkdwn, plain } from '../views/mrkdwn.js';
import { dayStamp, fitLines, itemPlace, mention, openLine, priorityCounts, rateText, referenceOnly, sectionLink, sectionTitle, timeStamp, type Linker, type Reading } from './digest-words.js';

/**
 * The leadership digest in words, in the leadership channel's language (the mission's): every
 * section in one message, sanitised (restricted alerts are counts in its figures), leading with what
 * needs a decision — critical alerts, escalations, what has been overdue longest — then each
 * section in a line.
 */
export function renderLeadershipDigest(d: LeadershipDigest, r: Reading, link: Linker = referenceOnly): SlackMessage {
  const w = r.c.leadership;
  const section = (text: string): SectionBlock => ({ type: 'section', text: mrkdwn(text) });
  const countsNote = (n: number) => (n ? w.countedOnly(n) : '');
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(w.title(d.missionName, dayStamp(r, d.end, d.timeZone))) },
    { type: 'context', elements: [mrkdwn(`${w.window(timeStamp(r, d.end, d.timeZone))}${d.late ? r.c.digest.postedLate : ''}`)] },
    section(w.needsDecision),
  ];
  const c = d.critical;
  const criticalHead = `${w.criticalHead(c.open, c.newInPeriod)}${countsNote(c.restrictedCounted)}`;
  blocks.push(section(c.open === 0 ? w.noCritical : fitLines(criticalHead, c.items.map((i) => openLine(r, i, link, d.asOf)), c.open - c.restrictedCounted, w.moreCritical)));

  const e = d.escalations;
  const escalationLines = e.items.map(
    (i) =>
      `⏫ ${PRIORITY_EMOJI[i.priority]} ${link(i)} · ${categoryLabel(i.category, r.language)} · ${itemPlace(r, i)} · ${mention(r, i.owner)}${w.escalated(timeStamp(r, i.escalatedAt, d.timeZone))}`,
  );
  blocks.push(section(e.total === 0 ? w.noEscalation : fitLines(`${w.escalatedHead(e.total)}${countsNote(e.restrictedCounted)}`, escalationLines, e.total - e.restrictedCounted, w.moreEscalated)));

  const o = d.overdue;
  const overdueHead = `${w.overdueHead(o.total)}${countsNote(o.restrictedCounted)}`;
  blocks.push(section(o.total === 0 ? w.nothingOverdue : fitLines(overdueHead, o.items.map((i) => openLine(r, i, link, d.asOf)), o.total - o.restrictedCounted, w.moreOverdue)));

  const t = d.totals;
  blocks.push(
    section(
      [
        w.across(t.newCount, t.newCount ? priorityCounts(r, t.byPriority) : ''),
        w.totals(t.open, t.closed, t.hrddp),
        w.responseRate(rateText(r, t.rate7), rateText(r, t.rate30)),
        ...(t.reporterInformed && t.reporterInformed.asked > 0 ? [w.reporterInformed(t.reporterInformed.informed, t.reporterInformed.asked, t.untold ?? 0)] : []),
        w.trend(sparkline(d.trend), Math.min(...d.trend), Math.max(...d.trend)),
      ].join('\n'),
    ),
  );

  // One line per section, split over as many blocks as 3000 characters need (30 sections take two).
  const lines = d.sections.map((s) => {
    const rate = ratePercent(s.rate7);
    const parts = [w.sectionNew(s.newCount, s.newCritical ? ` (🔴 ${s.newCritical})` : ''), w.sectionOpen(s.open), w.sectionOverdue(s.overdue), rate === null ? w.noRateYet : w.sectionRate(rate)];
    if (s.hotspots.length) parts.push(`🔥 ${s.hotspots.map((name) => escapeMrkdwn(hotspotName(r, name))).join(', ')}`);
    if (s.quiet) parts.push(w.sectionQuiet(s.quiet));
    if (s.untold) parts.push(w.sectionUntold(s.untold));
    return w.sectionLine(sectionLink(s.channel), escapeMrkdwn(sectionTitle(r, { id: s.sectionId }) ?? s.name), parts.join(' · '));
  });
  let chunk: string[] = [w.bySection];
  for (const line of lines) {
    if ([...chunk, line].join('\n').length > 2900) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
    if (blocks.length >= 45) break;
  }
  if (chunk.length) blocks.push(section(chunk.join('\n')));
  blocks.push({ type: 'context', elements: [mrkdwn(w.footer)] });
  return { text: w.text(t.newCount, c.open, e.total, o.total, d.late), blocks };
}

/** A section line's hotspots are gazetteer names: in the reader's language where the gazetteer gives one. */
function hotspotName(r: Reading, name: string): string {
  const place = r.mission.places.find((p) => p.name === name);
  return place ? placeName(place, r.language) : name;
}

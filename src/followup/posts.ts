import { routesOf } from '../alerts/service.js';
import { placeById, sectionById, type Veille } from '../context.js';
import type { Alert } from '../domain/alert.js';
import { detailHolders } from '../domain/permissions.js';
import { maskContacts } from '../domain/redact.js';
import { renderCard, renderStub } from '../slack/views/card.js';
import { formatTime } from '../slack/views/format.js';
import { escapeMrkdwn, mrkdwn, truncate } from '../slack/views/mrkdwn.js';
import { enqueue, type OutboxMessage } from '../store/outbox.js';
import { sectionZone } from './time.js';

/**
 * The Slack posts a follow-up change causes, written in its transaction: every card of the alert is
 * re-rendered in place, and a short reply goes to its thread in each channel. Stub channels get a
 * reply with no restricted detail (who did what, never what was written).
 */
/** Where a reply goes: the channel, and the section's time zone for any time it shows. */
export interface ReplyContext {
  channel: string;
  zone: string;
}

export interface Announcement {
  /** For channels holding the full card. */
  full: (where: ReplyContext) => string;
  /** For stub channels of a restricted alert: reference, action and people only. */
  stub: (where: ReplyContext) => string;
  /** Re-render the cards too (default): false for changes the card does not show. */
  cards?: boolean;
}

export function announce(veille: Veille, alert: Alert, at: number, text: Announcement): void {
  const { db, mission } = veille;
  for (const route of routesOf(db, alert.id)) {
    const section = sectionById(veille, route.sectionId);
    if (!section) continue;
    if (text.cards !== false) enqueue(db, at, alert.id, { kind: 'card_update', channel: section.channel });
    const where = { channel: section.channel, zone: sectionZone(section, mission.timeZone) };
    const reply = route.view === 'full' ? text.full(where) : text.stub(where);
    enqueue(db, at, alert.id, { kind: 'thread', channel: section.channel, text: truncate(reply, 3900) });
  }
}

/** Only the cards: for changes that need no thread reply. */
export function refreshCards(veille: Veille, alert: Alert, at: number): void {
  for (const route of routesOf(veille.db, alert.id)) {
    const section = sectionById(veille, route.sectionId);
    if (section) enqueue(veille.db, at, alert.id, { kind: 'card_update', channel: section.channel });
  }
}

/** Free text as it may be posted: contacts masked, mrkdwn made inert. */
export function postable(text: string, max = 2500): string {
  return truncate(escapeMrkdwn(maskContacts(text.trim())), max);
}

export function when(veille: Veille, ms: number, zone: string): string {
  return formatTime(ms, veille.mission, zone);
}

/**
 * A direct message to someone given the alert (its owner, a task's owner): the full card when they
 * may see restricted details, the stub otherwise, with the due time and the buttons they need.
 */
export function alertDm(veille: Veille, alert: Alert, user: string, intro: string, lines: string[], mayView: boolean, extra: unknown[] = []): OutboxMessage {
  const place = placeById(veille, alert.placeId);
  const full = alert.sensitivity === 'standard' || mayView;
  const body = full
    ? renderCard(alert, place, veille.mission)
    : renderStub(alert, place, veille.mission, detailHolders(alert, routesOf(veille.db, alert.id), veille.mission.sections));
  const blocks: unknown[] = [{ type: 'section', text: mrkdwn(intro) }, ...body.blocks];
  if (lines.length) blocks.push({ type: 'context', elements: lines.slice(0, 10).map((l) => mrkdwn(l)) });
  blocks.push(...extra);
  return { kind: 'dm', user, text: intro.replace(/[*_`]/g, ''), blocks };
}

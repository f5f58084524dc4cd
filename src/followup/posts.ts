import { routesOf } from '../alerts/service.js';
import { sectionById, type Veille } from '../context.js';
import type { Alert } from '../domain/alert.js';
import { refreshDmCopies } from '../store/dm-copies.js';
import { enqueue, type OutboxMessage } from '../store/outbox.js';
import { forStub, type FollowupChange, type FollowupDm } from './facts.js';
import { tellReporter } from '../reporter/notices.js';

/**
 * The Slack posts a follow-up change causes, written in its transaction as facts (facts.ts): every
 * card of the alert is re-rendered in place, and a reply goes to its thread in each channel, in the
 * form that channel gets (`view`): stub channels of a restricted alert hear who-did-what-in-general,
 * never what was written. The words are chosen when sent, in each channel's language (src/slack/render).
 */

export interface AnnounceOptions {
  /** Re-render the cards too (default): false for changes the card does not show. */
  cards?: boolean;
}

/** `change` may depend on the channel (what a duplicate's thread may name). */
export function announce(veille: Veille, alert: Alert, at: number, change: FollowupChange | ((channel: string) => FollowupChange), options: AnnounceOptions = {}): void {
  const { db } = veille;
  for (const route of routesOf(db, alert.id)) {
    const section = sectionById(veille, route.sectionId);
    if (!section) continue;
    if (options.cards !== false) enqueue(db, at, alert.id, { kind: 'card_update', channel: section.channel });
    const said = typeof change === 'function' ? change(section.channel) : change;
    const fact = { about: 'followup', reference: alert.reference, view: route.view, change: route.view === 'stub' ? forStub(said) : said } as const;
    enqueue(db, at, alert.id, { kind: 'thread', channel: section.channel, fact });
  }
  // The DM copies of its card too (a task done changes its owner's DM even when the cards stay).
  refreshDmCopies(db, alert.id, at);
  tellReporter(veille, alert, at, typeof change === 'function' ? change('') : change);
}

/** A direct message to someone given the alert or a task on it: rendered when sent, with the card or stub they may read. */
export function alertDm(alert: Alert, user: string, mayView: boolean, gift: FollowupDm['gift']): OutboxMessage {
  return { kind: 'dm', user, fact: { about: 'followup_dm', reference: alert.reference, mayView, gift } };
}

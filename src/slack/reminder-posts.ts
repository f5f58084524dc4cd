import type { WebClient } from '@slack/web-api';
import { getAlert, routesOf } from '../alerts/service.js';
import { sectionById, type Veille } from '../context.js';
import { followupState } from '../followup/service.js';
import { postEnd } from '../reminders/answered.js';
import { editedDown, reminderChannelPost, wasRetracted, type ReminderChannelPostRow } from '../store/dm-copies.js';
import { postedAt, type OutboxRow } from '../store/outbox.js';
import { REDACTED } from '../retention/policy.js';
import { slackErrorCode } from './membership.js';
import type { Outcome } from './outbox-errors.js';
import { channelLanguage } from './render/language.js';
import { renderReminderPostEnd } from './render/reminder-copy.js';

/**
 * Reminders and escalations posted in channels (an alert's threads, the escalation channel), kept
 * current on the same rails as the reminder DMs (`dm_copy_update`, queued by store/dm-copies.ts):
 * while one still asks what it asked it is left as it is; once it does not (acknowledged, given an
 * owner, updated, closed) it is edited down to a short line without buttons or details, and stays
 * one. One edited down to a notice because the alert became restricted, or redacted by retention,
 * is never drawn again.
 */
export class ReminderPosts {
  constructor(
    private veille: Veille,
    private client: WebClient,
  ) {}

  /** Is outbox row `of` a reminder or escalation posted in a channel? */
  handles(of: number): boolean {
    return reminderChannelPost(this.veille.db, of) !== null;
  }

  async update(row: OutboxRow, of: number): Promise<Outcome> {
    const { db } = this.veille;
    const post = reminderChannelPost(db, of);
    const posted = postedAt(db, of);
    if (!post || !posted || row.alertId === null || wasRetracted(db, row.alertId, of)) return { ok: true };
    const editedBefore = editedDown(db, row.alertId, of);
    // Once a short line, it is drawn again only to say the alert was closed: every later change would
    // otherwise edit every old reminder of it in every channel again (Slack takes one post a second).
    if (editedBefore && getAlert(db, row.alertId)?.status !== 'closed') return { ok: true };
    const drawn = this.draw(row.alertId, post, editedBefore);
    if (!drawn) return { ok: true };
    await this.client.chat.update({ channel: posted.channel, ts: posted.ts, text: drawn.text, blocks: [] as never }).catch(notFoundIsFine);
    // Retention may have redacted it meanwhile (its notice may have landed first): say the notice again, last.
    if (!reminderChannelPost(db, of)) await this.client.chat.update({ channel: posted.channel, ts: posted.ts, text: REDACTED, blocks: [] as never }).catch(notFoundIsFine);
    // Edited down: this row says where (editedDown), so it stays a short line.
    return { ok: true, posted };
  }

  private draw(alertId: number, post: ReminderChannelPostRow, editedBefore: boolean) {
    const { db, mission } = this.veille;
    const alert = getAlert(db, alertId);
    const state = followupState(db, alertId);
    if (!alert || !state) return null;
    // Activity at the very moment it was posted came after it: the sweep would not have sent it otherwise.
    const end = postEnd(post.message.fact, alert, state.lastActivityAt >= post.createdAt, editedBefore);
    if (!end) return null;
    const channel = post.message.channel;
    // Who works on it is named only where it is read in full: the escalation channel reads a restricted alert's stub.
    const mayName = alert.sensitivity === 'standard' || routesOf(db, alertId).some((r) => r.view === 'full' && sectionById(this.veille, r.sectionId)?.channel === channel);
    return renderReminderPostEnd(post.message.fact, end, alert, { language: channelLanguage(mission, channel), mayName });
  }
}

function notFoundIsFine(error: unknown): void {
  if (slackErrorCode(error) !== 'message_not_found') throw error; // deleted in Slack: nothing to keep current
}

import type { WebClient } from '@slack/web-api';
import { mayViewRestricted, readingOf, type MembershipCheck } from '../alerts/access.js';
import { getAlert } from '../alerts/service.js';
import type { Veille } from '../context.js';
import type { Language } from '../domain/taxonomy.js';
import type { FollowupDm } from '../followup/facts.js';
import { dmCopy, editedDown, wasRetracted } from '../store/dm-copies.js';
import { reminderEnd, type ReminderDm } from '../reminders/answered.js';
import { getTask } from '../followup/service.js';
import { renderReminderCopy } from './render/reminder-copy.js';
import { postedAt, type OutboxRow } from '../store/outbox.js';
import { REDACTED } from '../retention/policy.js';
import { freshBlockIds } from './block-revisions.js';
import { slackErrorCode } from './membership.js';
import type { Outcome } from './outbox-errors.js';
import { renderDmCopy } from './render/dm-copy.js';
import { personLanguage } from './render/language.js';
import type { SlackMessage } from './views/card.js';

/**
 * The DM copies of a card, as the outbox sender posts and edits them: the DM to someone given an
 * alert or a task carries its card, drawn when sent and redrawn on every change of the alert
 * (`dm_copy_update`, queued by store/dm-copies.ts), like the cards in the channels. Who may read it
 * in full is asked as for everyone else who reads restricted details (a standard alert, its
 * reporter, a member of a restricted section holding it). A DM edited down to a notice because the
 * alert became restricted, or redacted by retention, is never drawn again.
 * Reminder and escalation DMs are looked at on the same changes: while they still ask their reader
 * something they are left as they are; once they do not (closed, changed hands, acknowledged, the
 * task done) they are edited down to a short line, and stay one.
 */

/** Links in DMs stay links: no preview pulls a page (or a photo) into the conversation. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** What Slack says of the people DMs go to. */
export interface DmReaders {
  /** Channel membership; without it, what was asked when the DM was decided (`mayView`). */
  isMember?: MembershipCheck;
  /** Their Slack language; without it, the mission's (their own report: the language they wrote it in). */
  languageOf?: (user: string) => Promise<Language | null>;
}

export class DmCopies {
  constructor(
    private veille: Veille,
    private client: WebClient,
    private readers: DmReaders = {},
  ) {}

  /** The first sending of a DM copy (a `dm` whose fact is a followup_dm). */
  async post(row: OutboxRow, user: string, fact: FollowupDm, marker: Record<string, unknown>): Promise<Outcome> {
    const drawn = await this.draw(row.alertId, user, fact);
    if (!drawn) return { ok: true };
    const opened = await this.client.conversations.open({ users: user });
    const channel = opened.channel!.id!;
    // The first drawing keeps the blocks' own ids (a task's Done is `task.<id>`); each redrawing gets fresh ones.
    const posted = await this.client.chat.postMessage({ channel, text: drawn.text, ...(drawn.blocks.length ? { blocks: drawn.blocks } : {}), ...NO_UNFURL, ...marker });
    return { ok: true, posted: { channel, ts: posted.ts! } };
  }

  /** A DM copy (outbox row `of`) edited where it landed to the alert as it is now. */
  async update(row: OutboxRow, of: number): Promise<Outcome> {
    const { db } = this.veille;
    const copy = dmCopy(db, of); // null: retracted or redacted while waiting, it says its notice now
    const posted = postedAt(db, of);
    if (!copy || !posted || row.alertId === null || wasRetracted(db, row.alertId, of)) return { ok: true };
    const fact = copy.message.fact as FollowupDm | ReminderDm;
    const reminder = fact.about !== 'followup_dm';
    const drawn = fact.about === 'followup_dm' ? await this.draw(row.alertId, copy.message.user, fact) : await this.drawReminder(row.alertId, of, copy.message.user, fact);
    if (!drawn) return { ok: true };
    // Read again after asking Slack: a restriction may have retracted it meanwhile.
    if (!dmCopy(db, of) || wasRetracted(db, row.alertId, of)) return { ok: true };
    await this.client.chat.update({ channel: posted.channel, ts: posted.ts, text: drawn.text, blocks: freshBlockIds(drawn.blocks, row.id) }).catch((error: unknown) => {
      if (slackErrorCode(error) !== 'message_not_found') throw error; // deleted by its reader: nothing to keep current
    });
    // Retention may have redacted it while this edit was on its way (its notice goes in the DM
    // channel's lane, not this one, so it may have landed first): say the notice again, last.
    if (!dmCopy(db, of)) {
      await this.client.chat.update({ channel: posted.channel, ts: posted.ts, text: REDACTED, blocks: [] }).catch((error: unknown) => {
        if (slackErrorCode(error) !== 'message_not_found') throw error;
      });
    }
    // A reminder edited down says so in this row (where the edit landed): it stays a short line.
    return reminder ? { ok: true, posted } : { ok: true };
  }

  /** A reminder or escalation DM's short line once it asks nothing more; null while it still does (left as it is). */
  private async drawReminder(alertId: number | null, of: number, user: string, fact: ReminderDm): Promise<SlackMessage | null> {
    const { db, mission } = this.veille;
    const alert = alertId === null ? null : getAlert(db, alertId);
    if (!alert) return null;
    const task = fact.about === 'task_overdue' && fact.task.id !== undefined ? getTask(db, fact.task.id) : null;
    const end = reminderEnd(fact, user, alert, task, editedDown(db, alert.id, of));
    if (!end) return null;
    // Who works a restricted case is named to members of a section holding it only (not its reporter
    // outside them, who may own it); without Slack's word, to no one.
    const { isMember, languageOf } = this.readers;
    const mayName = alert.sensitivity === 'standard' || (isMember ? (await readingOf(this.veille, isMember, alert, user)) === 'member' : false);
    const own = alert.reportedBy === user;
    const language = (!own && (await languageOf?.(user))) || personLanguage(mission, user, alert);
    return renderReminderCopy(fact, end, alert, { language, mayName });
  }

  private async draw(alertId: number | null, user: string, fact: FollowupDm): Promise<SlackMessage | null> {
    const { db, mission } = this.veille;
    const alert = alertId === null ? null : getAlert(db, alertId);
    if (!alert) return null;
    const { isMember, languageOf } = this.readers;
    const mayView = alert.sensitivity === 'standard' || (isMember ? await mayViewRestricted(this.veille, isMember, alert, user) : fact.mayView);
    const own = alert.reportedBy === user;
    const language = (!own && (await languageOf?.(user))) || personLanguage(mission, user, alert);
    const mayName = isMember ? (await readingOf(this.veille, isMember, alert, user)) === 'member' : undefined;
    return renderDmCopy(this.veille, alert.id, fact, { user, language, mayView, ...(mayName !== undefined && { mayName }) });
  }
}

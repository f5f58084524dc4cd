import type { KnownBlock } from '@slack/types';
import type { Language } from '../domain/taxonomy.js';
import { durable } from '../store/durability.js';
import type { WebClient } from '@slack/web-api';
import { getAlert, postedCard, routesOf } from '../alerts/service.js';
import { withdrawAnswered } from '../alerts/answer-lost.js';
import { placeById, type Veille } from '../context.js';
import { t } from './i18n/index.js';
import { personLanguage } from './render/language.js';
import { recordEvent } from '../store/events.js';
import { claim, dueHeads, enqueue, takeLanesWritten, markedInFlight, markFailed, markInFlight, markSent, nextDueAt, postedAt, scheduleRetry, type OutboxMessage, type OutboxRow, type Said } from '../store/outbox.js';
import { writeWhenFree } from '../store/db.js';
import { renderFact, type Recipient } from './render/index.js';
import type { SlackMessage } from './views/card.js';
import { renderConfirmation, withAnswerLostNote } from './views/confirmation.js';
import { slackErrorCode } from './membership.js';
import { classify, mayStillLand, type Outcome } from './outbox-errors.js';
import { REDACTED } from '../retention/policy.js';
import { deliverDigest, updateDigest } from './render/digest-send.js';
import { deliverChart } from './chart-upload.js';
import { renderChartPng, type ChartRenderer } from './render/chart.js';
import { CardPosts, withJoin } from './card-posts.js';
import { DmCopies, type DmReaders } from './dm-copies.js';
import { ReminderPosts } from './reminder-posts.js';
import { alreadyPosted } from './outbox-landed.js';
import { LATE_LANDING_FACTOR, LateLandings } from './late-landing.js';
import { deliverSms, type SmsReplySettings } from '../reporter/sms-send.js';
import { deliverReporterDm } from './render/reporter-send.js';

/** Links in replies and DMs stay links: no preview pulls a page (or a photo) into the conversation. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Posts that create a message, which a blind retry could duplicate. A digest's chart is among them
 * for its "no chart this time" note (the upload itself is found again by its file id: chart-upload.ts).
 */
const CREATES_MESSAGE = new Set<OutboxMessage['kind']>(['card', 'thread', 'message', 'dm', 'digest', 'digest_chart']);

/**
 * Sends what the outbox holds, after the acknowledgement. One post in flight per lane (channel or
 * user) keeps each channel in order; a 429 waits as long as Slack's Retry-After; 5xx and network
 * errors back off; nothing is dropped except on a permanent error, which is recorded and reported.
 */
export class OutboxSender {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** When each lane may send again (real time): Slack takes about one message a second per channel. */
  private laneFreeAt = new Map<string, number>();
  /** Posts whose last attempt got no answer, waiting until it can no longer land (late-landing.ts). */
  private landings: LateLandings;
  /** Whether the posts the previous process left in flight have been read (once, at the first drain). */
  private readLeftInFlight = false;
  private pacingTimer: NodeJS.Timeout | null = null;
  /**
   * The last look found posts due but every one waiting for its lane's pace (none for a late landing), and the
   * pacing timer is set to look again when the first lane frees. Until then a kick (an answer that left)
   * can only find something to send in a lane written since that is not being paced: otherwise it does
   * not query the outbox. A burst of a hundred reports in one channel kicks the sender after every
   * commit; each look cost two queries on the thread that acknowledges the next reports.
   */
  private waitingForPace = false;

  /** Draws a digest's chart (replaceable, so a test can make it fail). */
  renderChart: ChartRenderer = renderChartPng;

  constructor(
    private veille: Veille,
    private client: WebClient,
    /** Milliseconds between two posts in one channel or DM; 0 sends as fast as Slack answers (tests). */
    private laneIntervalMs = 1000,
    /** Who may read a restricted alert in full, and in which language, for its DM copies (dm-copies.ts). */
    private readers: DmReaders = {},
    /** How file bytes reach Slack's upload URL: through the proxy when there is one. */
    private fetch: typeof globalThis.fetch = globalThis.fetch,
    /** The SMS gateways' outbound APIs, for replies to reporters who wrote by SMS. */
    private sms: SmsReplySettings = {},
    /** The Web API client's time-out: how long an unanswered post may still take to land follows from it. */
    slackTimeoutMs = 10_000,
  ) {
    this.lateLandingMs = LATE_LANDING_FACTOR * slackTimeoutMs;
    this.slackTimeoutMs = slackTimeoutMs;
    this.landings = new LateLandings(veille.clock);
    this.cards = new CardPosts(veille, client);
    this.copies = new DmCopies(veille, client, readers);
    this.reminderPosts = new ReminderPosts(veille, client);
  }

  private cards: CardPosts;
  private copies: DmCopies;
  private reminderPosts: ReminderPosts;
  private lateLandingMs: number;
  private slackTimeoutMs: number;

  /** Start sending now (after an acknowledgement); returns when the due posts are out. */
  kick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // The sending outlives the request that kicked it and has no 3 s window (a DM copy asks Slack who
    // may read it, and may wait as long as it takes: its look-ups get no window end). It starts on the
    // next turn of the event loop: the answers that left together after one fsync kick it once, not each.
    // (a kick that found nothing new to look at leaves the timers as the last look set them)
    let looked = true;
    this.running = new Promise<void>((resolve) => setImmediate(resolve))
      .then(async () => {
        if (!this.stopped) looked = await this.drain();
      })
      .catch((error: unknown) => {
        // The database refused the bookkeeping (disk full, read-only): the posts stay pending and
        // are tried again on the next tick; the process must not die of it.
        this.veille.log.error('outbox paused: the database refused a write', { error: (error as { code?: string }).code ?? (error as Error).name });
      })
      .finally(() => {
        this.running = null;
        if (looked) this.scheduleNext();
      });
    return this.running;
  }

  /** A timer's kick: the time it waited for has come, so the outbox is looked at whatever was written. */
  private wake(): void {
    this.waitingForPace = false;
    void this.kick();
  }

  /** True when a post written since the last look may be sendable now: its lane is not being paced. */
  private writtenOutsidePace(): boolean {
    const now = performance.now();
    for (const lane of takeLanesWritten(this.veille.db)) if (this.laneIntervalMs <= 0 || lane.startsWith('ephemeral:') || (this.laneFreeAt.get(lane) ?? 0) <= now) return true;
    return false;
  }

  /** Waits until nothing is due right now (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.pacingTimer) clearTimeout(this.pacingTimer);
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const due = nextDueAt(this.veille.db, this.veille.clock.now());
    if (due === null) return;
    const wait = Math.max(50, Math.min(due - this.veille.clock.now(), 60_000));
    this.timer = setTimeout(() => this.wake(), wait);
    this.timer.unref();
  }

  /** Sends what is due; false when it did not look (nothing written since outside the lanes being paced). */
  private async drain(): Promise<boolean> {
    if (!this.readLeftInFlight) {
      // Left in flight by the process before this one: each attempt may have reached Slack just
      // before it died, and may still land until the client's time-out and the window after it.
      this.landings.leftInFlight(markedInFlight(this.veille.db), this.slackTimeoutMs + this.lateLandingMs);
      this.readLeftInFlight = true;
    }
    let looked = false;
    do {
      this.again = false;
      for (;;) {
        withdrawAnswered(this.veille.db); // a notice whose answer went out is never sent
        // (the lanes written are taken on every pass, so only what was written after this look counts next time)
        const fresh = this.writtenOutsidePace();
        if (this.waitingForPace && this.pacingTimer && !fresh) break;
        looked = true;
        const heads = dueHeads(this.veille.db, this.veille.clock.now());
        const ready: OutboxRow[] = [];
        let landing = false;
        for (const row of heads) {
          if (!this.landings.settled(row.id)) landing = true;
          else if (this.takeTurn(row.lane)) ready.push(row);
        }
        if (ready.length === 0 || this.stopped) {
          if (heads.length > 0) this.wakeWhenALaneIsFree();
          // (a late landing settles by the clock, which a kick may find moved: only the pace lets a kick skip)
          this.waitingForPace = heads.length > 0 && !landing && this.pacingTimer !== null;
          break;
        }
        this.waitingForPace = false;
        await Promise.all(ready.map((row) => this.sendOne(row)));
      }
    } while (this.again && !this.stopped);
    return looked;
  }

  /**
   * Pacing: a lane that posted less than the interval ago waits its turn, so a burst (a hundred
   * reports, the 07:00 digests) goes out at Slack's pace instead of as a storm of 429s, and the
   * sender leaves the process free to acknowledge the next reports. Ephemerals are not paced.
   */
  private takeTurn(lane: string): boolean {
    if (this.laneIntervalMs <= 0 || lane.startsWith('ephemeral:')) return true;
    const now = performance.now();
    if ((this.laneFreeAt.get(lane) ?? 0) > now) return false;
    this.laneFreeAt.set(lane, now + this.laneIntervalMs);
    if (this.laneFreeAt.size > 10_000) this.laneFreeAt.clear(); // forget old lanes now and then
    return true;
  }

  private wakeWhenALaneIsFree(): void {
    if (this.pacingTimer || this.stopped) return;
    const now = performance.now();
    const soonest = Math.min(...[...this.laneFreeAt.values(), ...this.landings.moments()].filter((t) => t > now));
    const wait = Number.isFinite(soonest) ? Math.max(10, soonest - now) : this.laneIntervalMs;
    this.pacingTimer = setTimeout(() => {
      this.pacingTimer = null;
      this.wake();
    }, wait);
    this.pacingTimer.unref();
  }

  /** The sender's bookkeeping: never waits synchronously for another process's lock (see writeWhenFree). */
  private write<T>(fn: () => T): Promise<T> {
    return writeWhenFree(this.veille.db, fn);
  }

  private async sendOne(row: OutboxRow): Promise<void> {
    const { db, clock, log } = this.veille;
    // Another sender on this database (a second process) may be at the same row: one of us takes it.
    if (!(await this.write(() => claim(db, row.id, clock.now())))) return;
    if (CREATES_MESSAGE.has(row.message.kind)) {
      // An earlier attempt may have landed before the app died or the answer was lost: look first.
      if (row.inFlightAt !== null) {
        const landed = await alreadyPosted(this.veille, this.client, row, (alertId, sectionId) => this.cards.renderFor(alertId, sectionId)?.view ?? null);
        if (typeof landed === 'object') {
          // Remembered where it landed: a later edit, retraction or the digest's chart finds it.
          await this.write(() => markSent(db, row.id, clock.now(), landed));
          return;
        }
        if (landed === 'unknown') {
          // Slack cannot tell us now: ask again later rather than risk posting twice.
          await this.write(() => scheduleRetry(db, row.id, clock.now() + Math.min(300_000, 1000 * 2 ** Math.min(row.attempts, 9)), 'checking whether the last attempt landed'));
          return;
        }
      }
      await this.write(() => markInFlight(db, row.id, clock.now()));
    }
    // Nothing reaches Slack before what it shows (and the in-flight marker) is on disk: a power cut
    // must not leave a posted card whose alert, or reference, the database forgot.
    await durable(db);
    const outcome = await this.deliver(row).catch((error: unknown): Outcome => {
      const retry = classify(error, row.attempts);
      return !retry.ok && 'retryInMs' in retry && mayStillLand(error) ? { ...retry, mayStillLandWithinMs: this.lateLandingMs } : retry;
    });
    this.landings.note(row.id, outcome);
    if (outcome.ok) {
      await this.write(() => markSent(db, row.id, clock.now(), outcome.posted));
      return;
    }
    if ('permanent' in outcome) {
      log.warn('slack post given up', { outbox: row.id, kind: row.message.kind, lane: row.lane, error: outcome.error });
      await this.write(() => db.transaction(() => {
        markFailed(db, row.id, outcome.error);
        if (row.alertId !== null && (row.message.kind === 'card' || row.message.kind === 'card_update')) {
          recordEvent(db, { alertId: row.alertId, at: clock.now(), actor: 'veille', type: 'post_failed', data: { channel: row.message.channel, error: outcome.error } });
          this.tellReporter(row.alertId, row.message.channel, outcome.error);
        }
      })());
      return;
    }
    log.info('slack post delayed', { outbox: row.id, lane: row.lane, error: outcome.error, retry_in_ms: outcome.retryInMs });
    await this.write(() => scheduleRetry(db, row.id, clock.now() + outcome.retryInMs, outcome.error, outcome.error === 'ratelimited'));
  }

  /** The marker every post carries, so a retry can tell whether the post it repeats already landed. */
  private marker(row: OutboxRow) {
    return { metadata: { event_type: 'veille_post', event_payload: { outbox_id: row.id } } };
  }

  /** A card that cannot be posted must not fail silently: the reporter hears where and why. */
  private tellReporter(alertId: number, channel: string, error: string): void {
    const alert = getAlert(this.veille.db, alertId);
    if (!alert) return;
    // Their own report: in the language they wrote it in.
    const c = t(personLanguage(this.veille.mission, alert.reportedBy, alert)).undeliverable;
    const why = error === 'not_in_channel' || error === 'channel_not_found' ? c.notInChannel : c.slackSaid(error);
    enqueue(this.veille.db, this.veille.clock.now(), alertId, { kind: 'dm', user: alert.reportedBy, text: c.card(alert.reference, `<#${channel}>`, why) });
  }

  private async deliver(row: OutboxRow): Promise<Outcome> {
    const message = row.message;
    switch (message.kind) {
      case 'card':
        return this.cards.post(row.alertId!, message.channel, message.sectionId, row.id, this.marker(row));
      case 'card_update':
        return this.cards.update(row.alertId!, message.channel, row.id);
      case 'card_delete':
        return this.cards.delete(row.alertId!, message.channel);
      case 'thread': {
        const said = this.said(row, { channel: message.channel }, message);
        if (!said) return { ok: true };
        const card = postedCard(this.veille.db, row.alertId!, message.channel);
        const posted = await this.client.chat.postMessage({ channel: message.channel, ...said, ...(card ? { thread_ts: card.ts } : {}), ...NO_UNFURL, ...this.marker(row) });
        return { ok: true, posted: { channel: message.channel, ts: posted.ts! } };
      }
      case 'message': {
        const said = this.said(row, { channel: message.channel }, message);
        if (!said) return { ok: true };
        const posted = await this.client.chat.postMessage({ channel: message.channel, ...said, ...NO_UNFURL, ...this.marker(row) });
        return { ok: true, posted: { channel: message.channel, ts: posted.ts! } };
      }
      case 'dm': {
        if (message.fact?.about === 'reporter_notice') return deliverReporterDm(this.veille, this.client, row, message.user, message.fact, this.marker(row));
        // A DM copy of a card is drawn as the alert is when it leaves, and kept current after.
        if (message.fact?.about === 'followup_dm') return this.copies.post(row, message.user, message.fact, this.marker(row));
        // To one person: their Slack language when Veille knows it (not for their own report's).
        const said = this.said(row, { user: message.user }, message, message.fact && message.fact.about !== 'retracted' ? await this.readers.languageOf?.(message.user) : null);
        if (!said) return { ok: true };
        const opened = await this.client.conversations.open({ users: message.user });
        const posted = await this.client.chat.postMessage({ channel: opened.channel!.id!, ...said, ...NO_UNFURL, ...this.marker(row) });
        return { ok: true, posted: { channel: opened.channel!.id!, ts: posted.ts! } };
      }
      case 'redact_post':
        await this.client.chat.update({ channel: message.channel, ts: message.ts, text: REDACTED, blocks: [] }).catch((error: unknown) => {
          if (slackErrorCode(error) !== 'message_not_found') throw error; // already gone is as good as redacted
        });
        return { ok: true };
      case 'retract_post': {
        const posted = postedAt(this.veille.db, message.of);
        if (!posted) return { ok: true }; // never landed (given up): nothing to edit
        const reader = message.fact && 'reader' in message.fact ? message.fact.reader : { channel: posted.channel };
        const text = message.fact ? renderFact(this.veille, row.alertId, reader, message.fact)?.text : message.text;
        if (text === undefined) return { ok: true };
        await this.client.chat.update({ channel: posted.channel, ts: posted.ts, text, blocks: [] }).catch((error: unknown) => {
          if (slackErrorCode(error) !== 'message_not_found') throw error;
        });
        return { ok: true };
      }
      case 'dm_copy_update':
        return this.reminderPosts.handles(message.of) ? this.reminderPosts.update(row, message.of) : this.copies.update(row, message.of);
      case 'digest_update': {
        const posted = postedAt(this.veille.db, message.of);
        if (!posted) return { ok: true };
        await updateDigest(this.veille, this.client, posted, message.digest, row.id).catch((error: unknown) => {
          if (slackErrorCode(error) !== 'message_not_found') throw error;
        });
        return { ok: true };
      }
      case 'ephemeral':
        await this.client.chat.postEphemeral({ channel: message.channel, user: message.user, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
        return { ok: true };
      case 'confirmation': {
        const rendered = this.renderConfirmationFor(row.alertId!, message.warnings, message.late === true);
        if (rendered) await this.client.chat.postEphemeral({ channel: message.channel, user: message.user, text: rendered.text, blocks: rendered.blocks });
        return { ok: true };
      }
      case 'sms':
        return deliverSms(this.veille, this.sms, row, message);
      case 'digest': {
        const posted = await withJoin(this.client, message.channel, () => deliverDigest(this.veille, this.client, message, row.id, this.marker(row)));
        return { ok: true, posted };
      }
      case 'digest_chart':
        return deliverChart({ veille: this.veille, client: this.client, render: this.renderChart, fetch: this.fetch, write: (fn) => this.write(fn) }, row, message, this.marker(row));
    }
  }

  /**
   * What a thread reply, message or DM says: its facts rendered now, in its reader's language, or
   * the words it was written with (notices; rows from before the facts). Null: nothing left to say.
   */
  private said(row: OutboxRow, to: Recipient, message: Said, slackLanguage: Language | null = null): { text: string; blocks?: KnownBlock[] } | null {
    if (message.fact === undefined) return { text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) };
    const rendered = renderFact(this.veille, row.alertId, to, message.fact, slackLanguage);
    if (!rendered) return null;
    return { text: rendered.text, ...(rendered.blocks.length ? { blocks: rendered.blocks } : {}) };
  }

  private renderConfirmationFor(alertId: number, warnings: string[], late: boolean): SlackMessage | null {
    const { db, mission } = this.veille;
    const alert = getAlert(db, alertId);
    if (!alert) return null;
    const routes = routesOf(db, alertId).map((r) => ({ ...r, channel: '', reason: 'category' as const }));
    const rendered = renderConfirmation(alert, placeById(this.veille, alert.placeId), routes, mission, warnings);
    return late ? withAnswerLostNote(rendered, alert.language) : rendered;
  }
}

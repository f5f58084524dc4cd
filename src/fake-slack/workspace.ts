/**
 * The fake workspace as tests and the playground see it: what is in each channel, each user's
 * ephemerals, DMs, Home tab and open modals, and a few levers (membership, human messages).
 * FakeSlack adds the HTTP side on top of this.
 */
import type { SlackState } from './state.js';
import type { CallRecord, FakeChannel, Json, ResponseRecord, StoredEphemeral, StoredMessage, StoredView } from './types.js';
import { type UserView, conversationsOf, seenBy } from './user-view.js';
import { type WorkspaceSnapshot, restoreSnapshot, takeSnapshot } from './snapshot.js';
import { type ViewAckOutcome, applyViewAck, closeView } from './view-lifecycle.js';

export class FakeWorkspace {
  /** App mistakes Slack would refuse; tests end with `expect(fake.violations).toEqual([])`. */
  readonly violations: string[] = [];
  /** Every Web API call (and response_url post), in order, with decoded arguments. */
  readonly calls: CallRecord[] = [];

  constructor(readonly state: SlackState) {}

  now(): number {
    return this.state.now();
  }

  get botUserId(): string {
    return this.state.config.botUserId;
  }
  get botId(): string {
    return this.state.config.botId;
  }
  get teamId(): string {
    return this.state.config.teamId;
  }
  get teamDomain(): string {
    return this.state.config.teamDomain;
  }
  get apiAppId(): string {
    return this.state.config.apiAppId;
  }

  callsTo(method: string): CallRecord[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Top-level messages of a channel, oldest first, each with its `replies`. */
  messages(channelId: string): StoredMessage[] {
    return [...(this.state.messages.get(channelId) ?? [])];
  }

  /**
   * Every message of a conversation (channel or DM), top-level messages each followed by its thread
   * replies, as it reads now: after every chat.update, without what chat.delete removed.
   */
  finalMessages(channelId: string): StoredMessage[] {
    return this.messages(channelId).flatMap((m) => [m, ...m.replies]);
  }

  /** Every conversation holding messages (channels and DMs), with its messages as they read now. */
  everyConversation(): Array<{ channel: string; messages: StoredMessage[] }> {
    return [...this.state.messages.keys()].map((channel) => ({ channel, messages: this.finalMessages(channel) })).filter((c) => c.messages.length > 0);
  }

  /** A message by ts, top-level or reply. */
  message(channelId: string, ts: string): StoredMessage | undefined {
    return this.state.findMessage(channelId, ts)?.message;
  }

  /** The replies of the thread `ts` belongs to (the parent itself excluded), oldest first. */
  thread(channelId: string, ts: string): StoredMessage[] {
    const found = this.state.findMessage(channelId, ts);
    return found ? [...(found.parent ?? found.message).replies] : [];
  }

  /** Messages deleted with chat.delete or delete_original, in order of deletion. */
  deletedMessages(channelId?: string): StoredMessage[] {
    return this.state.deleted.filter((m) => channelId === undefined || m.channel === channelId);
  }

  ephemerals(filter: { user?: string; channel?: string } = {}): StoredEphemeral[] {
    return this.state.ephemerals.filter(
      (e) => (filter.user === undefined || e.user === filter.user) && (filter.channel === undefined || e.channel === filter.channel),
    );
  }

  /** The id of the bot's DM with a user (stable; the same conversations.open returns). */
  dmChannelId(userId: string): string {
    return this.state.dmWith(userId).id;
  }

  /** Top-level messages in the bot's DM with a user. */
  dms(userId: string): StoredMessage[] {
    return this.messages(this.dmChannelId(userId));
  }

  homeView(userId: string): StoredView | undefined {
    return this.state.homes.get(userId);
  }

  /** The user's modal stack, root first; empty when no modal is open. */
  openViews(userId: string): StoredView[] {
    return [...(this.state.modalStacks.get(userId) ?? [])];
  }

  /** Any open modal or published Home view by id. */
  view(viewId: string): StoredView | undefined {
    return this.state.findView((v) => v.id === viewId)?.view;
  }

  /** What the app posted to response URLs, oldest first. */
  responses(filter: { user?: string; channel?: string } = {}): ResponseRecord[] {
    return this.state.responses.filter(
      (r) => (filter.user === undefined || r.user === filter.user) && (filter.channel === undefined || r.channel === filter.channel),
    );
  }

  /** Everything this person would see in Slack, and nothing else (the playground's page). */
  seenBy(userId: string): UserView {
    return seenBy(this.state, userId);
  }

  /** Channels, messages, ephemerals and Home tabs as JSON, to keep across restarts. */
  snapshot(): WorkspaceSnapshot {
    return takeSnapshot(this.state);
  }

  /** Back to the configured workspace with a snapshot's messages, ephemerals and Home tabs. */
  restore(snapshot: WorkspaceSnapshot): void {
    restoreSnapshot(this.state, snapshot);
  }

  /** The channels and DMs a person is in: configured channels in their order, then DMs. */
  conversationsOf(userId: string): FakeChannel[] {
    return conversationsOf(this.state, userId);
  }

  members(channelId: string): string[] {
    return [...(this.state.channels.get(channelId)?.members ?? [])];
  }

  /** Put someone (the bot by default is `botUserId`) in or out of a channel. */
  setMember(channelId: string, userId: string, member: boolean): void {
    const channel = this.state.channels.get(channelId);
    if (!channel) throw new Error(`fake-slack: no channel ${channelId}`);
    if (member) channel.members.add(userId);
    else channel.members.delete(userId);
  }

  /** Someone changes the language of their Slack (`fr-FR`, `en-US`): users.info says so from then on. */
  setLocale(userId: string, locale: string): void {
    const user = this.state.users.get(userId);
    if (!user) throw new Error(`fake-slack: no user ${userId}`);
    user.locale = locale;
  }

  /** A message written by a human (for message shortcuts, threads the app replies in). */
  addUserMessage(channelId: string, user: string, text: string, options: { thread_ts?: string; blocks?: Json[] } = {}): StoredMessage {
    const message: StoredMessage = { type: 'message', channel: channelId, ts: this.state.nextTs(), user, text, replies: [] };
    if (options.blocks) message.blocks = options.blocks;
    const parent = options.thread_ts ? this.state.findMessage(channelId, options.thread_ts) : undefined;
    if (options.thread_ts && !parent) throw new Error(`fake-slack: no message ${options.thread_ts} in ${channelId}`);
    if (parent) {
      const root = parent.parent ?? parent.message;
      message.thread_ts = root.ts;
      root.replies.push(message);
    } else {
      this.state.topLevel(channelId).push(message);
    }
    return message;
  }

  /**
   * Resolves with the first truthy value of `probe`, polling on real time. Bolt acknowledges
   * before the listener finishes, so what the app posts after its ack arrives a little later.
   */
  async waitFor<T>(probe: () => T | undefined | null | false, options: { timeoutMs?: number; what?: string } = {}): Promise<T> {
    const deadline = Date.now() + (options.timeoutMs ?? 2000);
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake-slack: timed out waiting for ${options.what ?? 'a condition'}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Resolves when the app has called `method` at least `count` times (default 1); returns those calls. */
  waitForCalls(method: string, count = 1, timeoutMs?: number): Promise<CallRecord[]> {
    return this.waitFor(
      () => {
        const calls = this.calls.filter((c) => c.method === method);
        return calls.length >= count && calls;
      },
      { what: `${count} call(s) to ${method}`, ...(timeoutMs !== undefined && { timeoutMs }) },
    );
  }

  /** Applies the app's ack of a view_submission to the user's modal stack (used by the driver). */
  applyViewSubmissionAck(user: string, viewId: string, ack: unknown): ViewAckOutcome {
    const outcome = applyViewAck(this.state, user, viewId, ack);
    this.violations.push(...outcome.violations);
    return outcome;
  }

  /** The user closed a modal (used by the driver's viewClosed). */
  closeView(user: string, viewId: string): void {
    closeView(this.state, user, viewId);
  }
}

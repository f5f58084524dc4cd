/**
 * The fake workspace's memory: users, channels, messages, ephemerals, views, trigger ids and
 * response URLs. Pure bookkeeping — no HTTP, no Slack error codes — so the method handlers and the
 * driver share one source of truth.
 */
import type {
  FakeChannel,
  FakeChannelInit,
  FakeUserInit,
  ResponseRecord,
  ResponseUrlContext,
  StoredEphemeral,
  StoredFile,
  StoredMessage,
  StoredView,
} from './types.js';

export interface WorkspaceConfig {
  botToken: string;
  botUserId: string;
  botName: string;
  botId: string;
  teamId: string;
  teamDomain: string;
  apiAppId: string;
  users: FakeUserInit[];
  channels: FakeChannelInit[];
  chatWritePublic: boolean;
}

export interface Trigger {
  id: string;
  user: string;
  expiresAt: number;
  used: boolean;
}

export interface IssuedResponseUrl extends ResponseUrlContext {
  id: string;
  issuedAt: number;
  uses: number;
  /** The ephemeral this URL posted last, for replace_original after a slash command. */
  lastEphemeralTs?: string;
}

/** Slack lets a trigger_id open a view for 3 seconds. */
export const TRIGGER_LIFETIME_MS = 3_000;

export class SlackState {
  readonly users = new Map<string, FakeUserInit>();
  readonly channels = new Map<string, FakeChannel>();
  /** Top-level messages per channel, oldest first; replies hang off their parent. */
  readonly messages = new Map<string, StoredMessage[]>();
  readonly deleted: StoredMessage[] = [];
  ephemerals: StoredEphemeral[] = [];
  /** Modal stack per user, root first (Slack allows three). */
  readonly modalStacks = new Map<string, StoredView[]>();
  readonly homes = new Map<string, StoredView>();
  readonly triggers = new Map<string, Trigger>();
  readonly responseUrls = new Map<string, IssuedResponseUrl>();
  readonly responses: ResponseRecord[] = [];
  /** Uploaded files by id (files.getUploadURLExternal, the upload, files.completeUploadExternal). */
  readonly files = new Map<string, StoredFile>();
  /** Where the fake listens (`http://127.0.0.1:PORT`): upload URLs and file URLs point there. */
  uploadBase = '';
  /** The last ts handed out (microseconds) and the id counter: kept in snapshots so ids never repeat. */
  lastMicros = 0;
  counter = 0;

  constructor(
    readonly config: WorkspaceConfig,
    readonly now: () => number,
  ) {
    this.load();
  }

  /** Back to the configured workspace: everything posted, opened or issued is forgotten. */
  reset(): void {
    for (const store of [this.users, this.channels, this.messages, this.modalStacks, this.homes, this.triggers, this.responseUrls, this.files]) {
      store.clear();
    }
    this.deleted.length = 0;
    this.responses.length = 0;
    this.ephemerals = [];
    // Nothing posted remains, so ts may start again from the clock (which a reset may have set back).
    this.lastMicros = 0;
    this.load();
  }

  private load(): void {
    const { botUserId, botName } = this.config;
    this.users.set(botUserId, { id: botUserId, name: botName, real_name: botName, is_bot: true });
    for (const user of this.config.users) this.users.set(user.id, { ...user });
    const everyone = this.config.users.map((u) => u.id);
    for (const init of this.config.channels) {
      const members = new Set(init.members ?? everyone);
      if (init.botMember !== false) members.add(botUserId);
      this.channels.set(init.id, { id: init.id, name: init.name, is_private: init.is_private ?? false, is_im: false, is_mpim: false, members });
    }
  }

  /**
   * A Slack ts: seconds.microseconds, unique and increasing. It follows the clock, and when the
   * clock stands still (a manual test clock) it moves on by one microsecond.
   */
  nextTs(): string {
    const micros = Math.max(Math.floor(this.now()) * 1000, this.lastMicros + 1);
    this.lastMicros = micros;
    const seconds = Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  /** Ids in Slack's style (a prefix letter and upper-case alphanumerics), unique within this fake. */
  nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${String(this.counter).padStart(9, '0')}`;
  }

  isMember(channelId: string, userId: string): boolean {
    return this.channels.get(channelId)?.members.has(userId) ?? false;
  }

  /** The bot's DM with a user: one stable id per user, created on first use. */
  dmWith(userId: string): FakeChannel {
    const id = `D${userId.replace(/^[UW]/, '')}`;
    let channel = this.channels.get(id);
    if (!channel) {
      channel = { id, name: id, is_private: true, is_im: true, is_mpim: false, user: userId, members: new Set([userId, this.config.botUserId]) };
      this.channels.set(id, channel);
    }
    return channel;
  }

  /** A group DM between the bot and several users; the id is stable for the same set of people. */
  groupDmWith(userIds: string[]): FakeChannel {
    const sorted = [...new Set(userIds)].sort();
    const id = `G${sorted.map((u) => u.replace(/^[UW]/, '')).join('').slice(0, 20)}`;
    let channel = this.channels.get(id);
    if (!channel) {
      const name = `mpdm-${sorted.join('--')}-1`;
      channel = { id, name, is_private: true, is_im: false, is_mpim: true, members: new Set([...sorted, this.config.botUserId]) };
      this.channels.set(id, channel);
    }
    return channel;
  }

  /** Slack accepts a user id as `channel` for chat.postMessage and posts to the app's DM with them. */
  resolveChannel(idOrUser: string): FakeChannel | undefined {
    const channel = this.channels.get(idOrUser);
    if (channel) return channel;
    if (/^[UW]/.test(idOrUser) && this.users.has(idOrUser)) return this.dmWith(idOrUser);
    // The app's DM with a user exists in Slack whether or not it was opened in this fake's lifetime.
    const dmUser = [...this.users.keys()].find((u) => idOrUser === `D${u.replace(/^[UW]/, '')}`);
    return dmUser ? this.dmWith(dmUser) : undefined;
  }

  topLevel(channelId: string): StoredMessage[] {
    let list = this.messages.get(channelId);
    if (!list) {
      list = [];
      this.messages.set(channelId, list);
    }
    return list;
  }

  /** Finds a message by ts among top-level messages and thread replies. */
  findMessage(channelId: string, ts: string): { message: StoredMessage; parent?: StoredMessage } | undefined {
    for (const message of this.messages.get(channelId) ?? []) {
      if (message.ts === ts) return { message };
      const reply = message.replies.find((r) => r.ts === ts);
      if (reply) return { message: reply, parent: message };
    }
    return undefined;
  }

  removeMessage(channelId: string, ts: string): StoredMessage | undefined {
    const found = this.findMessage(channelId, ts);
    if (!found) return undefined;
    const list = found.parent ? found.parent.replies : this.topLevel(channelId);
    list.splice(list.indexOf(found.message), 1);
    this.deleted.push(found.message);
    return found.message;
  }

  findEphemeral(ts: string): StoredEphemeral | undefined {
    return this.ephemerals.find((e) => e.ts === ts);
  }

  /** Every view the fake knows, modal or Home, with the stack a modal sits in. */
  findView(match: (view: StoredView) => boolean): { view: StoredView; stack?: StoredView[] } | undefined {
    for (const stack of this.modalStacks.values()) {
      const view = stack.find(match);
      if (view) return { view, stack };
    }
    for (const view of this.homes.values()) if (match(view)) return { view };
    return undefined;
  }

  modalStack(userId: string): StoredView[] {
    let stack = this.modalStacks.get(userId);
    if (!stack) {
      stack = [];
      this.modalStacks.set(userId, stack);
    }
    return stack;
  }

  issueTrigger(userId: string): string {
    this.counter += 1;
    const id = `${this.counter}.${this.config.teamId.replace(/^T/, '')}.${Math.floor(this.now()).toString(16)}`;
    this.triggers.set(id, { id, user: userId, expiresAt: this.now() + TRIGGER_LIFETIME_MS, used: false });
    return id;
  }

  issueResponseUrl(context: ResponseUrlContext): IssuedResponseUrl {
    const issued: IssuedResponseUrl = { ...context, id: this.nextId('R'), issuedAt: this.now(), uses: 0 };
    this.responseUrls.set(issued.id, issued);
    return issued;
  }
}

import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import { timeLeft } from './slack-window.js';

/**
 * Slack did not say in time whether someone is in a channel. Nothing may be decided on it: the
 * command or click is refused with "try again", and nothing is stored.
 */
export class MembershipUnknown extends Error {
  constructor(readonly channel: string) {
    super(`Slack did not answer in time whether the user is in ${channel}`);
    this.name = 'MembershipUnknown';
  }
}

/** How long one membership look-up may take; together they also stay inside the request's window (slack-window.ts). */
const MEMBERSHIP_BUDGET_MS = 1200;

/**
 * Channel membership, as Slack says it, cached briefly: membership of a restricted section's channel
 * is what grants restricted details. A channel the bot cannot read means no; no answer in time
 * (Slack slow or unreachable) throws MembershipUnknown. The cache runs on monotonic time, so a wall
 * clock set back does not stretch it (a removed member keeps no access for the size of the jump).
 */
export class Membership {
  private cache = new Map<string, { members: Set<string>; until: number }>();
  private asking = new Map<string, Promise<Set<string> | null>>();

  constructor(
    private client: WebClient,
    // Kept for the callers' signature; the cache itself uses monotonic time.
    _clock: Clock,
    private log: Logger,
    private ttlMs = 60_000,
    private budgetMs = MEMBERSHIP_BUDGET_MS,
    private monotonic: () => number = () => performance.now(),
  ) {}

  /** `windowEnd`: the end of the request's window (slack-window.ts), when asked for a request Slack waits on. */
  isMember = async (channel: string, user: string, windowEnd?: number): Promise<boolean> => {
    const cached = this.cache.get(channel);
    if (cached && cached.until > this.monotonic()) return cached.members.has(user);
    // A slow answer still fills the cache when it comes, so the user's retry is answered at once.
    let lookup = this.asking.get(channel);
    if (!lookup) {
      lookup = this.lookUp(channel).finally(() => this.asking.delete(channel));
      this.asking.set(channel, lookup);
    }
    // Inside a request Slack waits on (3 s): each look-up has its budget, and no more than what is
    // left of the request's window. Elsewhere (events, timed jobs) it takes the time it takes.
    const left = timeLeft(windowEnd);
    if (left === undefined) return (await lookup)?.has(user) ?? false;
    const budget = Math.max(0, Math.min(this.budgetMs, left));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), budget)));
    const members = await Promise.race([lookup, late]).finally(() => clearTimeout(timer));
    if (members === 'late') {
      this.log.warn('membership check too slow; asking the user to retry', { channel });
      throw new MembershipUnknown(channel);
    }
    return members?.has(user) ?? false;
  };

  /** The members, or null when Slack said no (the bot cannot read the channel): not a member. */
  private async lookUp(channel: string): Promise<Set<string> | null> {
    try {
      const members = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await this.client.conversations.members({ channel, limit: 1000, ...(cursor ? { cursor } : {}) });
        for (const id of page.members ?? []) members.add(id);
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (cursor);
      this.cache.set(channel, { members, until: this.monotonic() + this.ttlMs });
      return members;
    } catch (error) {
      this.log.warn('membership check failed; treating as not a member', { channel, error: slackErrorCode(error) });
      return null;
    }
  }

  forget(channel?: string): void {
    if (channel) this.cache.delete(channel);
    else this.cache.clear();
  }
}

export function slackErrorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number };
  return e?.data?.error ?? (e?.statusCode ? `http_${e.statusCode}` : (e?.code ?? 'unknown_error'));
}

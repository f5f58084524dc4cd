import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';

/**
 * Channel membership, as Slack says it, cached briefly: membership of a restricted section's channel
 * is what grants restricted details. Any doubt (an error, a channel the bot cannot read) means no.
 */
export class Membership {
  private cache = new Map<string, { members: Set<string>; until: number }>();

  constructor(
    private client: WebClient,
    private clock: Clock,
    private log: Logger,
    private ttlMs = 60_000,
  ) {}

  isMember = async (channel: string, user: string): Promise<boolean> => {
    const cached = this.cache.get(channel);
    if (cached && cached.until > this.clock.now()) return cached.members.has(user);
    try {
      const members = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await this.client.conversations.members({ channel, limit: 1000, ...(cursor ? { cursor } : {}) });
        for (const id of page.members ?? []) members.add(id);
        cursor = page.response_metadata?.next_cursor || undefined;
      } while (cursor);
      this.cache.set(channel, { members, until: this.clock.now() + this.ttlMs });
      return members.has(user);
    } catch (error) {
      this.log.warn('membership check failed; treating as not a member', { channel, error: slackErrorCode(error) });
      return false;
    }
  };

  forget(channel?: string): void {
    if (channel) this.cache.delete(channel);
    else this.cache.clear();
  }
}

export function slackErrorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string }; statusCode?: number };
  return e?.data?.error ?? (e?.statusCode ? `http_${e.statusCode}` : (e?.code ?? 'unknown_error'));
}

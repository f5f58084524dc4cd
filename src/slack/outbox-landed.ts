import type { WebClient } from '@slack/web-api';
import { postedCard, saveCardPosted } from '../alerts/service.js';
import type { Veille } from '../context.js';
import { writeWhenFree } from '../store/db.js';
import type { OutboxRow } from '../store/outbox.js';
import { slackErrorCode } from './membership.js';
import { PERMANENT } from './outbox-errors.js';

export interface Landed {
  channel: string;
  ts: string;
}

/**
 * Finds a post carrying this row's marker in the recent history (or thread) of its channel, so a
 * retry never posts twice: where it landed (so later edits, retractions and a digest's chart find
 * it), 'unknown' when Slack cannot answer right now (down, slow, rate-limited);
 * 'no' when it answered and the post is not there — or when Slack will never be able to tell (no
 * access to the history), where posting again risks a duplicate but waiting would lose the post.
 * A card found is remembered as posted (`viewOf`: the form it has in that section now).
 */
export async function alreadyPosted(
  veille: Veille,
  client: WebClient,
  row: OutboxRow,
  viewOf: (alertId: number, sectionId: string) => 'full' | 'stub' | null,
): Promise<Landed | 'no' | 'unknown'> {
  const message = row.message;
  const oldest = String(Math.floor(row.createdAt / 1000) - 60);
  const carries = (found: Array<{ ts?: string; metadata?: { event_payload?: Record<string, unknown> } }> | undefined) =>
    (found ?? []).find((m) => m.metadata?.event_payload?.outbox_id === row.id);
  try {
    if (message.kind === 'thread') {
      const card = postedCard(veille.db, row.alertId!, message.channel);
      if (!card) return 'no';
      const replies = await client.conversations.replies({ channel: message.channel, ts: card.ts, oldest, limit: 200, include_all_metadata: true });
      const reply = carries(replies.messages);
      return reply ? { channel: message.channel, ts: reply.ts! } : 'no';
    }
    const channel = message.kind === 'dm' ? (await client.conversations.open({ users: message.user })).channel!.id! : 'channel' in message ? message.channel : null;
    if (!channel) return 'no';
    const history = await client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true });
    const found = carries(history.messages);
    if (found && message.kind === 'card') {
      const view = viewOf(row.alertId!, message.sectionId) ?? message.view;
      await writeWhenFree(veille.db, () => saveCardPosted(veille.db, row.alertId!, { sectionId: message.sectionId, channel, ts: found.ts!, view }));
    }
    return found ? { channel, ts: found.ts! } : 'no';
  } catch (error) {
    const e = error as { code?: string };
    return e?.code === 'slack_webapi_platform_error' && PERMANENT.has(slackErrorCode(error)) ? 'no' : 'unknown';
  }
}

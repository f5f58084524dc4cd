import type { CommandDeps } from '../../../commands/types.js';
import type { Membership } from '../membership.js';
import type { OutboxSender } from '../outbox-sender.js';

/**
 * What listeners get: the command deps plus the sender to start once they have acknowledged, and
 * the membership cache to drop a channel from when Slack says someone left it. Each listener of a
 * request Slack waits on (command, button, form, shortcut) starts with `forRequest(shared, context)`,
 * so its Slack look-ups share the request's 3 s window (slack-window.ts).
 */
export interface ListenerDeps extends CommandDeps {
  sender: Pick<OutboxSender, 'kick'>;
  membership: Pick<Membership, 'forget'>;
}

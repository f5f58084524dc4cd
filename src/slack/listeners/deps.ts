import type { CommandDeps } from '../../../commands/types.js';
import type { OutboxSender } from '../outbox-sender.js';

/** What listeners get: the command deps plus the sender to start once they have acknowledged. */
export interface ListenerDeps extends CommandDeps {
  sender: Pick<OutboxSender, 'kick'>;
}

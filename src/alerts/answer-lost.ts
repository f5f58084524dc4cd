import type { Veille } from '../context.js';
import { enqueue, withdrawPending, type OutboxMessage } from '../store/outbox.js';

/**
 * A change is stored before its answer leaves; if Veille dies in between (a crash, a power cut, a
 * restart), Slack shows the person an error although the change was made, and they send it again.
 * So every stored change that is answered in the acknowledgement also writes, in its transaction, a
 * private notice held back for ANSWER_GRACE_MS; once the acknowledgement has gone out the notice is
 * withdrawn. After a crash it is sent instead, and the person learns the change was made after all.
 */
export const ANSWER_GRACE_MS = 5_000;

/** Call inside the change's transaction; returns what to call once the answer has gone out. */
export function noticeIfAnswerLost(veille: Veille, at: number, alertId: number, message: OutboxMessage): () => void {
  const id = enqueue(veille.db, at, alertId, message, at + ANSWER_GRACE_MS);
  return () => {
    try {
      withdrawPending(veille.db, id);
    } catch (error) {
      // A database that cannot take this write only means one extra notice later.
      veille.log.warn('could not withdraw a held-back notice', { outbox: id, error: (error as Error).name });
    }
  };
}

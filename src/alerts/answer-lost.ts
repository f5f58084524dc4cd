import type { Veille } from '../context.js';
import type { Db } from '../store/db.js';
import { enqueue, withdrawPending, type OutboxMessage } from '../store/outbox.js';

/**
 * A change is stored before its answer leaves; if Veille dies in between (a crash, a power cut, a
 * restart), Slack shows the person an error although the change was made, and they send it again.
 * So every stored change that is answered in the acknowledgement also writes, in its transaction, a
 * private notice held back for ANSWER_GRACE_MS; once the acknowledgement has gone out the notice is
 * withdrawn. After a crash it is sent instead, and the person learns the change was made after all.
 */
export const ANSWER_GRACE_MS = 5_000;

/** Notices whose answer has gone out, to withdraw in the next batch (per database). */
const answered = new WeakMap<Db, { ids: number[]; log: Veille['log'] }>();

/** Call inside the change's transaction; returns what to call once the answer has gone out. */
export function noticeIfAnswerLost(veille: Veille, at: number, alertId: number, message: OutboxMessage): () => void {
  const id = enqueue(veille.db, at, alertId, message, at + ANSWER_GRACE_MS);
  return () => withdrawSoon(veille, id);
}

/**
 * Answers leave together, after the fsync they share (group commit): their notices are withdrawn
 * together, in one transaction once the answers of that turn of the event loop have gone out, rather
 * than one commit each. The outbox sender withdraws what is waiting before it looks for due posts
 * (`withdrawAnswered`), so a notice is never sent while its withdrawal waits here.
 */
function withdrawSoon(veille: Veille, id: number): void {
  const batch = answered.get(veille.db);
  if (batch) {
    batch.ids.push(id);
    return;
  }
  answered.set(veille.db, { ids: [id], log: veille.log });
  setImmediate(() => withdrawAnswered(veille.db));
}

/** Withdraws the notices whose answers have gone out; nothing to do when none are waiting. */
export function withdrawAnswered(db: Db): void {
  const batch = answered.get(db);
  if (!batch) return;
  answered.delete(db);
  if (!db.open) return;
  try {
    db.transaction(() => {
      for (const id of batch.ids) withdrawPending(db, id);
    })();
  } catch (error) {
    // A database that cannot take this write only means extra notices later.
    batch.log.warn('could not withdraw held-back notices', { outbox: batch.ids.length, error: (error as Error).name });
  }
}

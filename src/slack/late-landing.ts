import type { Outcome } from './outbox-errors.js';

/**
 * How long after the client gave up on a post Slack may still carry it out, as a multiple of the
 * client's time-out (10 s in production: 30 s more, 40 s after the post left). An assumption, not a
 * bound Slack documents: its back ends answer or give up on a request well within that in practice.
 */
export const LATE_LANDING_FACTOR = 3;

/**
 * Exactly once after a lost answer. A post whose attempt got no answer (the client's time-out, a
 * 504) may still be landing in Slack: usually Slack has it already, but a slow back end can store it
 * after the client stopped waiting. A retry that looked in the history then would miss it and post
 * it twice, so the post waits, in real time (the network's, not the injected clock's), until that
 * attempt can no longer land; then it looks for its marker as any retry does (outbox-landed.ts).
 *
 * Waiting, rather than posting again and deleting a duplicate afterwards: a duplicate would already
 * have notified its readers (an escalation pings people), and one landing after the clean-up looked
 * would stay. The wait holds back only that post's lane (its channel keeps its order), and only
 * after a time-out. Kept in memory: a process that died took its connections with it, and its posts
 * still in flight are looked for when it restarts, without this wait.
 */
export class LateLandings {
  /** By outbox id: the real time (performance.now) until which the last attempt may still land. */
  private until = new Map<number, number>();

  /** After an attempt: remembers, or forgets, that it got no answer and may still land. */
  note(id: number, outcome: Outcome): void {
    if (!outcome.ok && 'retryInMs' in outcome && outcome.mayStillLandWithinMs !== undefined) this.until.set(id, performance.now() + outcome.mayStillLandWithinMs);
    else this.until.delete(id);
  }

  /** Whether the post may be tried (and looked for) now. */
  settled(id: number): boolean {
    const until = this.until.get(id);
    if (until === undefined) return true;
    if (until > performance.now()) return false;
    this.until.delete(id);
    return true;
  }

  /** The moments the waiting posts may be tried, for the sender's wake-up. */
  moments(): number[] {
    return [...this.until.values()];
  }
}

import type { Clock } from '../clock.js';
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
 * after a time-out.
 *
 * After a restart the same holds: a process that died took its connections with it, not the
 * requests Slack had already received. A post the previous process left in flight (its outbox
 * row still marked) is not looked for until the attempt, from the time stored with the mark, can no
 * longer land: the client's time-out and the late-landing window after it, on the injected clock.
 */
export class LateLandings {
  /** By outbox id: the real time (performance.now) until which the last attempt may still land. */
  private until = new Map<number, number>();
  /** By outbox id: the clock time until which an attempt of the previous process may still land. */
  private fromBefore = new Map<number, number>();

  constructor(private readonly clock: Clock) {}

  /**
   * Posts left in flight by the previous process (read once at start-up), each with the clock time
   * its last attempt left; an attempt may land until `withinMs` after it. A mark dated ahead of the
   * clock (set back since) counts from now, so the wait is never longer than `withinMs`.
   */
  leftInFlight(rows: ReadonlyArray<{ id: number; inFlightAt: number }>, withinMs: number): void {
    const now = this.clock.now();
    for (const row of rows) this.fromBefore.set(row.id, Math.min(row.inFlightAt, now) + withinMs);
  }

  /** After an attempt: remembers, or forgets, that it got no answer and may still land. */
  note(id: number, outcome: Outcome): void {
    this.fromBefore.delete(id); // this process's own attempt: what it learnt replaces the earlier one's wait
    if (!outcome.ok && 'retryInMs' in outcome && outcome.mayStillLandWithinMs !== undefined) this.until.set(id, performance.now() + outcome.mayStillLandWithinMs);
    else this.until.delete(id);
  }

  /** Whether the post may be tried (and looked for) now. */
  settled(id: number): boolean {
    const before = this.fromBefore.get(id);
    if (before !== undefined) {
      if (before > this.clock.now()) return false;
      this.fromBefore.delete(id);
    }
    const until = this.until.get(id);
    if (until === undefined) return true;
    if (until > performance.now()) return false;
    this.until.delete(id);
    return true;
  }

  /** The moments (real time) the waiting posts may be tried, for the sender's wake-up. */
  moments(): number[] {
    const now = this.clock.now();
    const real = performance.now();
    return [...this.until.values(), ...[...this.fromBefore.values()].map((at) => real + Math.max(0, at - now))];
  }
}

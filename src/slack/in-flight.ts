/**
 * The requests the Bolt app is working on now. Bolt acknowledges a command or click before its
 * listener has finished (the card, the DM, the outbox rows come after): this counts each request
 * from the moment Bolt takes it until its last listener is done, so a caller (the tests' settle())
 * can wait for the app's actual work instead of guessing how long it takes.
 */
export class InFlight {
  private count = 0;
  private waiting: Array<() => void> = [];

  /** Counts `work` until it settles; returns it unchanged (its result or its error). */
  track<T>(work: Promise<T>): Promise<T> {
    this.count += 1;
    return work.finally(() => {
      this.count -= 1;
      if (this.count > 0) return;
      const waiting = this.waiting;
      this.waiting = [];
      for (const resolve of waiting) resolve();
    });
  }

  /** How many requests are being worked on. */
  get size(): number {
    return this.count;
  }

  /** Resolves once no request is being worked on. */
  quiet(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}

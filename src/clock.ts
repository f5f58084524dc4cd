/** One clock for the whole app, injected, so reminder and digest rules are tested without waiting. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told: tests and the playground's clock control. */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(ms: number): void {
    this.current = ms;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * Real time plus an offset that only grows: the playground's clock. Time keeps flowing (the cron
 * sweep and the outbox work as in production) and the clock control jumps it forward.
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;

  constructor(private real: () => number = () => Date.now()) {}

  now(): number {
    return this.real() + this.offsetMs;
  }

  /** Moves time forward; a negative step is ignored (what was sent stays sent). */
  advance(ms: number): void {
    this.offsetMs += Math.max(0, ms);
  }

  /** Jumps to a later moment; an earlier one is ignored. */
  advanceTo(ms: number): void {
    this.advance(ms - this.now());
  }

  /** How far ahead of real time the clock runs. */
  get offset(): number {
    return this.offsetMs;
  }

  /** Back to real time (the playground's reset, which also empties the database). */
  reset(): void {
    this.offsetMs = 0;
  }
}

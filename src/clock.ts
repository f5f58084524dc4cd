/** One clock for the whole app, injected, so reminder and digest rules are tested without waiting. */
export interface Clock {
  now(): number;
  /**
   * How much of the time since `at` the clock skipped rather than lived through (the playground's
   * clock control). Absent on clocks that never jump: all their time was lived.
   */
  skippedSince?(at: number): number;
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
  /** Each forward jump: the clock's time once it landed, and how far it went. */
  private jumps: Array<{ to: number; ms: number }> = [];

  constructor(private real: () => number = () => Date.now()) {}

  now(): number {
    return this.real() + this.offsetMs;
  }

  /** Moves time forward; a negative step is ignored (what was sent stays sent). */
  advance(ms: number): void {
    if (ms <= 0) return;
    this.offsetMs += ms;
    this.jumps.push({ to: this.now(), ms });
  }

  /** The part of [at, now] that was jumped over: a digest due at 07:00 is not "late" for a jump past it. */
  skippedSince(at: number): number {
    let skipped = 0;
    for (const jump of this.jumps) if (jump.to > at) skipped += Math.min(jump.ms, jump.to - at);
    return skipped;
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
    this.jumps = [];
  }
}

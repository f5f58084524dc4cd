import { describe, expect, it } from 'vitest';
import { OffsetClock } from '../../../src/clock.js';
import { clockTarget, nextLocalTime, utcOffsetMinutes } from '../../../src/playground/clock-control.js';

const utc = (iso: string) => Date.parse(iso);

describe('the playground clock control', () => {
  it('knows the zones of the example mission', () => {
    expect(utcOffsetMinutes(utc('2026-11-22T10:00:00Z'), 'Africa/Kinshasa')).toBe(60);
    expect(utcOffsetMinutes(utc('2026-11-22T10:00:00Z'), 'Africa/Lubumbashi')).toBe(120);
    expect(utcOffsetMinutes(utc('2026-07-01T10:00:00Z'), 'Europe/Paris')).toBe(120);
  });

  it('takes "next morning 07:00" to the first 07:00 local time after now', () => {
    // 05:30 in Kinshasa: 07:00 the same day.
    expect(new Date(nextLocalTime(utc('2026-11-22T04:30:00Z'), 'Africa/Kinshasa', 7)).toISOString()).toBe('2026-11-22T06:00:00.000Z');
    // 07:00 exactly or later: the next day.
    expect(new Date(nextLocalTime(utc('2026-11-22T06:00:00Z'), 'Africa/Kinshasa', 7)).toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(new Date(nextLocalTime(utc('2026-11-22T22:30:00Z'), 'Africa/Kinshasa', 7)).toISOString()).toBe('2026-11-23T06:00:00.000Z');
    // 06:30 in Goma, an hour ahead of Kinshasa: half an hour to go.
    expect(new Date(nextLocalTime(utc('2026-11-22T04:30:00Z'), 'Africa/Lubumbashi', 7)).toISOString()).toBe('2026-11-22T05:00:00.000Z');
    // Across a change of clocks (Paris, last Sunday of March).
    expect(new Date(nextLocalTime(utc('2026-03-28T12:00:00Z'), 'Europe/Paris', 7)).toISOString()).toBe('2026-03-29T05:00:00.000Z');
  });

  it('moves by whole minutes or to the next morning', () => {
    const now = utc('2026-11-22T04:30:00Z');
    expect(clockTarget(now, { kind: 'advance', minutes: 60 }, 'Africa/Kinshasa')).toBe(now + 3_600_000);
    expect(clockTarget(now, { kind: 'next-morning' }, 'Africa/Kinshasa')).toBe(utc('2026-11-22T06:00:00Z'));
    // 08:00: past the 07:30 leadership digest.
    expect(clockTarget(now, { kind: 'next-morning', hour: 8 }, 'Africa/Kinshasa')).toBe(utc('2026-11-22T07:00:00Z'));
  });
});

describe('OffsetClock', () => {
  it('runs with real time, ahead by what it was moved, and never backwards', () => {
    let real = 1_000_000;
    const clock = new OffsetClock(() => real);
    expect(clock.now()).toBe(1_000_000);
    clock.advance(60_000);
    real += 5;
    expect(clock.now()).toBe(1_060_005);
    clock.advanceTo(2_000_000);
    expect(clock.now()).toBe(2_000_000);
    clock.advanceTo(1_500_000);
    clock.advance(-10);
    expect(clock.now()).toBe(2_000_000);
    expect(clock.offset).toBe(2_000_000 - real);
    clock.reset();
    expect(clock.now()).toBe(real);
  });
});

describe('OffsetClock: time skipped versus time lived', () => {
  it('counts only the jumps after a moment as skipped, so real time that passed still counts', () => {
    let real = 1_000_000;
    const clock = new OffsetClock(() => real);
    const due = 1_030_000;
    expect(clock.skippedSince(due)).toBe(0);
    clock.advance(3_600_000); // lands at 4_600_000, half a minute of the jump lies before `due`
    expect(clock.skippedSince(due)).toBe(3_570_000);
    real += 7_200_000; // two hours lived through (a stuck sweep would be late)
    expect(clock.now() - due - clock.skippedSince(due)).toBe(7_200_000);
    expect(clock.skippedSince(clock.now())).toBe(0);
    clock.reset();
    expect(clock.skippedSince(0)).toBe(0);
  });
});

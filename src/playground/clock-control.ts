/**
 * The playground's clock control: how far each button moves the app's clock. Pure, so the
 * arithmetic of "next morning 07:00 in Kinshasa" is tested without a browser.
 */

import { nextLocalTime, zoneOffsetMs } from '../domain/local-time.js';

export { nextLocalTime };

/** Minutes east of UTC that `timeZone` observes at `ms`. */
export function utcOffsetMinutes(ms: number, timeZone: string): number {
  return Math.round(zoneOffsetMs(ms, timeZone) / 60_000);
}

/** "Next morning" stops at 07:00 (the section digests) or 08:00 (after the 07:30 leadership digest). */
export type ClockStep = { kind: 'advance'; minutes: number } | { kind: 'next-morning'; hour?: 7 | 8 };

/** Where a step takes the clock from `now`: the next such hour in the mission's time zone. */
export function clockTarget(now: number, step: ClockStep, timeZone: string): number {
  if (step.kind === 'advance') return now + step.minutes * 60_000;
  return nextLocalTime(now, timeZone, step.hour ?? 7, 0);
}

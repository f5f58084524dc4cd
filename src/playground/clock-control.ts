/**
 * The playground's clock control: how far each button moves the app's clock. Pure, so the
 * arithmetic of "next morning 07:00 in Kinshasa" is tested without a browser.
 */

/** Minutes east of UTC that `timeZone` observes at `ms`. */
export function utcOffsetMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The first moment strictly after `now` when the wall clock in `timeZone` reads hour:minute. */
export function nextLocalTime(now: number, timeZone: string, hour: number, minute = 0): number {
  const local = new Date(now + utcOffsetMinutes(now, timeZone) * 60_000);
  for (let day = 0; day <= 2; day += 1) {
    const wall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + day, hour, minute);
    // The offset at the target itself, in case a zone changes its clocks overnight.
    const candidate = wall - utcOffsetMinutes(wall - utcOffsetMinutes(wall, timeZone) * 60_000, timeZone) * 60_000;
    if (candidate > now) return candidate;
  }
  throw new Error(`no ${hour}:${minute} after ${new Date(now).toISOString()} in ${timeZone}`);
}

export type ClockStep = { kind: 'advance'; minutes: number } | { kind: 'next-morning' };

/** Where a step takes the clock from `now`; "next morning" is 07:00 in the mission's time zone. */
export function clockTarget(now: number, step: ClockStep, timeZone: string): number {
  if (step.kind === 'advance') return now + step.minutes * 60_000;
  return nextLocalTime(now, timeZone, 7, 0);
}

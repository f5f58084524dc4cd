import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/config/mission.js';
import { dayWindow, expectedWeek, hotspots, latestDue, median, quietPlaces, ratePercent, sparkline, trendFrom } from '../../../src/digests/rules.js';

const HOUR = 3_600_000;
const place = (id: string): Place => ({ id, name: id[0]!.toUpperCase() + id.slice(1), aliases: [], level: 'locality', territory: 'Beni', province: 'North Kivu', fieldOffice: 'beni', forceSector: 'North' });
const places = new Map(['kamango', 'oicha', 'mavivi', 'eringeti'].map((id) => [id, place(id)]));

describe('the digest time in a section’s own day', () => {
  it('is 07:00 local: 06:00 UTC in Kinshasa, 05:00 UTC in Goma', () => {
    const at0530 = Date.UTC(2026, 10, 22, 5, 30);
    expect(latestDue(at0530, '07:00', 'Africa/Lubumbashi')).toEqual({ localDate: '2026-11-22', dueAt: Date.UTC(2026, 10, 22, 5, 0) });
    // Not yet 07:00 in Kinshasa: the latest due one is yesterday's.
    expect(latestDue(at0530, '07:00', 'Africa/Kinshasa')).toEqual({ localDate: '2026-11-21', dueAt: Date.UTC(2026, 10, 21, 6, 0) });
    expect(latestDue(Date.UTC(2026, 10, 22, 6, 0), '07:00', 'Africa/Kinshasa')).toEqual({ localDate: '2026-11-22', dueAt: Date.UTC(2026, 10, 22, 6, 0) });
  });

  it('takes the local date, not the UTC date, near midnight', () => {
    // 23:30 UTC on the 21st is 01:30 on the 22nd in Goma.
    expect(latestDue(Date.UTC(2026, 10, 21, 23, 30), '00:15', 'Africa/Lubumbashi')).toEqual({ localDate: '2026-11-22', dueAt: Date.UTC(2026, 10, 21, 22, 15) });
  });

  it('covers the 24 hours before its end', () => {
    expect(dayWindow(1_000 * HOUR)).toEqual({ start: 976 * HOUR, end: 1_000 * HOUR });
  });
});

describe('hotspots and quiet places', () => {
  it('uses the 28 days before the last 7 as the baseline: expected 7-day count = prior28 / 28 × 7', () => {
    expect(expectedWeek(28)).toBe(7);
    expect(expectedWeek(6)).toBe(1.5);
  });

  it('needs at least 3 in 7 days and at least twice the expected count', () => {
    const found = hotspots(
      [
        { placeId: 'kamango', last7: 3, prior28: 6 }, // expected 1.5, 3 ≥ 3 → hotspot (boundary)
        { placeId: 'oicha', last7: 3, prior28: 7 }, // expected 1.75, 3 < 3.5 → not
        { placeId: 'mavivi', last7: 2, prior28: 0 }, // under 3 → not
        { placeId: 'eringeti', last7: 5, prior28: 0 }, // from nothing → hotspot
      ],
      places,
    );
    expect(found.map((h) => h.placeId)).toEqual(['eringeti', 'kamango']);
    expect(found[1]).toMatchObject({ name: 'Kamango', territory: 'Beni', last7: 3, prior28: 6, expected7: 1.5 });
  });

  it('calls quiet a place with at least 4 in the prior 28 days and none in the last 7', () => {
    const quiet = quietPlaces(
      [
        { placeId: 'oicha', last7: 0, prior28: 4 },
        { placeId: 'mavivi', last7: 0, prior28: 3 },
        { placeId: 'kamango', last7: 1, prior28: 9 },
        { placeId: 'eringeti', last7: 0, prior28: 8 },
      ],
      places,
    );
    expect(quiet.map((q) => q.placeId)).toEqual(['eringeti', 'oicha']);
  });
});

describe('rate, median, trend line', () => {
  it('gives the response rate as a rounded percentage, or nothing to judge', () => {
    expect(ratePercent({ inTime: 2, judged: 3 })).toBe(67);
    expect(ratePercent({ inTime: 0, judged: 0 })).toBeNull();
  });

  it('takes the median of odd and even lists', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(4);
    expect(median([])).toBeNull();
  });

  it('draws 14 days, none as the lowest bar and any as at least the second', () => {
    expect(sparkline([0, 1, 7, 14])).toBe('▁▂▅█');
    expect(sparkline([0, 0])).toBe('▁▁');
    expect(trendFrom([{ daysAgo: 0, count: 4 }, { daysAgo: 13, count: 1 }, { daysAgo: 20, count: 9 }])).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]);
  });
});

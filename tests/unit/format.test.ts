import { describe, expect, it } from 'vitest';
import { formatDay, formatDuration, formatTime, zoneName } from '../../src/slack/format/index.js';

/** Issue 18: one way to write a moment and a span of time, in English and French, everywhere. */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDuration', () => {
  it('at 91 s says 1 min 31 s, never a rounded "1 min" or "2 min"', () => {
    expect(formatDuration(91 * SECOND, 'en')).toBe('1 min 31 s');
    expect(formatDuration(91 * SECOND, 'fr')).toBe('1 min 31 s');
  });
  it('under a minute counts seconds, down (59.9 s has not yet been a minute)', () => {
    expect(formatDuration(59 * SECOND, 'en')).toBe('59 s');
    expect(formatDuration(59_999, 'en')).toBe('59 s');
    expect(formatDuration(400, 'en')).toBe('0 s');
  });
  it('leaves out a second unit that is zero: 1 h 0 min is "1 h"', () => {
    expect(formatDuration(HOUR, 'en')).toBe('1 h');
    expect(formatDuration(HOUR + 59 * SECOND, 'en')).toBe('1 h');
    expect(formatDuration(HOUR + 5 * MINUTE, 'fr')).toBe('1 h 5 min');
    expect(formatDuration(15 * MINUTE, 'en')).toBe('15 min');
  });
  it('gives two units at most, the larger ones', () => {
    expect(formatDuration(2 * HOUR + 40 * MINUTE + 30 * SECOND, 'en')).toBe('2 h 40 min');
    expect(formatDuration(DAY + 3 * HOUR + 59 * MINUTE, 'en')).toBe('1 d 3 h');
  });
  it('says days as each language does', () => {
    expect(formatDuration(2 * DAY + 3 * HOUR, 'en')).toBe('2 d 3 h');
    expect(formatDuration(2 * DAY + 3 * HOUR, 'fr')).toBe('2 j 3 h');
    expect(formatDuration(7 * DAY, 'fr')).toBe('7 j');
  });
  it('reads a span measured backwards (a clock set back) by its size', () => {
    expect(formatDuration(-91 * SECOND, 'en')).toBe('1 min 31 s');
  });
});

describe('formatTime', () => {
  const evening = Date.UTC(2026, 11, 1, 21, 47); // 22:47 in Kinshasa (UTC+1), 23:47 in Lubumbashi (UTC+2)
  it('is 24-hour with the zone named, in English and French', () => {
    expect(formatTime(evening, 'Africa/Kinshasa', 'en')).toBe('1 Dec 2026, 22:47 (Kinshasa)');
    expect(formatTime(evening, 'Africa/Kinshasa', 'fr')).toBe('1 déc. 2026, 22:47 (Kinshasa)');
    expect(formatTime(evening, 'Africa/Lubumbashi', 'en')).toBe('1 Dec 2026, 23:47 (Lubumbashi)');
  });
  it('writes the small hours with two digits, never AM/PM', () => {
    const early = Date.UTC(2026, 4, 3, 5, 4); // 06:04 in Kinshasa
    expect(formatTime(early, 'Africa/Kinshasa', 'en')).toBe('3 May 2026, 06:04 (Kinshasa)');
    expect(formatTime(Date.UTC(2026, 4, 2, 23, 30), 'Africa/Kinshasa', 'en')).toBe('3 May 2026, 00:30 (Kinshasa)');
    expect(formatTime(Date.UTC(2026, 4, 3, 12, 0), 'Africa/Kinshasa', 'en')).not.toMatch(/AM|PM/i);
  });
  it('short: the weekday instead of the year, for message headers and the clock', () => {
    expect(formatTime(evening, 'Africa/Kinshasa', 'en', { short: true })).toBe('Tue 1 Dec, 22:47 (Kinshasa)');
    expect(formatTime(evening, 'Africa/Kinshasa', 'fr', { short: true })).toBe('mar. 1 déc., 22:47 (Kinshasa)');
  });
  it('names a zone by its city', () => {
    expect(zoneName('America/Port_of_Spain')).toBe('Port of Spain');
  });
});

describe('formatDay', () => {
  it('dates a digest in each language', () => {
    expect(formatDay(Date.UTC(2026, 10, 22, 6), 'Africa/Kinshasa', 'en')).toBe('Sun 22 Nov 2026');
    expect(formatDay(Date.UTC(2026, 10, 22, 6), 'Africa/Kinshasa', 'fr')).toBe('dim. 22 nov. 2026');
  });
});

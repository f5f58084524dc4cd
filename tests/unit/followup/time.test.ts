import { describe, expect, it } from 'vitest';
import { localToUtc, parseDue } from '../../../src/followup/time.js';
import { formatDuration } from '../../../src/slack/format/duration.js';

const NOW = Date.UTC(2026, 10, 22, 22, 30); // 23:30 in Kinshasa, 00:30 on the 23rd in Lubumbashi

describe('due times as people type them', () => {
  it('reads 6h, 30m, 2d', () => {
    expect(parseDue('6h', NOW, 'Africa/Kinshasa')).toBe(NOW + 6 * 3_600_000);
    expect(parseDue('30m', NOW, 'Africa/Kinshasa')).toBe(NOW + 30 * 60_000);
    expect(parseDue('2d', NOW, 'Africa/Kinshasa')).toBe(NOW + 2 * 86_400_000);
    expect(parseDue('0h', NOW, 'Africa/Kinshasa')).toBeNull();
    expect(parseDue('soon', NOW, 'Africa/Kinshasa')).toBeNull();
  });

  it('reads tomorrow as 08:00 tomorrow where the section is: which day is tomorrow depends on the zone', () => {
    expect(parseDue('tomorrow', NOW, 'Africa/Kinshasa')).toBe(Date.UTC(2026, 10, 23, 7, 0));
    expect(parseDue('demain', NOW, 'Africa/Lubumbashi')).toBe(Date.UTC(2026, 10, 24, 6, 0));
  });

  it('reads a date (17:00 local) or a date and time', () => {
    expect(parseDue('2026-11-25', NOW, 'Africa/Lubumbashi')).toBe(Date.UTC(2026, 10, 25, 15, 0));
    expect(parseDue('2026-11-25T09:30', NOW, 'Africa/Kinshasa')).toBe(Date.UTC(2026, 10, 25, 8, 30));
    expect(localToUtc('2026-11-25', '25:00', 'Africa/Kinshasa')).toBeNull();
  });

  it('says durations in words', () => {
    expect(formatDuration(30 * 60_000)).toBe('30 min');
    expect(formatDuration(160 * 60_000)).toBe('2 h 40 min');
    expect(formatDuration(26 * 3_600_000)).toBe('1 d 2 h');
    expect(formatDuration(45_000)).toBe('45 s');
  });
});

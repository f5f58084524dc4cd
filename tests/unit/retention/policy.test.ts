import { describe, expect, it } from 'vitest';
import { localDate, localHour, REDACTED, redactEventData, redactPerpetrators } from '../../../src/retention/policy.js';

describe('retention rules', () => {
  it('removes free text from event data and keeps ids, counts and statuses', () => {
    expect(redactEventData({ text: 'Chief Muhindo says…', taskId: 4, owner: 'U1', status: ['new', 'acknowledged'], nested: { outcome: 'families relocated', count: 3 } })).toEqual({
      text: REDACTED,
      taskId: 4,
      owner: 'U1',
      status: ['new', 'acknowledged'],
      nested: { outcome: REDACTED, count: 3 },
    });
  });

  it('keeps known actors and removes free-text perpetrator names', () => {
    expect(redactPerpetrators([{ actorId: 'adf', name: 'ADF' }, { actorId: null, name: 'the son of chief Kambale' }])).toEqual([
      { actorId: 'adf', name: 'ADF' },
      { actorId: null, name: '[redacted]' },
    ]);
  });

  it('reads local dates and hours in the mission time zone', () => {
    const t = Date.UTC(2026, 10, 22, 23, 30); // 00:30 on the 23rd in Kinshasa (UTC+1)
    expect(localDate(t, 'Africa/Kinshasa')).toBe('2026-11-23');
    expect(localHour(t, 'Africa/Kinshasa')).toBe(0);
    expect(localDate(t, 'UTC')).toBe('2026-11-22');
  });
});

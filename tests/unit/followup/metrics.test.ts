import { describe, expect, it } from 'vitest';
import { followupDueAt, followupTimes, isOverdue, respondedInTime } from '../../../src/followup/metrics.js';
import { localToUtc, utcToLocal } from '../../../src/followup/time.js';

const policy = {
  critical: { acknowledgeWithin: 'PT15M', updateEvery: 'PT2H' },
  high: { acknowledgeWithin: 'PT1H', updateEvery: 'PT6H' },
  medium: { acknowledgeWithin: 'PT4H', updateEvery: 'PT24H' },
  low: { acknowledgeWithin: 'PT24H', updateEvery: 'PT72H' },
  escalateAfter: 2,
};
const MIN = 60_000;

describe('follow-up times, derived from events and responses', () => {
  it('time to first response is right across midnight and across Kinshasa (UTC+1) and Lubumbashi (UTC+2)', () => {
    // Logged at 23:40 on 22 Nov in Kinshasa; the response at 01:10 on 23 Nov in Lubumbashi.
    const createdAt = localToUtc('2026-11-22', '23:40', 'Africa/Kinshasa')!;
    const respondedAt = localToUtc('2026-11-23', '01:10', 'Africa/Lubumbashi')!;
    expect(createdAt).toBe(Date.UTC(2026, 10, 22, 22, 40));
    expect(respondedAt).toBe(Date.UTC(2026, 10, 22, 23, 10));
    const alert = { createdAt, status: 'responding', priority: 'high' as const };
    expect(followupTimes(alert, [], [{ at: respondedAt }, { at: respondedAt + 90 * MIN }]).toFirstResponse).toBe(30 * MIN);
    expect(respondedInTime(alert, [{ at: respondedAt }], policy, respondedAt)).toBe(true);
    // Shown in each zone, the same instant reads differently; the duration does not.
    expect(utcToLocal(respondedAt, 'Africa/Kinshasa')).toEqual({ date: '2026-11-23', time: '00:10' });
    expect(utcToLocal(respondedAt, 'Africa/Lubumbashi')).toEqual({ date: '2026-11-23', time: '01:10' });
  });

  it('time to acknowledge is the first move out of new; time to close the last close, if still closed', () => {
    const alert = { createdAt: 0, status: 'closed', priority: 'medium' as const };
    const events = [
      { at: 0, type: 'logged', data: {} },
      { at: 5 * MIN, type: 'verified', data: {} },
      { at: 12 * MIN, type: 'owner_assigned', data: { status: ['new', 'acknowledged'] } },
      { at: 30 * MIN, type: 'closed', data: { status: ['acknowledged', 'closed'] } },
      { at: 40 * MIN, type: 'reopened', data: { status: ['closed', 'acknowledged'] } },
      { at: 90 * MIN, type: 'closed', data: { status: ['acknowledged', 'closed'] } },
    ];
    expect(followupTimes(alert, events, [])).toEqual({ toAcknowledge: 12 * MIN, toFirstResponse: null, toClose: 90 * MIN });
    expect(followupTimes({ ...alert, status: 'acknowledged' }, events.slice(0, 5), []).toClose).toBeNull();
    // A response under way before the alert was logged counts as 0, not negative.
    expect(followupTimes(alert, [], [{ at: -10 * MIN }]).toFirstResponse).toBe(0);
  });

  it('says when an alert is next due and whether it is overdue', () => {
    const base = { status: 'new', priority: 'high' as const, owner: null, lastActivityAt: 0, dueAt: null };
    expect(followupDueAt(base, policy)).toBe(60 * MIN);
    expect(followupDueAt({ ...base, status: 'acknowledged', owner: 'U1' }, policy)).toBe(6 * 60 * MIN);
    expect(followupDueAt({ ...base, status: 'acknowledged', owner: 'U1', dueAt: 3 * 60 * MIN }, policy)).toBe(3 * 60 * MIN);
    expect(followupDueAt({ ...base, status: 'closed' }, policy)).toBeNull();
    expect(isOverdue(base, policy, 60 * MIN)).toBe(true);
    expect(isOverdue(base, policy, 59 * MIN)).toBe(false);
    expect(respondedInTime({ createdAt: 0, status: 'new', priority: 'high' }, [], policy, 61 * MIN)).toBe(false);
    expect(respondedInTime({ createdAt: 0, status: 'new', priority: 'high' }, [], policy, 59 * MIN)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { claim, CLAIM_LEASE_MS, dueHeads, enqueue, markSent, nextDueAt, scheduleRetry, takeLanesWritten } from '../../../src/store/outbox.js';

describe('the outbox queue', () => {
  it('hands out the oldest pending post of each lane, and nothing behind a head that is not due', () => {
    const db = openDatabase(':memory:');
    const post = (channel: string, text: string) => enqueue(db, 1000, null, { kind: 'message', channel, text });
    const a1 = post('C1', 'a1');
    post('C1', 'a2');
    const b1 = post('C2', 'b1');
    const b2 = post('C2', 'b2');
    const c1 = post('C3', 'c1');
    expect(dueHeads(db, 1000).map((r) => r.id)).toEqual([a1, b1, c1]);

    markSent(db, b1, 1001);
    scheduleRetry(db, c1, 5000, 'ratelimited', true); // C3 waits for Retry-After; nothing overtakes it
    post('C3', 'c2');
    expect(dueHeads(db, 1001).map((r) => r.id)).toEqual([a1, b2]);
    expect(dueHeads(db, 5000).map((r) => r.id)).toEqual([a1, b2, c1]);
  });

  it('finds the heads among a large backlog', () => {
    const db = openDatabase(':memory:');
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) enqueue(db, 1000, null, { kind: 'message', channel: `C${i % 7}`, text: String(i) });
    })();
    const heads = dueHeads(db, 1000);
    expect(heads.map((h) => h.lane)).toEqual(['C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    expect(heads.map((h) => (h.message as { text: string }).text)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
  });
});

describe('the lanes written since the sender last looked', () => {
  it('name the lanes of posts due now, not of posts held back (the notice kept in case an answer is lost)', () => {
    const db = openDatabase(':memory:');
    enqueue(db, 1000, null, { kind: 'ephemeral', channel: 'C1', user: 'U1', text: 'A-1 is logged after all' }, 6000);
    enqueue(db, 1000, null, { kind: 'message', channel: 'C2', text: 'card' });
    expect([...takeLanesWritten(db)]).toEqual(['C2']);
    expect([...takeLanesWritten(db)]).toEqual([]); // taken: forgotten
    // the held-back post is still there, for the look its time brings
    expect(nextDueAt(db, 1000)).toBe(1000);
    expect(dueHeads(db, 6000).map((r) => r.lane)).toEqual(['ephemeral:C1:U1', 'C2']);
  });
});

describe('the outbox when the wall clock moves', () => {
  const HOUR = 3_600_000;

  it('does not stall a channel when the clock is set back an hour', () => {
    const db = openDatabase(':memory:');
    const now = 10 * HOUR;
    const first = enqueue(db, now, null, { kind: 'message', channel: 'C1', text: 'first' });
    scheduleRetry(db, first, now + 30_000, 'http_503'); // Slack hiccuped: try again in 30 s
    const clockBack = now - HOUR;
    const second = enqueue(db, clockBack, null, { kind: 'message', channel: 'C1', text: 'second' });
    // Its retry time lies beyond any back-off from the new "now": due at once, and the lane moves.
    expect(dueHeads(db, clockBack).map((r) => r.id)).toEqual([first]);
    markSent(db, first, clockBack);
    expect(dueHeads(db, clockBack).map((r) => r.id)).toEqual([second]);
    expect(nextDueAt(db, clockBack)).toBe(clockBack);
  });

  it('still waits out an ordinary back-off', () => {
    const db = openDatabase(':memory:');
    const first = enqueue(db, HOUR, null, { kind: 'message', channel: 'C1', text: 'first' });
    scheduleRetry(db, first, HOUR + 30_000, 'http_503');
    expect(dueHeads(db, HOUR)).toEqual([]);
    expect(nextDueAt(db, HOUR)).toBe(HOUR + 30_000);
  });
});

describe('claims', () => {
  it('give a post to exactly one sender; the claimed head keeps its lane from others until it is done', () => {
    const db = openDatabase(':memory:');
    const a1 = enqueue(db, 1000, null, { kind: 'message', channel: 'C1', text: 'a1' });
    const a2 = enqueue(db, 1000, null, { kind: 'message', channel: 'C1', text: 'a2' });
    expect(claim(db, a1, 1000)).toBe(true);
    expect(claim(db, a1, 1001)).toBe(false);
    expect(dueHeads(db, 1001)).toEqual([]); // a2 waits behind its lane's claimed head
    markSent(db, a1, 1002);
    expect(dueHeads(db, 1002).map((r) => r.id)).toEqual([a2]);
  });

  it('lapse after the lease (a sender that died), and when the clock went back past the lease', () => {
    const db = openDatabase(':memory:');
    const a1 = enqueue(db, 1000, null, { kind: 'message', channel: 'C1', text: 'a1' });
    expect(claim(db, a1, 1000)).toBe(true);
    expect(claim(db, a1, 1000 + CLAIM_LEASE_MS)).toBe(true);
    const b1 = enqueue(db, 10 * 3_600_000, null, { kind: 'message', channel: 'C2', text: 'b1' });
    expect(claim(db, b1, 10 * 3_600_000)).toBe(true);
    expect(claim(db, b1, 9 * 3_600_000)).toBe(true);
  });
});

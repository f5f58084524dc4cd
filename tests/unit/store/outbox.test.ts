import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { dueHeads, enqueue, markSent, scheduleRetry } from '../../../src/store/outbox.js';

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

import { describe, expect, it } from 'vitest';
import { killDrill } from '../../drills/kill.js';

describe('the kill drill (short version)', () => {
  it('loses nothing acknowledged and posts nothing twice across kill -9 and restarts', async () => {
    const result = await killDrill({ requests: 200, concurrency: 20, kills: 2, seed: 5 });
    expect(result.figures).toMatchObject({ lost: 0, duplicates: 0, posted_twice: 0, unposted: 0, undo_lost: 0, alerts_without_logged_event: 0, integrity: 'ok' });
    expect(result.figures.acknowledged as number).toBeGreaterThan(20);
    // A report stored just before a kill may never have been acknowledged: stored can exceed acknowledged, never the reverse.
    expect(result.figures.stored as number).toBeGreaterThanOrEqual(result.figures.acknowledged as number);
    expect(result.clean).toBe(true);
  }, 120_000);
});

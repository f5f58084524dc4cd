import { describe, expect, it } from 'vitest';
import { killDrill } from '../../drills/kill.js';

describe('the kill drill (short version)', () => {
  it('loses nothing acknowledged, posts nothing twice, and stores nothing the reporter saw fail, across kill -9 and restarts', async () => {
    const result = await killDrill({ requests: 200, concurrency: 20, kills: 2, seed: 5 });
    expect(result.figures).toMatchObject({ lost: 0, duplicates: 0, posted_twice: 0, unposted: 0, undo_lost: 0, alerts_without_logged_event: 0, integrity: 'ok' });
    expect(result.figures).toMatchObject({ refused_but_stored: 0, no_answer_but_stored: 0, undo_refused_but_done: 0 });
    expect(result.figures.acknowledged as number).toBeGreaterThan(20);
    // Stored is what was acknowledged, plus only those the reporter was told about afterwards.
    expect(result.figures.stored as number).toBe((result.figures.acknowledged as number) + (result.figures.failed_for_the_reporter_then_told_it_was_logged as number));
    expect(result.clean).toBe(true);
  }, 120_000);
});

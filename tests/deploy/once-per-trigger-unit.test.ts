import { describe, expect, it } from 'vitest';
import { oncePerTrigger } from '../../src/slack/once-per-trigger.js';

/** Runs the middleware on a body; true when it let the request through to the listeners. */
function harness(options: Parameters<typeof oncePerTrigger>[0]) {
  const middleware = oncePerTrigger(options);
  const acks: number[] = [];
  return {
    acks,
    async pass(trigger: string | undefined): Promise<boolean> {
      let passed = false;
      await middleware({ body: trigger === undefined ? {} : { trigger_id: trigger }, ack: async () => void acks.push(1), next: async () => void (passed = true) } as never);
      return passed;
    },
  };
}

describe('once per trigger_id', () => {
  it('lets the first through, acknowledges the repeat empty, and forgets after its time (monotonic)', async () => {
    let now = 0;
    const h = harness({ ttlMs: 60_000, now: () => now });
    expect(await h.pass('T1')).toBe(true);
    expect(await h.pass('T1')).toBe(false);
    expect(h.acks).toHaveLength(1);
    expect(await h.pass('T2')).toBe(true);
    now += 61_000;
    expect(await h.pass('T1')).toBe(true);
  });

  it('passes what carries no trigger_id (events), and stays bounded in memory', async () => {
    const h = harness({ max: 3, now: () => 0 });
    expect(await h.pass(undefined)).toBe(true);
    expect(await h.pass(undefined)).toBe(true);
    for (const t of ['A', 'B', 'C', 'D']) expect(await h.pass(t)).toBe(true);
    expect(await h.pass('A')).toBe(true); // the oldest was let go to stay within 3
    expect(await h.pass('D')).toBe(false);
  });
});

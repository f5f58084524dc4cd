import { afterEach, beforeEach, expect } from 'vitest';
import { startVeille, type Running } from './harness.js';

/**
 * A fresh Veille (example mission, fake Slack) for each test of the file, handed to `use`; after each
 * test the fake Slack must have seen no misuse of its API, and Veille is stopped. Kept apart from
 * harness.ts, which the drills import outside vitest.
 */
export function startVeilleForEachTest(use: (veille: Running) => void): void {
  let running: Running | undefined;
  beforeEach(async () => {
    running = await startVeille();
    use(running);
  });
  afterEach(async () => {
    expect(running!.fake.violations).toEqual([]);
    await running!.stop();
  });
}

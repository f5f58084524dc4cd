import { benchIntake } from './intake.js';
import { benchReminders } from './reminders.js';
import { benchDigests } from './digests.js';
import type { BenchResult } from './result.js';

/**
 * `npm run bench`: every benchmark, one after the other, each printing its figures, the floor it
 * compares against and the ratio. Speed is measured here, never asserted in the test suite.
 */
const benches: Array<[string, () => Promise<BenchResult>]> = [
  ['intake', benchIntake],
  ['reminders', benchReminders],
  ['digests', benchDigests],
];

const only = process.argv.slice(2);
for (const [key, run] of benches) {
  if (only.length > 0 && !only.includes(key)) continue;
  const result = await run();
  console.log(`\n▶ ${result.name}\n  ${result.lines.join('\n  ')}`);
}
process.exit(0);

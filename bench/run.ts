import { parseArgs } from 'node:util';
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

const USAGE = `Usage: npm run bench [-- ${benches.map(([key]) => key).join(' ')}]
  Runs the benchmarks named (all of them by default) and prints each one's figures.`;

const { values, positionals: only } = (() => {
  try {
    return parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const unknown = only.filter((name) => !benches.some(([key]) => key === name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}.\n${USAGE}`);
  process.exit(64);
}
for (const [key, run] of benches) {
  if (only.length > 0 && !only.includes(key)) continue;
  const result = await run();
  console.log(`\n▶ ${result.name}\n  ${result.lines.join('\n  ')}`);
}
process.exit(0);

import { parseArgs } from 'node:util';
import { diskDrill } from './disk.js';
import { forgeryDrill } from './forgery.js';
import { fuzzDrill } from './fuzz.js';
import { killDrill } from './kill.js';
import { leakDrill } from './leak.js';
import { powerDrill } from './power.js';
import { slackDownDrill } from './slack-down.js';
import { printDrill, type DrillResult } from './result.js';

/**
 * `npm run drill -- <name> [--quick]`: the reliability drills of README "Reliability". Each prints
 * its figures and exits non-zero when it did not run clean. `--quick` runs the short version CI runs.
 */
const DRILLS: Record<string, (quick: boolean) => Promise<DrillResult>> = {
  kill: (quick) => killDrill(quick ? { requests: 200, concurrency: 20, kills: 2 } : { requests: 2000, concurrency: 50, kills: 5 }),
  'slack-down': (quick) => slackDownDrill(quick ? { reports: 10, outageMinutes: 30 } : { reports: 40, outageMinutes: 180 }),
  disk: () => diskDrill(),
  fuzz: (quick) => fuzzDrill(quick ? 1000 : 100_000),
  forgery: () => forgeryDrill(),
  leak: (quick) => leakDrill({ units: quick ? 3 : 25 }),
  power: (quick) => powerDrill(quick ? { reports: 100, concurrency: 10 } : { reports: 1000, concurrency: 50 }),
  'power-control': (quick) => powerDrill({ ...(quick ? { reports: 100, concurrency: 10 } : { reports: 1000, concurrency: 50 }), control: true }),
};

const USAGE = `Usage: npm run drill -- <${Object.keys(DRILLS).join('|')}|all> [--quick]
  Runs the drills named and prints their figures; exits 1 when one did not run clean.`;
const { values, positionals: names } = (() => {
  try {
    return parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { quick: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(64);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const quick = values.quick === true;
if (names.length === 0 || names.some((n) => n !== 'all' && !DRILLS[n])) {
  console.error(`${names.length === 0 ? 'Which drill?' : `Unknown drill ${names.filter((n) => n !== 'all' && !DRILLS[n]).join(', ')}.`}\n${USAGE}`);
  process.exit(64);
}
let clean = true;
for (const name of names.includes('all') ? Object.keys(DRILLS) : names) {
  console.log(`running drill ${name}${quick ? ' (quick)' : ''}…`);
  const result = await DRILLS[name]!(quick);
  printDrill(result);
  clean &&= result.clean;
}
process.exit(clean ? 0 : 1);

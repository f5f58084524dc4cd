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

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const names = args.filter((a) => !a.startsWith('--'));
if (names.length === 0 || names.some((n) => n !== 'all' && !DRILLS[n])) {
  console.error(`Usage: npm run drill -- <${Object.keys(DRILLS).join('|')}|all> [--quick]`);
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

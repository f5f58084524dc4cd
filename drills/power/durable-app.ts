import { loadMission } from '../../src/config/mission.js';
import { systemClock } from '../../src/clock.js';
import { createIntakeContext } from '../../src/intake/index.js';
import { silentLogger } from '../../src/log.js';
import { startRuntime } from '../../src/runtime.js';
import { openDatabase } from '../../src/store/db.js';
import type { DurabilityMode } from '../../src/store/durability.js';

/**
 * Veille on a database file in a given durability mode, for the ordering test (under strace) and the power-cut drill (on a volatile disk).
 * Arguments: <durability mode> <database path> <Slack API url> <signing secret>. Prints its pid and port.
 */
const [mode, databasePath, apiUrl, signingSecret] = process.argv.slice(2) as [DurabilityMode, string, string, string];
const mission = loadMission('data/mission.example.json');
const db = openDatabase(databasePath, { durability: mode });
const runtime = await startRuntime(
  { db, mission, clock: systemClock, intake: createIntakeContext(mission), log: silentLogger },
  { mode: 'http', botToken: 'xoxb-durability-test', signingSecret, apiUrl, port: 0, host: '127.0.0.1', schedule: false, postIntervalMs: 0 },
);
// (the parser's worker loaded first: under strace and through tsx it takes seconds, and a burst sent before it is ready
// waits for it past Bolt's 3-second ack; the test checks the order of fsyncs and answers, not a cold start)
await runtime.reader?.whenReady();
process.stdout.write(`${process.pid} ${runtime.port}\n`);
// The test reads the trace once this process is gone; nothing needs a graceful stop here.
process.once('SIGTERM', () => process.exit(0));

import { loadMission } from '../src/config/mission.js';
import { exampleWorkspace, FakeSlack } from '../src/fake-slack/index.js';

/** The fake Slack in its own process, so the benchmark measures Veille, not the fake answering it. */
const mission = loadMission(process.env.MISSION_CONFIG ?? 'data/mission.example.json');
const fake = await FakeSlack.start({ botToken: process.argv[2] ?? 'xoxb-bench', ...exampleWorkspace(mission) });
process.stdout.write(`${fake.url}\n`);
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMission } from '../../src/config/mission.js';
import { exampleWorkspace, FakeSlack, GENERAL_CHANNEL, PEOPLE, SlackDriver } from '../../src/fake-slack/index.js';
import { cleanupList, freshDatabase, startVeilleProcess } from './veille-process.js';

/**
 * `npm start` runs the build (tsc to dist/, then the files the code reads beside itself), not the
 * TypeScript through tsx: these run that build as a mission would, in its own process.
 */
const BOT = 'xoxb-compiled-test';
const SECRET = 'compiled-test-signing-secret';
const mission = loadMission('data/mission.example.json');
const database = freshDatabase;

const cleanups = cleanupList();
afterEach(() => cleanups.stopAll());
const track = cleanups.track;

let buildOutput = '';
beforeAll(async () => {
  const { stdout } = await promisify(execFile)('npm', ['run', 'build', '--silent'], { timeout: 180_000 });
  buildOutput = stdout;
}, 200_000);

describe('the build npm start runs', () => {
  it('compiles to dist/ and copies what the code reads beside itself', () => {
    expect(buildOutput).toMatch(/^build: compiled to dist\/, \d+ files copied beside it/m);
    for (const file of ['dist/src/main.js', 'dist/src/reading/worker.js', 'dist/src/store/migrations/001_alerts_events_outbox.sql', 'dist/src/api/openapi.json', 'dist/src/playground/page/index.html']) {
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('takes a quick report over signed HTTP, reads it on its worker thread, logs it and posts its card', async () => {
    const fake = await FakeSlack.start({ botToken: BOT, ...exampleWorkspace(mission) });
    cleanups.add(() => fake.close());
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.url, DATABASE_PATH: database() }, { compiled: true }));
    await veille.waitForOutput(/Veille is running/);
    // The compiled reader found its worker (dist/src/reading/worker.js), not the tsx entry.
    await veille.waitForOutput(/report reader ready: quick reports are read on a worker thread/);

    const driver = new SlackDriver({ fake, appUrl: `http://127.0.0.1:${veille.port}/slack/events`, signingSecret: SECRET });
    const answer = await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Attaque en cours à Drodro, hommes armés CODECO, 7 tués' });
    expect((answer.body as { text: string }).text).toMatch(/^A-1 enregistrée/); // a report in French is confirmed in French
    const poc = mission.sections.find((s) => s.id === 'poc')!.channel;
    await fake.waitFor(() => fake.messages(poc).length === 1, { what: 'the card in PoC', timeoutMs: 10_000 });
    expect(JSON.stringify(fake.messages(poc)[0])).toContain('Drodro');
    expect(veille.output()).not.toMatch(/read on the main thread/);
    expect(await veille.stop()).toBe(0);
  });

  it('serves the playground page (copied beside the compiled code) when no Slack variable is set', async () => {
    const veille = track(await startVeilleProcess({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', DATABASE_PATH: database() }, { compiled: true }));
    await veille.waitForOutput(/Veille playground: http:\/\/localhost:\d+/);
    const page = await veille.get('/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html');
    expect(await veille.stop()).toBe(0);
  });
});

import { GENERAL_CHANNEL, PEOPLE, type Forgery } from '../src/fake-slack/index.js';
import { startVeille } from '../tests/integration/harness.js';
import type { DrillResult } from './result.js';

/**
 * The forgery drill: requests with no signature, a wrong one, a replay older than five minutes and
 * a valid signature over a body changed afterwards — as slash commands, button clicks, form
 * submissions and events — are all refused with 401 and change nothing.
 */
const FORGERIES: Forgery[] = ['no-signature', 'bad-signature', 'stale-timestamp', 'tampered-body'];

export async function forgeryDrill(): Promise<DrillResult> {
  const veille = await startVeille();
  const { driver, db } = veille;
  // Something real to attack: an alert with a card and a confirmation.
  const logged = await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market, 4 killed' });
  await veille.settle();
  const snapshot = () => JSON.stringify(['alerts', 'events', 'outbox', 'alert_sections'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()));
  const before = snapshot();
  const callsBefore = veille.fake.calls.length;

  const statuses: Record<string, number> = {};
  let refused = 0;
  let attempts = 0;
  const count = (kind: string, status: number) => {
    attempts++;
    if (status === 401) refused++;
    statuses[`${kind} ${status}`] = (statuses[`${kind} ${status}`] ?? 0) + 1;
  };
  for (const forge of FORGERIES) {
    count('command', (await driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Oicha, 9 killed', forge })).status);
    count('click', (await driver.clickButton({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, ts: logged.ephemeralTs!, actionId: 'alert.undo', forge })).status);
    count(
      'form',
      (await driver.viewSubmission({ user: PEOPLE.focalPoint.id, view: { callback_id: 'alert.form.create', private_metadata: '{}', state: { values: { description: { value: { type: 'plain_text_input', value: 'forged' } } } } }, forge })).status,
    );
    count('event', (await driver.event({ type: 'app_home_opened', user: PEOPLE.focalPoint.id }, { forge })).status);
  }
  await veille.settle();
  const unchanged = snapshot() === before;
  const slackCalls = veille.fake.calls.length - callsBefore;
  await veille.stop();
  return {
    name: 'forgery',
    clean: refused === attempts && unchanged && slackCalls === 0,
    figures: { forged_requests: attempts, refused_401: refused, ...statuses, database_unchanged: String(unchanged), slack_calls_caused: slackCalls },
  };
}

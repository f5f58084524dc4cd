/**
 * The driver and the fake against a real Bolt app over HTTP: the fake must speak Slack well
 * enough that Bolt verifies, parses and answers everything as it would in production.
 */
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, SlackDriver } from '../../../src/fake-slack/index.js';
import { ALERTS, ALICE, BOT_TOKEN, startFake } from './fixture.js';

const SIGNING_SECRET = 'bolt-signing-secret';
const plain = (text: string) => ({ type: 'plain_text' as const, text });

let fake: FakeSlack;
let app: App;
let driver: SlackDriver;

function buildApp(): App {
  const bolt = new App({
    token: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
  });
  bolt.command('/alert', async ({ ack, respond, client, body }) => {
    await ack();
    await respond({ text: `Reçu: ${body.text}` });
    await client.views.open({
      trigger_id: body.trigger_id,
      view: {
        type: 'modal',
        callback_id: 'new_alert',
        title: plain('Nouvelle alerte'),
        submit: plain('Envoyer'),
        blocks: [
          { type: 'input', block_id: 'place', label: plain('Lieu'), element: { type: 'plain_text_input', action_id: 'value' } },
          {
            type: 'input', block_id: 'category', label: plain('Catégorie'),
            element: { type: 'static_select', action_id: 'value', options: [{ text: plain('Attaque'), value: 'attack' }, { text: plain('Déplacement'), value: 'displacement' }] },
          },
        ],
      },
    });
  });
  bolt.view('new_alert', async ({ ack, view, client }) => {
    const place = view.state.values.place?.value?.value;
    if (!place) return void (await ack({ response_action: 'errors', errors: { place: 'Indiquez un lieu' } }));
    await ack();
    const category = view.state.values.category?.value?.selected_option?.value;
    await client.chat.postMessage({
      channel: ALERTS,
      text: `${category} à ${place}`,
      blocks: [{ type: 'actions', block_id: 'alert', elements: [{ type: 'button', action_id: 'take', value: 'alert:1', text: plain('Prendre') }] }],
    });
  });
  bolt.action('take', async ({ ack, respond, body }) => {
    await ack();
    await respond({ replace_original: true, text: `Pris par <@${body.user.id}>` });
  });
  bolt.event('app_home_opened', async ({ event, client }) => {
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Mes alertes' } }] } });
  });
  return bolt;
}

beforeAll(async () => {
  fake = await startFake();
  app = buildApp();
  const server = (await app.start(0)) as unknown as { address(): AddressInfo };
  driver = new SlackDriver({ fake, appUrl: `http://127.0.0.1:${server.address().port}/slack/events`, signingSecret: SIGNING_SECRET });
});
afterAll(async () => {
  await app.stop();
  await fake.close();
});
beforeEach(() => fake.reset());

describe('SlackDriver + FakeSlack with a real Bolt app', () => {
  it('runs a command → modal → submission → message → click round trip', async () => {
    const command = await driver.slashCommand({ user: ALICE, channel: ALERTS, text: 'Kiwanja' });
    expect(command.status).toBe(200);
    const [modal] = await fake.waitFor(() => fake.openViews(ALICE).length > 0 && fake.openViews(ALICE), { what: 'the modal' });
    expect(fake.responses({ user: ALICE })[0]?.body.text).toBe('Reçu: Kiwanja');

    const refused = await driver.submitView({ user: ALICE, viewId: modal?.id as string, values: { category: 'attack' } });
    expect(refused.body).toEqual({ response_action: 'errors', errors: { place: 'Indiquez un lieu' } });
    expect(fake.openViews(ALICE)).toHaveLength(1);

    const accepted = await driver.submitView({ user: ALICE, viewId: modal?.id as string, values: { place: 'Kiwanja', category: 'attack' } });
    expect(accepted.outcome?.responseAction).toBe('close');
    expect(fake.openViews(ALICE)).toEqual([]);
    const [message] = await fake.waitFor(() => fake.messages(ALERTS).length > 0 && fake.messages(ALERTS), { what: 'the alert message' });
    expect(message?.text).toBe('attack à Kiwanja');

    await driver.clickButton({ user: ALICE, channel: ALERTS, ts: message?.ts as string, actionId: 'take' });
    await fake.waitFor(() => fake.message(ALERTS, message?.ts as string)?.edited, { what: 'the edit' });
    expect(fake.message(ALERTS, message?.ts as string)?.text).toBe(`Pris par <@${ALICE}>`);
    expect(fake.violations).toEqual([]);
  });

  it('publishes the Home tab on app_home_opened', async () => {
    const answer = await driver.event({ type: 'app_home_opened', user: ALICE, tab: 'home' });
    expect(answer.status).toBe(200);
    const home = await fake.waitFor(() => fake.homeView(ALICE), { what: 'the Home tab' });
    expect(home.blocks[0]).toMatchObject({ type: 'section' });
  });

  it('is refused by Bolt when forged', async () => {
    for (const forge of ['bad-signature', 'stale-timestamp', 'no-signature', 'tampered-body'] as const) {
      const answer = await driver.slashCommand({ user: ALICE, channel: ALERTS, text: 'x', forge });
      expect(answer.status, forge).toBe(401);
    }
    expect(fake.callsTo('views.open')).toEqual([]);
  });

  it('answers url_verification with the challenge', async () => {
    const answer = await driver.urlVerification('le-defi');
    expect(answer.body).toEqual({ challenge: 'le-defi' });
  });
});

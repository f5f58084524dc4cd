import type { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeSlack, TRIGGER_LIFETIME_MS } from '../../../src/fake-slack/index.js';
import { ALICE, BOB, clientFor, manualClock, slackError, startFake } from './fixture.js';

const clock = manualClock();
let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await startFake(clock.now);
  client = clientFor(fake);
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const modal = (title: string, extra: Record<string, unknown> = {}) => ({
  type: 'modal' as const,
  callback_id: 'new_alert',
  title: plain(title),
  submit: plain('Envoyer'),
  blocks: [{ type: 'input', block_id: 'place', label: plain('Lieu'), element: { type: 'plain_text_input', action_id: 'value' } }],
  ...extra,
});

describe('views against the fake', () => {
  it('opens a modal with a fresh trigger_id and shows it on the user\'s screen', async () => {
    const trigger = fake.issueTriggerId(ALICE);
    const opened = await client.views.open({ trigger_id: trigger, view: modal('Nouvelle alerte') });
    expect(opened.view?.id).toMatch(/^V/);
    expect(fake.openViews(ALICE).map((v) => v.id)).toEqual([opened.view?.id]);
    expect(fake.openViews(ALICE)[0]).toMatchObject({ callback_id: 'new_alert', state: { values: {} } });
    expect(fake.openViews(BOB)).toEqual([]);
  });

  it('answers expired_trigger_id after 3 seconds on the fake clock', async () => {
    const trigger = fake.issueTriggerId(ALICE);
    clock.advance(TRIGGER_LIFETIME_MS + 1);
    expect(await slackError(client.views.open({ trigger_id: trigger, view: modal('Trop tard') }))).toBe('expired_trigger_id');
    expect(fake.openViews(ALICE)).toEqual([]);
  });

  it('refuses a trigger_id used twice or never issued', async () => {
    const trigger = fake.issueTriggerId(ALICE);
    await client.views.open({ trigger_id: trigger, view: modal('Une') });
    expect(await slackError(client.views.open({ trigger_id: trigger, view: modal('Deux') }))).toBe('exchanged_trigger_id');
    expect(await slackError(client.views.open({ trigger_id: '123.456.abc', view: modal('Trois') }))).toBe('invalid_trigger_id');
  });

  it('pushes, updates with hash checking, and refuses an over-long title', async () => {
    const root = await client.views.open({ trigger_id: fake.issueTriggerId(ALICE), view: modal('Racine') });
    const pushed = await client.views.push({ trigger_id: fake.issueTriggerId(ALICE), view: modal('Détails') });
    expect(fake.openViews(ALICE).map((v) => v.id)).toEqual([root.view?.id, pushed.view?.id]);
    expect(pushed.view).toMatchObject({ previous_view_id: root.view?.id, root_view_id: root.view?.id });

    const updated = await client.views.update({ view_id: root.view?.id as string, hash: root.view?.hash as string, view: modal('Racine v2') });
    expect(fake.view(root.view?.id as string)?.title).toEqual(plain('Racine v2'));
    expect(await slackError(client.views.update({ view_id: root.view?.id as string, hash: root.view?.hash as string, view: modal('v3') }))).toBe('hash_conflict');
    expect(updated.view?.hash).not.toBe(root.view?.hash);

    const error = await slackError(client.views.open({ trigger_id: fake.issueTriggerId(ALICE), view: modal('t'.repeat(25)) }));
    expect(error).toBe('invalid_blocks');
    expect(fake.violations).toEqual(['views.open: view.title.text: modal title is 25 characters, over the limit of 24']);
  });

  it('publishes a Home tab per user and keeps its id across publishes', async () => {
    const home = { type: 'home' as const, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Mes alertes' } }] };
    const first = await client.views.publish({ user_id: ALICE, view: home });
    const second = await client.views.publish({ user_id: ALICE, view: home });
    expect(second.view?.id).toBe(first.view?.id);
    expect(fake.homeView(ALICE)?.blocks[0]).toMatchObject(home.blocks[0] as object);
    expect(fake.homeView(BOB)).toBeUndefined();
    expect(await slackError(client.views.publish({ user_id: ALICE, view: modal('pas une home') as never }))).toBe('invalid_blocks');
  });
});

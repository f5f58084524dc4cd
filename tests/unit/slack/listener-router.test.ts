import { App, type BlockButtonAction, type ViewSubmitAction } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { listenerRouter } from '../../../src/slack/listener-router.js';

/** A Bolt app that never talks to Slack: requests are handed to processEvent as its receiver would. */
function boltApp(): App {
  return new App({ authorize: async () => ({ botToken: 'xoxb-test', botId: 'B1', botUserId: 'UBOT' }), signingSecret: 'test-secret', convoStore: false });
}

const click = (actionId: string) => ({
  type: 'block_actions',
  team: { id: 'T1' },
  user: { id: 'U1' },
  channel: { id: 'C1' },
  trigger_id: `trigger.${actionId}`,
  actions: [{ type: 'button', action_id: actionId, block_id: 'b', value: '7', action_ts: '1' }],
});
const submission = (callbackId: string) => ({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, view: { id: 'V1', callback_id: callbackId, state: { values: {} } } });

async function deliver(app: App, body: Record<string, unknown>): Promise<unknown[]> {
  const acks: unknown[] = [];
  await app.processEvent({ body, ack: async (response?: unknown) => void acks.push(response ?? null) });
  return acks;
}

describe('listeners registered through the router', () => {
  it('hands each click and form to the one listener for its id, a pattern with its matches as Bolt gives them', async () => {
    const app = boltApp();
    const router = listenerRouter(app);
    const heard: string[] = [];
    router.action<BlockButtonAction>('alert.undo', async ({ ack, action }) => {
      heard.push(`undo ${action.value}`);
      await ack();
    });
    router.action<BlockButtonAction>(/^alert\.category\.(\d)$/, async ({ ack, context }) => {
      heard.push(`category ${(context.actionIdMatches as string[])[1]}`);
      await ack();
    });
    router.view<ViewSubmitAction>('alert.form', async ({ ack, view }) => {
      heard.push(`form ${view.id}`);
      await ack();
    });
    expect(await deliver(app, click('alert.undo'))).toEqual([null]);
    await deliver(app, click('alert.category.3'));
    await deliver(app, submission('alert.form'));
    expect(await deliver(app, click('alert.other'))).toEqual([]); // nobody listens: nobody answers, as before
    await deliver(app, submission('other.form'));
    expect(heard).toEqual(['undo 7', 'category 3', 'form V1']);
  });

  it('refuses a second listener for the same click or form', () => {
    const router = listenerRouter(boltApp());
    const listener = async () => undefined;
    router.action('alert.undo', listener);
    router.action(/^alert\.category\.\d$/, listener);
    router.view('alert.form', listener);
    expect(() => router.action('alert.undo', listener)).toThrow('two listeners for alert.undo');
    expect(() => router.action('alert.category.1', listener)).toThrow('two listeners');
    expect(() => router.action(/^alert\.un/, listener)).toThrow('two listeners');
    expect(() => router.view('alert.form', listener)).toThrow('two listeners for alert.form');
  });
});

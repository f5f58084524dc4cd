/**
 * What one person sees of the fake workspace (the playground sends only this to the browser), the
 * snapshot that keeps the workspace across restarts, and picking one element among repeated ids.
 */
import type { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeSlack } from '../../../src/fake-slack/index.js';
import { findElement } from '../../../src/fake-slack/block-find.js';
import { ALERTS, ALICE, BOB, clientFor, SECRET, startFake } from './fixture.js';

let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await startFake();
  client = clientFor(fake);
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  fake.setMember(SECRET, fake.botUserId, true);
});

describe('seenBy', () => {
  it('holds only the channels, DMs, ephemerals, Home and modals that person would see', async () => {
    await client.chat.postMessage({ channel: ALERTS, text: 'A-1 in the open channel' });
    const secret = await client.chat.postMessage({ channel: SECRET, text: 'A-2 survivor details' });
    await client.chat.postMessage({ channel: SECRET, thread_ts: secret.ts, text: 'more details in the thread' });
    await client.chat.postEphemeral({ channel: ALERTS, user: ALICE, text: 'only for Alice' });
    await client.chat.postMessage({ channel: BOB, text: 'a DM to Bob' });
    await client.views.publish({ user_id: ALICE, view: { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Alice home' } }] } });

    const alice = fake.seenBy(ALICE);
    expect(alice.conversations.map((c) => [c.name, c.kind])).toEqual([
      ['poc-alerts', 'channel'],
      ['random', 'channel'],
      ['restricted', 'private'],
      ['veille', 'dm'],
    ]);
    expect(alice.conversations[2]?.messages[0]?.replies.map((r) => r.text)).toEqual(['more details in the thread']);
    expect(alice.ephemerals.map((e) => e.text)).toEqual(['only for Alice']);
    expect(alice.home?.blocks).toHaveLength(1);
    expect(alice.channelNames[SECRET]).toBe('restricted');

    const bob = fake.seenBy(BOB);
    expect(bob.conversations.map((c) => c.name)).toEqual(['poc-alerts', 'random', 'veille']);
    expect(bob.conversations.at(-1)?.messages.map((m) => m.text)).toEqual(['a DM to Bob']);
    expect(bob.ephemerals).toEqual([]);
    expect(bob.home).toBeNull();
    expect(bob.channelNames[SECRET]).toBeUndefined();
    const everything = JSON.stringify(bob);
    expect(everything).not.toContain('survivor');
    expect(everything).not.toContain('Alice home');
    expect(everything).not.toContain('only for Alice');
  });
});

describe('snapshots', () => {
  it('bring back messages, threads, DMs, ephemerals and Home, with ids that keep increasing', async () => {
    const parent = await client.chat.postMessage({ channel: ALERTS, text: 'kept' });
    await client.chat.postMessage({ channel: ALERTS, thread_ts: parent.ts, text: 'kept reply' });
    await client.chat.postMessage({ channel: BOB, text: 'kept DM' });
    await client.chat.postEphemeral({ channel: ALERTS, user: ALICE, text: 'kept ephemeral' });
    await client.views.publish({ user_id: ALICE, view: { type: 'home', blocks: [] } });
    const saved = JSON.parse(JSON.stringify(fake.snapshot()));
    const lastTs = String(parent.ts);

    // A new fake, as after a restart of the playground.
    const again = await startFake();
    try {
      again.restore(saved);
      expect(again.messages(ALERTS).map((m) => [m.text, m.replies.map((r) => r.text)])).toEqual([['kept', ['kept reply']]]);
      expect(again.dms(BOB).map((m) => m.text)).toEqual(['kept DM']);
      expect(again.ephemerals({ user: ALICE }).map((e) => e.text)).toEqual(['kept ephemeral']);
      expect(again.homeView(ALICE)).toBeDefined();
      const next = await clientFor(again).chat.postMessage({ channel: ALERTS, text: 'after the restart' });
      expect(String(next.ts) > lastTs).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('never takes channel membership from a snapshot: the configuration decides who reads a private channel', () => {
    const saved = fake.snapshot();
    saved.channels.find((c) => c.id === SECRET)!.members.push(BOB);
    fake.restore(saved);
    expect(fake.members(SECRET)).not.toContain(BOB);
  });
});

describe('finding an element when an action_id repeats', () => {
  it('takes the one in the block asked for', () => {
    const blocks = [
      { type: 'actions', block_id: 'alert.1', elements: [{ type: 'button', action_id: 'take', value: '1' }] },
      { type: 'actions', block_id: 'alert.2', elements: [{ type: 'button', action_id: 'take', value: '2' }] },
    ];
    expect(findElement(blocks, 'take', 'home').element.value).toBe('1');
    expect(findElement(blocks, 'take', 'home', 'alert.2').element.value).toBe('2');
    expect(() => findElement(blocks, 'take', 'home', 'alert.3')).toThrow('in block "alert.3"');
  });
});

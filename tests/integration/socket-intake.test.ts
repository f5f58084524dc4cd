import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';

/** The intake paths again, over Socket Mode: envelopes on the WebSocket instead of signed HTTP. */
let veille: Running;
beforeEach(async () => {
  veille = await startVeille({ mode: 'socket' });
});
afterEach(async () => {
  expect(veille.fake.violations).toEqual([]);
  await veille.stop();
});

const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;
const report = (text: string, user = PEOPLE.focalPoint.id) => veille.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text });

describe('a quick report over Socket Mode', () => {
  it('is stored, confirmed in the acknowledgement payload, and carded in every section that receives it', async () => {
    expect(veille.fake.socketMode!.opened).toBe(1);
    const answer = await report('Armed men attacked Kamango market this morning, 4 killed and 2 abducted, ADF suspected');
    expect(answer.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'A-1 logged — Attack on civilians · Kamango (Beni, North Kivu) · ADF · 4 killed, 2 abducted · priority high',
    });
    expect(getAlert(veille.db, 1)).toMatchObject({ reference: 'A-1', category: 'attack_on_civilians', placeId: 'kamango' });
    expect(eventsOf(veille.db, 1).map((e) => e.type)).toEqual(['logged']);
    await veille.settle();
    for (const section of ['poc', 'hr', 'fo-beni']) {
      const cards = veille.fake.messages(channelOf(section));
      expect(cards, section).toHaveLength(1);
      expect(textOf(cards[0])).toContain('A-1 · Attack on civilians');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { leaks, personalPlaces } from './confidentiality-helpers.js';
import { startVeilleForEachTest } from './each-test.js';
import { textOf, type Running } from './harness.js';

/**
 * Convention C13 (README "Labelling conventions"): a health centre looted by armed men is an attack on a hospital,
 * one of the grave violations against children, so a quick report of it becomes a restricted child-violation alert:
 * its full card goes only to the restricted child-protection section; the other sections that receive the category
 * get a stub that names neither the facility nor the village.
 */
let veille: Running;
startVeilleForEachTest((v) => {
  veille = v;
});

const reporter = PEOPLE.focalPoint.id;
const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;
const report = (text: string) => veille.driver.slashCommand({ user: reporter, channel: GENERAL_CHANNEL, text });

describe('a health centre looted by armed men (C13)', () => {
  it('is a restricted child violation whose card goes only where restricted cards go', async () => {
    const answer = await report('Armed men looted the Kalunguta health centre last night, medicines and beds taken');
    expect((answer.body as { text: string }).text).toMatch(/^A-1 logged — Grave violation against children · Kalunguta .*· priority high/);
    expect(getAlert(veille.db, 1)).toMatchObject({ category: 'child_violation', sensitivity: 'restricted', priority: 'high' });
    await veille.settle();

    // The full card: in the child-protection section only (the CRSV section does not receive child violations).
    const full = veille.fake.messages(channelOf('cp'));
    expect(full).toHaveLength(1);
    expect(textOf(full[0])).toContain('Kalunguta health centre');
    expect(veille.fake.messages(channelOf('crsv'))).toHaveLength(0);
    // Everyone else who receives the category: a stub, with no facility, village or what was taken.
    for (const id of ['poc', 'hr']) {
      const cards = veille.fake.messages(channelOf(id));
      expect(cards, id).toHaveLength(1);
      const stub = textOf(cards[0]);
      expect(stub, id).toContain('A-1 · Grave violation against children');
      expect(stub, id).toContain('Details held by');
      for (const secret of ['health centre', 'Kalunguta', 'medicines']) expect(stub, `${id} shows ${secret}`).not.toContain(secret);
    }
    // Nowhere else in Slack: only the restricted section and the reporter's own places hold the details.
    expect(leaks(veille, ['health centre', 'medicines'], [channelOf('cp'), ...personalPlaces(veille, reporter)])).toEqual([]);
  });

  it('look-alike: thieves with no armed actor are a theft, a standard card posted in full', async () => {
    const answer = await report('Thieves broke into the Kalunguta health centre last night and stole a fridge');
    expect((answer.body as { text: string }).text).toMatch(/^A-1 logged — Looting or destruction · Kalunguta /);
    expect(getAlert(veille.db, 1)).toMatchObject({ category: 'looting_destruction', sensitivity: 'standard' });
    await veille.settle();
    expect(veille.fake.messages(channelOf('cp'))).toHaveLength(0);
    expect(textOf(veille.fake.messages(channelOf('poc'))[0])).toContain('Kalunguta health centre');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { eventsOf } from '../../src/store/events.js';
import { startVeille, textOf, type Running } from './harness.js';

let veille: Running;
beforeEach(async () => {
  veille = await startVeille();
});
afterEach(async () => {
  expect(veille.fake.violations).toEqual([]);
  await veille.stop();
});

const DAY = 86_400_000;
const poc = () => veille.mission.sections.find((s) => s.id === 'poc')!.channel;

describe('the nightly retention job', () => {
  it('redacts a closed alert a year on, keeps its figures, records it, and edits its card', async () => {
    const answer = await veille.driver.slashCommand({
      user: PEOPLE.focalPoint.id,
      channel: GENERAL_CHANNEL,
      text: 'Chief Kambale of Mavivi says armed men killed 2 near his house, call +243 812 345 678',
    });
    expect(answer.status).toBe(200);
    // The reporter may close; a resolved close needs its outcome.
    const closed = await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'close A-1 resolved Chief Kambale relocated by the patrol' });
    expect(closed.status).toBe(200);
    await veille.settle();
    expect(textOf(veille.fake.messages(poc())[0])).toContain('Kambale');
    expect(getAlert(veille.db, 1)!.status).toBe('closed');

    // 364 days later, at 03:00 in Kinshasa: not yet.
    veille.clock.set(Date.UTC(2027, 10, 21, 2, 0));
    await veille.runtime.tick();
    expect(getAlert(veille.db, 1)!.description).toContain('Chief Kambale');

    // A year and a day later, 01:00 Kinshasa: before the nightly hour, nothing.
    veille.clock.set(Date.UTC(2027, 10, 23, 0, 0));
    await veille.runtime.tick();
    expect(getAlert(veille.db, 1)!.description).toContain('Chief Kambale');

    // 02:00 Kinshasa: redacted once.
    veille.clock.set(Date.UTC(2027, 10, 23, 1, 0));
    await veille.runtime.tick();
    await veille.settle();
    const alert = getAlert(veille.db, 1)!;
    expect(alert.description).toBe('[redacted: retention period passed]');
    expect(alert).toMatchObject({ category: 'attack_on_civilians', placeId: 'mavivi', status: 'closed' });
    expect(alert.victims.killed).toBe(2);
    expect(eventsOf(veille.db, 1).filter((e) => e.type === 'redacted')).toHaveLength(1);
    const card = textOf(veille.fake.messages(poc())[0]);
    expect(card).not.toContain('Kambale');
    expect(card).not.toContain('812');
    expect(textOf(eventsOf(veille.db, 1))).not.toContain('Kambale');

    veille.clock.advance(DAY);
    await veille.runtime.tick();
    expect(eventsOf(veille.db, 1).filter((e) => e.type === 'redacted')).toHaveLength(1);
  }, 20_000); // the time it moves through posts digests, each drawing its chart

  it('leaves open alerts alone however old', async () => {
    await veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Chief Kambale of Mavivi threatened by armed men' });
    veille.clock.set(Date.UTC(2028, 0, 10, 3, 0));
    await veille.runtime.tick();
    expect(getAlert(veille.db, 1)!.description).toContain('Chief Kambale');
  });
});

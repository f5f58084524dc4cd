import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeilleForEachTest } from './each-test.js';
import { textOf, type Running } from './harness.js';

/**
 * Conventions C1–C3 (README "Labelling conventions"): police or soldiers who did the harm, even unnamed,
 * are the host state's forces, so the alert carries the HRDDP flag and the human-rights section's card says
 * so; police who are the victims do not.
 */
let veille: Running;
startVeilleForEachTest((v) => {
  veille = v;
});

const channelOf = (id: string) => veille.mission.sections.find((s) => s.id === id)!.channel;
const report = (text: string) => veille.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text });

describe('police or soldiers named only as such', () => {
  it('who beat people are the PNC: HRDDP flag on the alert and on the human-rights card, the beaten counted as injured', async () => {
    const answer = await report('Police officers beat two moto drivers at a checkpoint in Butembo for refusing to pay');
    expect((answer.body as { text: string }).text).toBe('A-1 logged — Torture or ill-treatment · Butembo (Butembo, North Kivu) · PNC · 2 injured · priority medium');
    const alert = getAlert(veille.db, 1)!;
    expect(alert).toMatchObject({ hostState: true, perpetrators: [{ actorId: 'pnc', name: 'PNC' }] });
    expect(alert.victims.injured).toBe(2);
    await veille.settle();
    const cards = veille.fake.messages(channelOf('hr'));
    expect(cards).toHaveLength(1);
    expect(textOf(cards[0])).toContain('HRDDP: host-state perpetrator');
  });

  it('who are the victims carry no flag', async () => {
    await report('Un policier tué par des bandits armés à Butembo cette nuit');
    expect(getAlert(veille.db, 1)).toMatchObject({ hostState: false, perpetrators: [] });
    await veille.settle();
    const cards = veille.fake.messages(channelOf('hr'));
    expect(cards).toHaveLength(1);
    expect(textOf(cards[0])).not.toContain('HRDDP');
  });
});

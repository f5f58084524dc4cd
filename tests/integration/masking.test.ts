import { describe, expect, it } from 'vitest';
import { createToken } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import type { Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { card, channelOf, command, openModal, report, submit } from './followup-helpers.js';
import { leaks } from './seen.js';

/**
 * Free text reaches Slack in many places besides the description: a typed place, the API's
 * locationText, the form's Place and Perpetrator fields, updates, tasks, outcomes and notes. Each
 * carries a phone number, an e-mail address and markup here; none may reach Slack as typed, in the
 * blocks or in the `text` fallback that notifications show.
 */

const PHONE = '+243 970 000 111';
const EMAIL = 'canary@example.org';
const MARKUP = '<!channel> <https://evil.example/x|see the photos> Tom & Jerry';
/** The contacts must not appear at all; the markup may appear only escaped (the link then shows as plain text). */
const CANARIES = [PHONE, '970 000 111', EMAIL];
const { pocOfficer, hrOfficer, pocLead } = PEOPLE;
const at = (p: { id: string; name: string }) => `<@${p.id}|${p.name}>`;
const MINUTE = 60_000;

let v: Running;
startVeilleForEachTest((running) => (v = running));

/** Text and blocks of one message, for the controls (the canary arrived, masked). */
const whole = (m: { text: string; blocks?: unknown }) => `${m.text}\n${JSON.stringify(m.blocks ?? [])}`;

describe('masking every free-text field', () => {
  it('a typed place and the description: cards (blocks and text), confirmation, list, show, Home, escalation', async () => {
    await report(v, `Armed men attacking civilians in Kamango right now, call ${PHONE} or ${EMAIL} ${MARKUP} priority:critical place:"near the market, call ${PHONE}"`);
    const alert = getAlert(v.db, 1)!;
    expect(alert.locationText).toContain(PHONE); // stored as typed; only what is posted is masked
    // Control: the typed place did reach the card, masked, in both the blocks and the text fallback.
    const poc = card(v, 'poc');
    expect(poc.text).toContain('near the market, call [phone hidden]');
    expect(JSON.stringify(poc.blocks)).toContain('near the market, call [phone hidden]');
    expect(JSON.stringify(poc.blocks)).toContain('[e-mail hidden]');
    expect(JSON.stringify(poc.blocks)).toContain('&lt;!channel&gt;');

    expect(await command(v, 'list', pocOfficer.id)).toBeTruthy();
    expect(await command(v, 'show A-1', pocOfficer.id)).toBeTruthy();
    await press(pocOfficer.id);
    await v.driver.event({ type: 'app_home_opened', user: pocOfficer.id });
    await v.fake.waitFor(() => v.fake.state.homes.has(pocOfficer.id), { what: 'the Home tab' });
    expect(JSON.stringify(v.fake.state.homes.get(pocOfficer.id)!.blocks)).toContain('near the market, call [phone hidden]');
    // Digests name places from the gazetteer only; posted and previewed, they are scanned too.
    await command(v, 'digest now poc', pocLead.id);
    await command(v, 'digest preview hr', pocOfficer.id);
    expect(v.fake.messages(channelOf(v, 'poc')).map((m) => m.text).join('\n')).toContain('digest');

    expect(leaks(v, CANARIES)).toEqual([]);
  });

  it('escalation: the post in the escalation channel and the leads’ DMs', async () => {
    await report(v, `Armed men attacking civilians in Kamango right now priority:critical place:"near the market, call ${PHONE}, ${MARKUP}"`);
    for (let i = 0; i < 4; i++) {
      v.clock.advance(15 * MINUTE);
      await v.runtime.tick();
      await v.settle();
    }
    const escalation = v.fake.messages(v.mission.escalationChannel);
    expect(escalation).toHaveLength(1);
    expect(whole(escalation[0]!)).toContain('[phone hidden]');
    expect(leaks(v, CANARIES)).toEqual([]);
  });

  it('the API: locationText, perpetrators and description', async () => {
    const made = createToken(v.db, { name: 'hotline', scopes: ['alerts:write'], at: v.clock.now(), actor: 'test' });
    if (!made.ok) throw new Error(made.reason);
    const response = await fetch(`http://127.0.0.1:${v.runtime.port}/api/v1/alerts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${made.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        description: `Houses burned, 3 killed. Witness ${EMAIL} ${MARKUP}`,
        category: 'looting_destruction',
        locationText: `behind the church, ask ${PHONE} ${MARKUP}`,
        perpetrators: [`Commander Bosco ${PHONE}`],
      }),
    });
    expect(response.status).toBe(201);
    await v.settle();
    expect(whole(card(v, 'poc'))).toContain('behind the church, ask [phone hidden]');
    expect(whole(card(v, 'poc'))).toContain('Commander Bosco [phone hidden]');
    expect(leaks(v, CANARIES)).toEqual([]);
    // Read back without restricted:read, the same fields come masked (JSON needs no mrkdwn escaping).
    const reader = createToken(v.db, { name: 'dashboard', scopes: ['alerts:read'], at: v.clock.now(), actor: 'test' });
    if (!reader.ok) throw new Error(reader.reason);
    const read = await fetch(`http://127.0.0.1:${v.runtime.port}/api/v1/alerts/A-1`, { headers: { authorization: `Bearer ${reader.token}` } });
    const answer = await read.text();
    expect(read.status).toBe(200);
    expect(answer).toContain('behind the church, ask [phone hidden]');
    for (const canary of CANARIES) expect(answer).not.toContain(canary);
  });

  it('the form: Place and Perpetrator(s) fields', async () => {
    await v.driver.slashCommand({ user: pocOfficer.id, channel: GENERAL_CHANNEL, text: '' });
    await v.fake.waitFor(() => v.fake.openViews(pocOfficer.id).length > 0);
    const view = v.fake.openViews(pocOfficer.id)[0]!;
    await submit(v, pocOfficer.id, view.id as string, {
      description: 'Houses burned overnight, families fled towards Oicha',
      place: `road to the quarry, ${PHONE} ${MARKUP}`,
      category: 'looting_destruction',
      perpetrators: `ADF, Commander Bosco ${EMAIL}`,
    });
    expect(whole(card(v, 'poc'))).toContain('road to the quarry, [phone hidden]');
    expect(whole(card(v, 'poc'))).toContain('Commander Bosco [e-mail hidden]');
    expect(leaks(v, CANARIES)).toEqual([]);
  });

  it('follow-up text: updates, tasks, response outcomes and closing notes, in threads and DMs', async () => {
    await report(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected');
    await press(pocOfficer.id);
    await command(v, `update A-1 Spoke to the chief on ${PHONE}, ${MARKUP}`, pocOfficer.id);
    await command(v, `task A-1 ${at(hrOfficer)} Call the witness on ${PHONE} or ${EMAIL} ${MARKUP}`, pocOfficer.id);
    const respond = await openModal(v, pocOfficer.id, 'poc', 'followup.respond');
    await submit(v, pocOfficer.id, respond, { type: 'patrol', outcome: `Patrol met the chief, ${PHONE} ${MARKUP}` });
    await command(v, `close A-1 resolved Families relocated; contact ${EMAIL} ${MARKUP}`, pocLead.id);
    // Controls: the texts did reach the threads and the task owner's DM, masked.
    const thread = v.fake.thread(channelOf(v, 'poc'), card(v, 'poc').ts).map((m) => m.text).join('\n');
    expect(thread).toContain('Spoke to the chief on [phone hidden]');
    expect(thread).toContain('Call the witness on [phone hidden] or [e-mail hidden]');
    expect(v.fake.dms(hrOfficer.id).map(whole).join('\n')).toContain('[phone hidden]');
    expect(leaks(v, CANARIES)).toEqual([]);
  });
});

/** Take ownership on the #poc card. */
async function press(user: string): Promise<void> {
  const c = card(v, 'poc');
  const before = v.fake.responses({ user }).length;
  await v.driver.clickButton({ user, channel: c.channel, ts: c.ts, actionId: 'followup.take_ownership' });
  await v.fake.waitFor(() => v.fake.responses({ user }).length > before, { what: 'the answer to Take ownership' });
  await v.settle();
}

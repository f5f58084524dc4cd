import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { startVeille, textOf, type Running } from './harness.js';
import { card, channelOf, command, report } from './followup-helpers.js';
import { editAsReporter, reportWithConfirmation } from './confidentiality-helpers.js';

/** The edges of confidentiality: a search that would confirm a village, a form submitted by someone else, what Slack does with links and block ids. */

const { focalPoint, pocOfficer, hrOfficer, crsvAdviser } = PEOPLE;
const at = (p: { id: string; name: string }) => `<@${p.id}|${p.name}>`;

let v: Running;

/** The whole private answer to `/alert list …` (text and blocks). */
async function list(filters: string, user: string): Promise<string> {
  const answer = await v.driver.slashCommand({ user, channel: GENERAL_CHANNEL, text: `list ${filters}` });
  await v.settle();
  return JSON.stringify(answer.body);
}
beforeEach(async () => {
  v = await startVeille();
});
afterEach(async () => {
  expect(v.fake.violations).toEqual([]);
  await v.stop();
});

describe('/alert list place:<village> and restricted alerts', () => {
  it('does not confirm a restricted alert’s village to a non-member; its territory still lists the stub; a member sees it', async () => {
    await report(v, 'Two women raped at the water point in Minova last night', crsvAdviser.id);
    expect(getAlert(v.db, 1)).toMatchObject({ sensitivity: 'restricted', placeId: 'minova' });
    await report(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected');

    // A non-member searching the village learns nothing: the answer is the same as for an empty village.
    const village = await list('place:Minova', pocOfficer.id);
    expect(village).not.toContain('A-1');
    expect(village).toBe(await list('place:Oicha', pocOfficer.id));
    expect(village).toContain('No open alerts match.');
    // The territory is what the stub says anyway: listed there, as a stub.
    const territory = await list('place:Kalehe', pocOfficer.id);
    expect(territory).toContain('A-1');
    expect(territory).toContain('🔒');
    expect(territory).not.toContain('Minova');
    // Members of the restricted section and the reporter find it by village.
    expect(await list('place:Minova', crsvAdviser.id)).toContain('A-1');
    expect(await list('place:Minova', PEOPLE.crsvLead.id)).toContain('A-1');
    // A standard alert is found by its village by anyone.
    expect(await list('place:Kamango', hrOfficer.id)).toContain('A-2');
  });
});

describe('the Add-place form', () => {
  it('refuses a submission from anyone but the reporter and changes nothing', async () => {
    await report(v, 'Armed men attacked civilians on the road at night, 2 killed');
    expect(getAlert(v.db, 1)!.placeId).toBeNull();
    const forged = {
      id: 'V0FORGED01',
      type: 'modal',
      callback_id: 'alert.form.place',
      private_metadata: JSON.stringify({ channel: GENERAL_CHANNEL, alertId: 1, via: 'form' }),
      state: { values: { place: { value: { type: 'plain_text_input', value: 'Kamango' } } } },
    };
    const answer = await v.driver.viewSubmission({ user: hrOfficer.id, view: forged });
    await v.settle();
    expect(answer.body).toEqual({ response_action: 'errors', errors: { place: 'Only the reporter can set the place of this alert.' } });
    expect(getAlert(v.db, 1)!.placeId).toBeNull();
    expect(v.fake.messages(channelOf(v, 'fo-beni'))).toHaveLength(0);

    // The reporter can.
    const own = await v.driver.viewSubmission({ user: focalPoint.id, view: forged });
    await v.settle();
    expect(own.body).toBe('');
    expect(getAlert(v.db, 1)!.placeId).toBe('kamango');
    expect(v.fake.messages(channelOf(v, 'fo-beni'))).toHaveLength(1);
  });
});

describe('what Slack does with the posts', () => {
  it('thread replies and DMs do not unfurl links; every card update carries fresh block ids', async () => {
    await report(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected');
    await command(v, `assign A-1 ${at(pocOfficer)}`, PEOPLE.pocLead.id);
    await command(v, 'update A-1 Photos at https://example.org/photos', pocOfficer.id);
    await command(v, `task A-1 ${at(hrOfficer)} Check https://example.org/report`, pocOfficer.id);
    const posts = v.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.ok);
    const replies = posts.filter((c) => c.args.thread_ts !== undefined);
    const dms = posts.filter((c) => String(c.args.channel).startsWith('D') || String(c.args.channel).startsWith('U'));
    expect(replies.length).toBeGreaterThanOrEqual(6);
    expect(dms.length).toBeGreaterThanOrEqual(2);
    for (const post of [...replies, ...dms]) {
      expect({ text: post.args.text, unfurl_links: String(post.args.unfurl_links), unfurl_media: String(post.args.unfurl_media) }).toEqual({
        text: post.args.text,
        unfurl_links: 'false',
        unfurl_media: 'false',
      });
    }

    // The #poc card: posted, then updated on assign, update and task; no block id is ever reused.
    const c = card(v, 'poc');
    const versions = v.fake.calls
      .filter((call) => call.ok && ((call.method === 'chat.postMessage' && call.args.channel === c.channel && call.args.thread_ts === undefined) || (call.method === 'chat.update' && call.args.ts === c.ts)))
      .map((call) => blockIds(call.args.blocks));
    expect(versions.length).toBeGreaterThanOrEqual(3);
    expectNoIdReused(versions);
  });

  it('edits a posted digest (an alert it named became restricted) with block ids of its own', async () => {
    const poc = channelOf(v, 'poc');
    const confirmation = await reportWithConfirmation(v, 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected', focalPoint.id);
    await command(v, 'digest now', pocOfficer.id, poc);
    const digest = v.fake.messages(poc).find((m) => m.text.startsWith('Protection of Civilians digest'))!;
    expect(textOf(digest)).toContain('A-1');

    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    // The digest in #poc, which holds only the stub now, is edited to figures that no longer name A-1.
    expect(textOf(v.fake.message(poc, digest.ts))).not.toContain('A-1');
    const versions = v.fake.calls
      .filter((call) => call.ok && call.args.channel === poc && (call.method === 'chat.postMessage' || call.method === 'chat.update') && (call.args.ts === digest.ts || String(call.args.text).startsWith('Protection of Civilians digest')))
      .map((call) => blockIds(call.args.blocks));
    expect(versions).toHaveLength(2);
    expectNoIdReused(versions);
  });

  it('edits a restricted section’s own digest once the alert it named is held by another restricted section only', async () => {
    const crsv = channelOf(v, 'crsv');
    const confirmation = await reportWithConfirmation(v, 'Two women raped at the water point in Minova last night', focalPoint.id);
    expect(getAlert(v.db, 1)).toMatchObject({ sensitivity: 'restricted', category: 'crsv' });
    await command(v, 'digest now', crsvAdviser.id, crsv);
    const digest = v.fake.messages(crsv).find((m) => /digest/i.test(m.text) && m.thread_ts === undefined)!;
    expect(textOf(digest)).toContain('A-1');

    // The reporter corrects it: three boys recruited, no sexual violence; Child Protection alone holds it now.
    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'child_violation', description: 'M23 recruited three boys at the water point in Minova last night' })).toEqual({});
    expect(getAlert(v.db, 1)).toMatchObject({ sensitivity: 'restricted', category: 'child_violation' });
    expect(textOf(v.fake.message(crsv, digest.ts))).not.toContain('A-1');
    expect(textOf(v.fake.message(crsv, digest.ts))).not.toContain('Minova');
  });
});

function expectNoIdReused(versions: string[][]): void {
  const seen = new Set<string>();
  for (const ids of versions) {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(seen.has(id), `block_id ${id} reused`).toBe(false);
      seen.add(id);
    }
  }
}

function blockIds(blocks: unknown): string[] {
  const list = typeof blocks === 'string' ? (JSON.parse(blocks) as unknown[]) : ((blocks ?? []) as unknown[]);
  return list.map((b) => (b as { block_id?: string }).block_id).filter((id): id is string => typeof id === 'string');
}

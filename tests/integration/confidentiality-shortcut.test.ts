import { describe, expect, it } from 'vitest';
import { getAlert } from '../../src/alerts/service.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import type { Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { channelOf } from './followup-helpers.js';
import { leaks } from './confidentiality-helpers.js';

/**
 * "Log as alert" on a message in a restricted section's channel: what was said there is the
 * restricted section's, so its form opens marked restricted (fail closed). Submitted as it opens,
 * the alert stays in the restricted sections; the standard channels get a stub.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { crsvAdviser, pocOfficer } = PEOPLE;
const NAME = 'Canary-Family-Name';

/** The shortcut on a message, then the form submitted as it opened. */
async function logAsAlert(channel: string, user: string, text: string): Promise<void> {
  const message = v.fake.addUserMessage(channel, user, text);
  await v.driver.messageShortcut({ user, channel, message: { ts: message.ts, text: message.text }, callbackId: 'log_as_alert' });
  await v.fake.waitFor(() => v.fake.openViews(user).length > 0, { what: 'the form' });
  await v.driver.submitView({ user, viewId: v.fake.openViews(user)[0]!.id as string });
  await v.settle();
}

describe('"Log as alert" on a message in a restricted section’s channel', () => {
  it('opens its form marked restricted: submitted as it opens, nothing of it reaches the standard channels', async () => {
    await logAsAlert(channelOf(v, 'crsv'), crsvAdviser.id, `Armed men attacked Minova market last night, 2 killed; the family of ${NAME} fled to the parish`);
    expect(getAlert(v.db, 1)).toMatchObject({ reportedVia: 'shortcut', sensitivity: 'restricted' });
    // Held by the restricted sections (a restricted alert under a standard category: all of them, as the config says).
    const restricted = [channelOf(v, 'crsv'), channelOf(v, 'cp')];
    expect(leaks(v, [NAME, 'parish'], [...restricted, v.fake.dmChannelId(crsvAdviser.id), `ephemeral:${crsvAdviser.id}`, `response:${crsvAdviser.id}`, `home:${crsvAdviser.id}`])).toEqual([]);
  });

  it('elsewhere opens as the message says (control)', async () => {
    await logAsAlert(GENERAL_CHANNEL, pocOfficer.id, `Armed men attacked Minova market last night, 2 killed; the family of ${NAME} fled to the parish`);
    expect(getAlert(v.db, 1)).toMatchObject({ reportedVia: 'shortcut', sensitivity: 'standard' });
  });
});

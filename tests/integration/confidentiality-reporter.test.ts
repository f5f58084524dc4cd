import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { command, openModal, runUntil, submit } from './followup-helpers.js';
import { answerTo, editAsReporter, homeOf, reportWithConfirmation } from './confidentiality-helpers.js';

/**
 * The reporter of a restricted alert who is not in a restricted section holding it reads what they
 * reported and the steps (acknowledged, first response, closed), as their notices say — never who
 * works the case nor what the restricted section added: not in `/alert show`, its history,
 * `/alert list`, App Home or the DM copy of a card.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, crsvAdviser, crsvLead, pocOfficer } = PEOPLE;
/** What the CRSV section adds to the case: never read by the reporter outside it. */
const ADDED: string[] = ['Meet the family at the parish', 'Referred to the clinic', 'Mobile clinic unit 7', 'Survivors reached the referral hospital'];

/** The focal point (not in the CRSV channel) reports; Grace owns it, gets a task, updates, responds; the lead closes it. */
async function workedByGrace(): Promise<void> {
  await command(v, '3 women raped in Minova by armed men', focalPoint.id);
  expect(await command(v, `assign A-1 <@${crsvAdviser.id}|grace>`, crsvLead.id)).toContain('A-1');
  expect(await command(v, `task A-1 <@${crsvAdviser.id}|grace> ${ADDED[0]}`, crsvLead.id)).toContain('Task added to A-1');
  expect(await command(v, `update A-1 ${ADDED[1]}`, crsvAdviser.id)).toContain('Update added on A-1');
  const view = await openModal(v, crsvAdviser.id, 'crsv', 'followup.respond');
  expect(await submit(v, crsvAdviser.id, view, { type: 'referral', unit: ADDED[2]! })).toEqual({});
  expect(await command(v, `close A-1 resolved ${ADDED[3]}`, crsvLead.id)).toContain('A-1');
}

function namesNoWorker(text: string): void {
  for (const worker of [crsvAdviser.id, crsvLead.id]) expect(text).not.toContain(worker);
  for (const added of ADDED) expect(text).not.toContain(added);
}

describe('a restricted alert read by its reporter outside the restricted sections', () => {
  it('shows what they reported and the steps, not who works on it nor what was added', async () => {
    await workedByGrace();

    const shown = await answerTo(v, 'show A-1', focalPoint.id);
    expect(shown).toContain('3 women raped in Minova by armed men');
    expect(shown).toContain('*Owner*\\nassigned');
    expect(shown).toContain('*Time to acknowledge* 0 s');
    expect(shown).toContain('☑️ Closed: resolved');
    expect(shown).toContain('Your report is restricted: you see what you reported and what was done; who works on it, and what they added, are for <#G0CRSV0001>.');
    expect(shown).not.toContain('*Responses*');
    expect(shown).not.toContain('*Tasks*');
    expect(shown).not.toContain('"actions"');
    namesNoWorker(shown);

    const history = await answerTo(v, 'show A-1 history', focalPoint.id);
    expect(history).toContain(`<@${focalPoint.id}> logged it (via quick report)`);
    expect(history).toContain('Someone assigned it to someone');
    expect(history).toContain('Someone gave someone a task');
    expect(history).toContain('Someone added an update');
    expect(history).toContain('Someone logged a response');
    expect(history).toContain('Someone closed it: resolved');
    expect(history).toContain('Your report is restricted: you see what was done and when');
    namesNoWorker(history);

    // Control: a member of the CRSV section reads all of it, names and words.
    const member = (await answerTo(v, 'show A-1', crsvAdviser.id)) + (await answerTo(v, 'show A-1 history', crsvAdviser.id));
    expect(member).toContain(`*Owner*\\n<@${crsvAdviser.id}>`);
    expect(member).toContain(`<@${crsvLead.id}> assigned it to <@${crsvAdviser.id}>`);
    for (const added of ADDED) expect(member).toContain(added);
  });

  it('names no one working on it in /alert list, App Home and the DM copy of its card', async () => {
    await command(v, '3 women raped in Minova by armed men', focalPoint.id);
    // The CRSV lead gives it to its reporter (who may own it), then to Grace.
    expect(await command(v, `assign A-1 <@${focalPoint.id}|amani>`, crsvLead.id)).toContain('A-1');
    const copy = v.fake.dms(focalPoint.id).find((m) => /to you/.test(m.text));
    if (!copy) throw new Error(v.fake.dms(focalPoint.id).map((m) => m.text).join(' / '));
    expect(copy.text).toBe('👤 Someone assigned A-1 to you.');
    expect(textOf(copy)).toContain(`*Owner*\\n<@${focalPoint.id}>`);
    namesNoWorker(textOf(copy));

    expect(await command(v, `assign A-1 <@${crsvAdviser.id}|grace>`, crsvLead.id)).toContain('A-1');
    // The copy is edited down to one line that does not say to whom.
    expect(v.fake.message(copy.channel, copy.ts)!.text).toBe('👤 *A-1* is no longer yours.');

    const list = await answerTo(v, 'list', focalPoint.id);
    expect(list).toContain('*A-1*');
    expect(list).toContain('has an owner');
    namesNoWorker(list);
    const home = await homeOf(v, focalPoint.id);
    expect(home).toContain('*A-1*');
    expect(home).toContain('has an owner');
    namesNoWorker(home);
    namesNoWorker(v.fake.dms(focalPoint.id).map(textOf).join('\n'));

    // Control: the CRSV lead's list names Grace.
    expect(await answerTo(v, 'list', crsvLead.id)).toContain(`<@${crsvAdviser.id}>`);
  });

  it('tells again, as the step alone, what its reporter was told while it was standard', async () => {
    const confirmation = await reportWithConfirmation(v, 'Armed men attacked Kamango market, 2 killed', focalPoint.id);
    const view = await openModal(v, pocOfficer.id, 'poc', 'followup.respond');
    expect(await submit(v, pocOfficer.id, view, { type: 'patrol', unit: 'NEPBATT Coy B' })).toEqual({});
    const told = v.fake.dms(focalPoint.id).filter((m) => /your report/i.test(m.text));
    expect(told.map((m) => m.text).join('\n')).toContain('NEPBATT Coy B');
    // The reporter marks it restricted: the CRSV section holds it now, and the reporter is not in it.
    expect(await editAsReporter(v, focalPoint.id, confirmation, { restricted: ['restricted'] })).toEqual({});
    const now = told.map((m) => v.fake.message(m.channel, m.ts)!.text).join('\n');
    expect(now).toContain('A first response was logged on your report *A-1*.');
    expect(now).not.toContain('NEPBATT');
    expect(now).not.toContain(pocOfficer.id);
  });
});

describe('a reminder DM to the reporter who was given their own restricted report', () => {
  it('does not name the owner it was given to next', async () => {
    await command(v, '3 women raped in Minova by armed men', focalPoint.id);
    expect(await command(v, `assign A-1 <@${focalPoint.id}|amani>`, crsvLead.id)).toContain('A-1');
    // High: an update every 6 h; the owner's reminder DM comes at 6 h.
    await runUntil(v, 6 * 60 + 5);
    const landed = v.db
      .prepare("SELECT posted_channel AS channel, posted_ts AS ts FROM outbox WHERE kind = 'dm' AND status = 'sent' AND json_extract(payload, '$.fact.about') = 'reminder_owner'")
      .get() as { channel: string; ts: string };
    expect(v.fake.message(landed.channel, landed.ts)!.text).toMatch(/^⏰ /);
    expect(await command(v, `assign A-1 <@${crsvAdviser.id}|grace>`, crsvLead.id)).toContain('A-1');
    const now = v.fake.message(landed.channel, landed.ts)!.text;
    expect(now).toBe('⏰ *A-1* is no longer yours: this reminder needs no answer from you.');
    expect(now).not.toContain(crsvAdviser.id);
  });
});

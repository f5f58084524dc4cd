import { describe, expect, it } from 'vitest';
import { createToken } from '../../src/api/tokens.js';
import { getAlert } from '../../src/alerts/service.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { textOf, type Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { channelOf, report, threadOf } from './followup-helpers.js';
import { answerTo, editAsReporter, reportWithConfirmation } from './confidentiality-helpers.js';

/**
 * Issue 12, point 4: closing as a duplicate never posts a link between a restricted alert and a
 * standard one where the restricted one is not held in full; no one links to a restricted alert
 * they cannot read, and the refusal says no more than its stub.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocLead, crsvLead } = PEOPLE;
/** restricted (CRSV holds it; PoC, Human Rights and the Goma office have stubs). */
const RESTRICTED = '3 femmes violées à Minova par des hommes armés';
/** standard, the same night in Minova (PoC, Human Rights, Goma office). */
const STANDARD = 'Armed men attacked Minova last night, 2 killed';

/** Messages (final text) outside the CRSV channel that name both alerts: each is a link a non-member can read. */
function linksOutsideCrsv(): string[] {
  const crsv = channelOf(v, 'crsv');
  return v.fake
    .everyConversation()
    .filter((c) => c.channel !== crsv)
    .flatMap((c) => c.messages.map((m) => `${c.channel}: ${textOf({ text: m.text, blocks: m.blocks })}`))
    .filter((t) => /\bA-1\b/.test(t) && /\bA-2\b/.test(t));
}

describe('closing as a duplicate across the restriction line', () => {
  it('a restricted alert closed as a duplicate of a standard one: the link stays in the restricted section', async () => {
    await report(v, RESTRICTED, focalPoint.id);
    await report(v, STANDARD, focalPoint.id);
    expect(getAlert(v.db, 1)!.sensitivity).toBe('restricted');
    expect(getAlert(v.db, 2)!.sensitivity).toBe('standard');

    expect(await answerTo(v, 'close A-1 duplicate A-2', crsvLead.id)).toContain('A-1 closed: duplicate of A-2');

    expect(linksOutsideCrsv()).toEqual([]);
    for (const section of ['poc', 'hr', 'fo-goma']) {
      expect(threadOf(v, section, 1), section).toContain('☑️ A-1 was closed (duplicate).');
      expect(threadOf(v, section, 2).join('\n'), section).not.toContain('A-1');
    }
    // Nor does /alert show A-1 (or its history) tell a non-member which alert it duplicates.
    for (const text of ['show A-1', 'show A-1 history']) expect(await answerTo(v, text, PEOPLE.pocOfficer.id), text).not.toMatch(/\bA-2\b/);
    // Control: the CRSV section reads both, and its thread says which alert A-1 duplicates.
    expect(threadOf(v, 'crsv').join('\n')).toMatch(/closed A-1 as a duplicate of <https:\/\/slack\.com\/archives\/[A-Z0-9]+\/p\d+\|A-2>|closed A-1 as a duplicate of A-2/);
  });

  it('refuses to link a standard alert to a restricted one: to a lead who cannot read it, and to anyone, since the link would be public', async () => {
    await report(v, RESTRICTED, focalPoint.id);
    await report(v, STANDARD, focalPoint.id);

    const outsider = await answerTo(v, 'close A-2 duplicate A-1', pocLead.id);
    expect(outsider).toContain('You cannot link A-2 to A-1: it is restricted and you are not in a section holding its details.');
    for (const secret of ['femmes', 'Minova', focalPoint.id, 'G0CRSV0001']) expect(outsider).not.toContain(secret);
    // The reporter reads both, but the link would still reach everyone who reads A-2.
    expect(await answerTo(v, 'close A-2 duplicate A-1', focalPoint.id)).toContain('A-2 cannot be closed as a duplicate of A-1: A-1 is restricted and A-2 is not');

    expect(getAlert(v.db, 2)!.status).toBe('new');
    expect(linksOutsideCrsv()).toEqual([]);
    // A refusal for an alert that does not exist reads differently, so a restricted one is not denied either.
    expect(await answerTo(v, 'close A-2 duplicate A-99', pocLead.id)).toContain('No alert A-99.');
  });
});

describe('a link between two standard alerts, one of which becomes restricted afterwards', () => {
  it('is taken out of everything the restricted one’s stub channels read: cards and thread replies of both', async () => {
    // the same attack, both standard; A-2 is closed as a duplicate of A-1.
    await report(v, 'Armed men attacked Minova market this morning, 2 killed', focalPoint.id);
    const confirmation = await reportWithConfirmation(v, 'Armed men attacked the market in Minova today, 2 killed', focalPoint.id);
    expect(await answerTo(v, 'close A-1 duplicate A-2', pocLead.id)).toContain('A-1 closed: duplicate of A-2');
    expect(linksOutsideCrsv().length).toBeGreaterThan(0); // the link was posted while both were standard
    // Then A-2 turns out to be sexual violence: its reporter re-categorises it.
    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    expect(getAlert(v.db, 2)!.sensitivity).toBe('restricted');
    expect(linksOutsideCrsv()).toEqual([]);
    // Nor do /alert show A-1 and its history tell a non-member, nor the API without restricted:read.
    for (const text of ['show A-1', 'show A-1 history']) expect(await answerTo(v, text, PEOPLE.pocOfficer.id), text).not.toMatch(/\bA-2\b/);
    const made = createToken(v.db, { name: 'dashboard', scopes: ['alerts:read'], at: v.clock.now(), actor: 'test' });
    if (!made.ok) throw new Error(made.reason);
    const read = await fetch(`http://127.0.0.1:${v.runtime.port}/api/v1/alerts/A-1`, { headers: { authorization: `Bearer ${made.token}` } });
    expect(read.status).toBe(200);
    const answer = await read.text();
    expect(answer).not.toMatch(/\bA-2\b/);
    expect(answer).not.toContain('"duplicateOf":2');
    // Control: the CRSV section still reads the link.
    expect(await answerTo(v, 'show A-1', crsvLead.id)).toMatch(/\bA-2\b/);
  });
});

describe('a duplicate reopened, then restricted', () => {
  it('is no longer named in the threads of the standard alert it had joined', async () => {
    await report(v, 'Armed men attacked Minova market this morning, 2 killed', focalPoint.id);
    const confirmation = await reportWithConfirmation(v, 'Armed men attacked the market in Minova today, 2 killed', focalPoint.id);
    expect(await answerTo(v, 'close A-2 duplicate A-1', pocLead.id)).toContain('A-2 closed: duplicate of A-1');
    expect(threadOf(v, 'poc', 1).join('\n')).toMatch(/A-2.* was closed as a duplicate of A-1/);
    // Not a duplicate after all: reopened, and its reporter finds it was sexual violence.
    expect(await answerTo(v, 'reopen A-2', pocLead.id)).toContain('A-2 is open again');
    expect(await editAsReporter(v, focalPoint.id, confirmation, { category: 'crsv' })).toEqual({});
    expect(getAlert(v.db, 2)!.sensitivity).toBe('restricted');
    expect(linksOutsideCrsv()).toEqual([]);
    // The standard alert's thread still says a report joined it, without naming which.
    expect(threadOf(v, 'poc', 1).join('\n')).toContain('🔗 Another report was closed as a duplicate of A-1.');
  });
});

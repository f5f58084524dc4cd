import { describe, expect, it } from 'vitest';
import { PEOPLE } from '../../src/fake-slack/index.js';
import type { Running } from './harness.js';
import { startVeilleForEachTest } from './each-test.js';
import { channelOf, command, report } from './followup-helpers.js';
import { homeOf } from './confidentiality-helpers.js';

/**
 * Issue 19: section leads see which alerts were closed without the reporter being told (the
 * reporter asked to hear back), in the daily section digest and on App Home; the digest counts
 * "reporter informed". Restricted ones are counts outside the restricted sections.
 */

let v: Running;
startVeilleForEachTest((running) => (v = running));

const { focalPoint, pocOfficer, pocLead, crsvLead } = PEOPLE;
const KAMANGO = 'Armed men attacked Kamango market this morning, 4 killed, ADF suspected';
const MINOVA = '3 femmes violées à Minova par des hommes armés, témoin: Mme Zawadi';
const ERINGETI = 'ADF abducted 2 farmers near Eringeti, ADF suspected';

/** The words of a channel's last digest, as its blocks show them. */
function lastDigest(channel: string): string {
  const message = v.fake.messages(channel).filter((m) => /digest/i.test(m.text) && !m.files).at(-1)!;
  return (message.blocks as Array<{ text?: { text?: string } }>).map((b) => b.text?.text ?? '').join('\n');
}

describe('closed without the reporter being told', () => {
  it('is listed in the section digest and on the lead’s App Home, and the digest counts reporter informed', async () => {
    // Closed while the reporter had turned notices off; turned back on since: they asked, and no one told them.
    await command(v, 'notify off', focalPoint.id);
    await report(v, KAMANGO);
    await report(v, MINOVA); // A-2, restricted (CRSV)
    await command(v, 'close A-1 resolved Attackers withdrew', pocLead.id, channelOf(v, 'poc'));
    await command(v, 'close A-2 no_action_possible', crsvLead.id, channelOf(v, 'crsv'));
    await command(v, 'notify on', focalPoint.id);
    // Closed with notices on: the DM went, the reporter was informed.
    await report(v, ERINGETI);
    await command(v, 'close A-3 resolved Farmers released', pocLead.id, channelOf(v, 'poc'));
    expect(v.fake.dms(focalPoint.id).map((m) => m.text).join('\n')).toContain('Your report A-3 was closed');
    expect(v.fake.dms(focalPoint.id).map((m) => m.text).join('\n')).not.toMatch(/A-1 was closed|A-2 was closed/);

    v.clock.advance(60_000);
    await command(v, 'digest now', pocOfficer.id, channelOf(v, 'poc'));
    const poc = lastDigest(channelOf(v, 'poc'));
    // Three closings whose reporter asked to hear back (A-1, A-2 now, A-3), one told.
    expect(poc).toContain('📨 *Reporter informed*: 1 of 3 closings whose reporter asked to hear back');
    expect(poc).toContain('*Closed without the reporter being told: 2*');
    const untold = poc.split('\n').filter((line) => line.startsWith('📭'));
    expect(untold).toHaveLength(1);
    expect(untold[0]).toMatch(/A-1\b.*· resolved ·/);
    // The restricted one is a count in the PoC channel: no reference, nothing of it.
    expect(poc).toMatch(/Closed without the reporter being told: 2\*[^\n]*\n🔒 1 restricted alert/);
    expect(poc).not.toMatch(/A-2|Minova|Zawadi/);

    // The CRSV channel, restricted, names it in full.
    await command(v, 'digest now', crsvLead.id, channelOf(v, 'crsv'));
    const crsv = lastDigest(channelOf(v, 'crsv'));
    expect(crsv.split('\n').filter((line) => line.startsWith('📭')).join('\n')).toMatch(/A-2\b.*no action possible/);

    // The PoC lead's Home: A-1 named, the restricted one counted only (the lead is not a CRSV member).
    const home = await homeOf(v, pocLead.id);
    expect(home).toContain('*Closed without the reporter being told* — last 7 days, sections you lead (2)');
    expect(home).toMatch(/📭 \*A-1\* · [^\n]+ · closed 22 Nov 2026/);
    expect(home).toContain('🔒 1 restricted alert, counted only');
    expect(home).not.toMatch(/A-2|A-3 · /);
    // The CRSV lead sees A-2 by its reference; a member without a section to lead sees no such list.
    expect(await homeOf(v, crsvLead.id)).toMatch(/📭 \*A-2\*/);
    expect(await homeOf(v, pocOfficer.id)).not.toContain('Closed without the reporter being told');
  });
});

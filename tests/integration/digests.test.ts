import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { postDueDigests } from '../../src/digests/schedule.js';
import { ratePercent, sparkline } from '../../src/digests/rules.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import { formatDuration } from '../../src/slack/format/duration.js';
import { expectedDigest } from '../unit/digests/expected.js';
import { DAY, generateSeed, HOUR, insertSeed, MARKER } from '../unit/digests/seed.js';
import { startVeille, textOf, type Running } from './harness.js';

/** 22 Nov 2026. 07:00 in Goma (UTC+2) is 05:00 UTC; 07:00 in Kinshasa (UTC+1) is 06:00 UTC. */
const D = Date.UTC(2026, 10, 22);
const GOMA_0700 = D + 5 * HOUR;
const KINSHASA_0700 = D + 6 * HOUR;
const LEADERSHIP_0730 = D + 6.5 * HOUR;

const CH = { poc: 'C0POC00001', hr: 'C0HR000001', crsv: 'G0CRSV0001', cp: 'G0CP000001', beni: 'C0FOBENI01', bunia: 'C0FOBUNIA1', goma: 'C0FOGOMA01', leadership: 'C0SMGP0001' };
const GOMA_CHANNELS = [CH.beni, CH.bunia, CH.goma];
const KINSHASA_CHANNELS = [CH.poc, CH.hr, CH.crsv, CH.cp];

const running: Running[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const v of running.splice(0)) {
    expect(v.fake.violations).toEqual([]);
    await v.stop().catch(() => {});
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startVeille>[0] = {}): Promise<Running> {
  const v = await startVeille(options);
  running.push(v);
  await v.settle();
  return v;
}

async function stop(v: Running): Promise<void> {
  running.splice(running.indexOf(v), 1);
  expect(v.fake.violations).toEqual([]);
  await v.stop();
}

// The Bunia field office reads its digest in French (a "résumé"); the others in English.
const digestsIn = (v: Running, channel: string) => v.fake.messages(channel).filter((m) => /digest|Résumé/.test(textOf(m)));
const LATE: Record<string, string> = { [CH.bunia]: 'publié en retard' };
const postedLate = (channel: string) => LATE[channel] ?? 'posted late';
const count = (v: Running, channels: string[]) => channels.map((c) => digestsIn(v, c).length);

describe('daily digests, each section at its own 07:00, exactly once', () => {
  it('posts Goma then Kinshasa at their local times, never twice across restarts, and late after downtime', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-digests-'));
    dirs.push(dir);
    const databasePath = join(dir, 'veille.db');
    const clock = new ManualClock(D + 3 * HOUR);
    let v = await start({ databasePath, clock });
    insertSeed(v.db, generateSeed(v.mission, { now: D + 3 * HOUR, days: 10, perDay: 4 }));
    expect(count(v, [...GOMA_CHANNELS, ...KINSHASA_CHANNELS])).toEqual([0, 0, 0, 0, 0, 0, 0]);

    clock.set(GOMA_0700);
    await v.runtime.tick();
    expect(count(v, GOMA_CHANNELS)).toEqual([1, 1, 1]);
    expect(count(v, KINSHASA_CHANNELS)).toEqual([0, 0, 0, 0]);
    expect(textOf(digestsIn(v, CH.beni)[0])).not.toContain('posted late');
    clock.advance(30_000);
    await v.runtime.tick();
    expect(count(v, GOMA_CHANNELS)).toEqual([1, 1, 1]);

    // Restart just after posting: nothing again.
    await stop(v);
    clock.advance(30_000);
    v = await start({ databasePath, clock });
    expect(count(v, GOMA_CHANNELS)).toEqual([0, 0, 0]);

    clock.set(KINSHASA_0700);
    await v.runtime.tick();
    expect(count(v, KINSHASA_CHANNELS)).toEqual([1, 1, 1, 1]);
    expect(count(v, GOMA_CHANNELS)).toEqual([0, 0, 0]);
    expect(count(v, [CH.leadership])).toEqual([0]);
    clock.set(LEADERSHIP_0730);
    await v.runtime.tick();
    expect(count(v, [CH.leadership])).toEqual([1]);
    await stop(v);

    // Down through the next morning: each digest that fell due is posted once at start-up, marked late.
    clock.set(D + DAY + 9 * HOUR);
    v = await start({ databasePath, clock });
    const all = [...GOMA_CHANNELS, ...KINSHASA_CHANNELS, CH.leadership];
    expect(count(v, all)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    for (const channel of all) expect(textOf(digestsIn(v, channel)[0])).toContain(postedLate(channel));
    await v.runtime.tick();
    expect(count(v, all)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);

    // Queued but not yet sent when Veille stopped: sent once by the next start, not queued again.
    clock.set(D + 2 * DAY + 5 * HOUR);
    expect(postDueDigests(v.veille, clock.now()).map((q) => q.sectionId)).toEqual(['fo-beni', 'fo-bunia', 'fo-goma']);
    await stop(v);
    v = await start({ databasePath, clock });
    expect(count(v, GOMA_CHANNELS)).toEqual([1, 1, 1]);
    expect(textOf(digestsIn(v, CH.beni)[0])).not.toContain('posted late');

    const runs = v.db.prepare('SELECT section_id, local_date, late FROM digest_runs ORDER BY local_date, section_id').all() as Array<{ section_id: string; local_date: string; late: number }>;
    expect(runs.filter((r) => r.local_date === '2026-11-22').map((r) => [r.section_id, r.late])).toEqual(
      ['*leadership', 'cp', 'crsv', 'fo-beni', 'fo-bunia', 'fo-goma', 'hr', 'poc'].map((s) => [s, 0]),
    );
    expect(runs.filter((r) => r.local_date === '2026-11-23').every((r) => r.late === 1)).toBe(true);
    expect(runs).toHaveLength(8 + 8 + 3);
  }, 30_000); // three starts and eight digests, each drawing its chart
});

describe('what the digest says, over a seeded month', () => {
  it('posts the numbers an independent count gives, restricted alerts as counts only outside restricted channels', async () => {
    const clock = new ManualClock(KINSHASA_0700 - HOUR);
    const v = await start({ clock });
    const seed = generateSeed(v.mission, { now: KINSHASA_0700 });
    insertSeed(v.db, seed);
    clock.set(KINSHASA_0700);
    await v.runtime.tick();

    const want = expectedDigest(v.mission, seed, 'poc', KINSHASA_0700, KINSHASA_0700);
    const text = textOf(digestsIn(v, CH.poc)[0]);
    expect(text).toContain(`*New in the last 24 h: ${want.newTotal}*`);
    expect(text).toContain(`Verified ${want.verified} · alleged ${want.alleged}`);
    expect(text).toContain(`*Still open: ${want.open}* — ${want.unacknowledged} unacknowledged · ${want.unassigned} without an owner · ${want.overdue} overdue`);
    expect(text).toContain(`*Closed in the last 24 h: ${want.closed}* — median time from alert to first response ${formatDuration(want.medianResponse!)} (${want.closedWithResponse} of ${want.closed} had one)`);
    expect(text).toContain(`*${ratePercent(want.rate7)}%* (${want.rate7.inTime} of ${want.rate7.judged}) over 7 days`);
    expect(text).toContain(`*${ratePercent(want.rate30)}%* (${want.rate30.inTime} of ${want.rate30.judged}) over 30 days`);
    const names = (ids: string[]) => ids.map((id) => v.mission.places.find((p) => p.id === id)!.name);
    expect(want.hotspots).toContain('kamango');
    for (const name of names(want.hotspots)) expect(text).toContain(`🔥 *${name}*`);
    expect(want.quiet).toContain('oicha');
    for (const name of names(want.quiet)) expect(text).toContain(`🔕 *${name}*`);
    expect(text).toContain(`*HRDDP-flagged (host-state forces): ${want.hrddp}*`);
    expect(text).toContain(sparkline(want.trend));

    // Restricted alerts in the PoC channel: a count, no reference, no text.
    expect(want.newRestricted).toBeGreaterThan(0);
    expect(text).toContain(`🔒 ${want.newRestricted} restricted alert`);
    for (const ref of want.restrictedRefs) expect(text).not.toMatch(new RegExp(`\\b${ref}(?!\\d)`));
    expect(text).not.toContain(MARKER);
    // In the restricted channel they are named.
    const crsv = textOf(digestsIn(v, CH.crsv)[0]);
    const crsvNew = seed.filter((a) => a.category === 'crsv' && a.createdAt >= KINSHASA_0700 - DAY && a.closureReason !== 'withdrawn');
    expect(crsvNew.length).toBeGreaterThan(0);
    for (const a of crsvNew) expect(crsv).toContain(a.reference);
    // The leadership digest is sanitised too.
    clock.set(LEADERSHIP_0730);
    await v.runtime.tick();
    const leadership = textOf(digestsIn(v, CH.leadership)[0]);
    expect(leadership).toContain('Needs a decision');
    for (const ref of want.restrictedRefs) expect(leadership).not.toMatch(new RegExp(`\\b${ref}(?!\\d)`));
    expect(leadership).not.toContain(MARKER);
  });

  it('summarises a day of 500 alerts instead of failing with invalid_blocks', async () => {
    const clock = new ManualClock(KINSHASA_0700 - HOUR);
    const v = await start({ clock });
    insertSeed(v.db, generateSeed(v.mission, { now: KINSHASA_0700, days: 1, perDay: 520 }));
    clock.set(KINSHASA_0700);
    await v.runtime.tick();
    const text = textOf(digestsIn(v, CH.poc)[0]);
    expect(text).toMatch(/\*New in the last 24 h: \d{3}\*/);
    expect(text).toMatch(/…and \d+ more — the full list: `\/alert list section:poc`/);
    expect(v.fake.callsTo('chat.postMessage').filter((c) => !c.ok).map((c) => c.error)).toEqual([]);
  });
});

describe('/alert digest preview and now', () => {
  const command = (v: Running, text: string, user: string, channel: string) => v.driver.slashCommand({ user, channel, text });

  it('previews privately the digest of the channel it is typed in, and posts it on request with links to the cards', async () => {
    const v = await start();
    await command(v, 'Armed men attacked Kamango market, 4 killed, ADF suspected', PEOPLE.focalPoint.id, GENERAL_CHANNEL);
    await v.settle();
    const before = v.fake.messages(CH.poc).length;

    const preview = textOf((await command(v, 'digest preview', PEOPLE.pocOfficer.id, CH.poc)).body);
    expect(preview).toContain('Preview, only you see it');
    expect(preview).toContain('Protection of Civilians — daily digest');
    expect(preview).toContain('*New in the last 24 h: 1*');
    expect(preview).toContain('A-1');
    await v.settle();
    expect(v.fake.messages(CH.poc)).toHaveLength(before);

    const now = textOf((await command(v, 'digest now', PEOPLE.pocOfficer.id, CH.poc)).body);
    expect(now).toContain('Posting the digest in <#C0POC00001> now.');
    await v.settle();
    const posted = textOf(digestsIn(v, CH.poc)[0]);
    expect(posted).toMatch(/<https:\/\/veille-test\.slack\.com\/archives\/C0POC00001\/p\d+\|A-1>/);
    const event = v.db.prepare("SELECT actor, data FROM events WHERE type = 'digest_posted'").get() as { actor: string; data: string };
    expect(event.actor).toBe(PEOPLE.pocOfficer.id);
    expect(JSON.parse(event.data).section).toBe('poc');
  });

  it('answers the person in their language and shows the digest in its channel’s', async () => {
    const v = await start();
    await command(v, 'Armed men attacked Kamango market, 4 killed, ADF suspected', PEOPLE.focalPoint.id, GENERAL_CHANNEL);
    await v.settle();
    // Her Slack is in French; the PoC channel reads English.
    const french = textOf((await command(v, 'digest preview poc', PEOPLE.buniaOfficer.id, GENERAL_CHANNEL)).body);
    expect(french).toContain('Aperçu, vous seul le voyez — tel qu’il serait publié dans <#C0POC00001>.');
    expect(french).toContain('Protection of Civilians — daily digest');
    // His is in English; the Bunia field office reads French.
    const english = textOf((await command(v, 'digest preview fo-bunia', PEOPLE.pocOfficer.id, GENERAL_CHANNEL)).body);
    expect(english).toContain('Preview, only you see it — as it would be posted in <#C0FOBUNIA1>.');
    expect(english).toContain('Bureau de terrain de Bunia — résumé quotidien');
    expect(textOf((await command(v, 'digest now nulle-part', PEOPLE.buniaOfficer.id, GENERAL_CHANNEL)).body)).toContain('Aucune section *nulle-part*.');
  });

  it('asks which section outside a section channel, and names the ones there are', async () => {
    const v = await start();
    const which = textOf((await command(v, 'digest preview', PEOPLE.pocOfficer.id, GENERAL_CHANNEL)).body);
    expect(which).toContain('Which section’s digest?');
    expect(which).toContain('`fo-goma`');
    expect(textOf((await command(v, 'digest now nowhere', PEOPLE.pocOfficer.id, GENERAL_CHANNEL)).body)).toContain('No section *nowhere*');
    const leadership = textOf((await command(v, 'digest preview leadership', PEOPLE.leadership.id, GENERAL_CHANNEL)).body);
    expect(leadership).toContain('leadership digest');
  });

  it('refuses a restricted section’s digest to a non-member, preview and post alike', async () => {
    const v = await start();
    await command(v, '3 femmes violées à Minova par des hommes armés non identifiés', PEOPLE.focalPoint.id, GENERAL_CHANNEL);
    await v.settle();
    const posts = v.fake.messages(CH.crsv).length;
    for (const action of ['preview', 'now']) {
      const answer = textOf((await command(v, `digest ${action} crsv`, PEOPLE.pocOfficer.id, GENERAL_CHANNEL)).body);
      expect(answer).toContain('digest is restricted: only members of <#G0CRSV0001> can see it');
      expect(answer).not.toContain('A-1');
    }
    await v.settle();
    expect(v.fake.messages(CH.crsv)).toHaveLength(posts);

    const member = textOf((await command(v, 'digest preview crsv', PEOPLE.crsvAdviser.id, GENERAL_CHANNEL)).body);
    expect(member).toContain('Women Protection / CRSV — daily digest');
    expect(member).toContain('A-1');
  });
});

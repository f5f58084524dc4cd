import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import type { DigestChart } from '../../src/digests/chart-data.js';
import { GENERAL_CHANNEL, PEOPLE } from '../../src/fake-slack/index.js';
import type { StoredMessage } from '../../src/fake-slack/types.js';
import { generateSeed, HOUR, insertSeed } from '../unit/digests/seed.js';
import { startVeille, textOf, type Running } from './harness.js';

/** Each digest followed by one chart, uploaded as Slack takes files; counts only; a failed drawing still leaves the digest. */

const D = Date.UTC(2026, 10, 22);
const KINSHASA_0700 = D + 6 * HOUR;
const LEADERSHIP_0730 = D + 6.5 * HOUR;
const CH = { poc: 'C0POC00001', hr: 'C0HR000001', crsv: 'G0CRSV0001', cp: 'G0CP000001', beni: 'C0FOBENI01', bunia: 'C0FOBUNIA1', goma: 'C0FOGOMA01', leadership: 'C0SMGP0001' };

const running: Running[] = [];
afterEach(async () => {
  for (const v of running.splice(0)) {
    expect(v.fake.violations).toEqual([]);
    await v.stop().catch(() => {});
  }
});

async function start(options: Parameters<typeof startVeille>[0] = {}): Promise<Running> {
  const v = await startVeille(options);
  running.push(v);
  await v.settle();
  return v;
}

/** Width, height and the check that these are a PNG's bytes, read from its signature and IHDR chunk. */
function pngHeader(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const digestsIn = (v: Running, channel: string) => v.fake.messages(channel).filter((m) => /digest|^résumé/i.test(m.text) && !m.files);
const chartsIn = (v: Running, channel: string) => v.fake.messages(channel).filter((m) => m.files?.length);
const bytesOf = (v: Running, message: StoredMessage) => Buffer.from(v.fake.state.files.get(String(message.files![0]!.id))!.content!, 'base64');

/** A blank PNG of this size compresses to a few kB; bars, axes and labels make it far larger. */
const MIN_DRAWN_BYTES = 20_000;

describe('a chart with every digest', () => {
  it('follows each section digest and the leadership digest with exactly one PNG, uploaded in three steps with its alt text', async () => {
    const clock = new ManualClock(D + 3 * HOUR);
    const v = await start({ clock });
    insertSeed(v.db, generateSeed(v.mission, { now: D + 3 * HOUR, days: 20, perDay: 6 }));
    clock.set(KINSHASA_0700);
    await v.runtime.tick();
    await v.settle();
    clock.set(LEADERSHIP_0730);
    await v.runtime.tick();
    await v.settle();

    const channels = [CH.poc, CH.hr, CH.crsv, CH.cp, CH.beni, CH.bunia, CH.goma, CH.leadership];
    // Bunia, Beni and Goma post at 07:00 Goma time (05:00 UTC), already past at the first tick.
    for (const channel of channels) {
      const messages = v.fake.messages(channel);
      const charts = chartsIn(v, channel);
      expect(charts, channel).toHaveLength(1);
      expect(digestsIn(v, channel), channel).toHaveLength(1);
      // Right after its digest, in the channel.
      const digestAt = messages.indexOf(digestsIn(v, channel)[0]!);
      expect(messages[digestAt + 1], channel).toBe(charts[0]);
      const file = charts[0]!.files![0]!;
      const png = bytesOf(v, charts[0]!);
      const { width, height } = pngHeader(png);
      expect(width, channel).toBeGreaterThan(1000);
      expect(height, channel).toBeGreaterThan(400);
      expect(png.length, channel).toBeGreaterThan(MIN_DRAWN_BYTES);
      expect(file).toMatchObject({ mimetype: 'image/png', original_w: width, original_h: height, size: png.length });
      // In the channel's language, as the digest it follows: Bunia's is French, the others English.
      if (channel === CH.bunia) {
        expect(String(file.alt_txt)).toMatch(/^Bureau de terrain de Bunia : \d+ nouvelles alertes ces 14 derniers jours \(\d+ critiques?, \d+ hautes?, \d+ moyennes?, \d+ basses?\), le jour le plus chargé le \d+ nov\. avec \d+\. Cette semaine par territoire/);
        expect(String(file.title)).toBe("Bureau de terrain de Bunia · alertes jusqu'au 22 nov. 2026");
        expect(String(file.alt_txt)).not.toMatch(/alerts|usual|Nov\b/);
      } else {
        expect(String(file.alt_txt)).toMatch(/new alerts in the last 14 days \(\d+ critical, \d+ high, \d+ medium, \d+ low\), the busiest day \d+ Nov with \d+\. This week by territory/);
        expect(String(file.title)).toContain('alerts to 22 Nov 2026');
      }
    }
    expect(String(chartsIn(v, CH.poc)[0]!.files![0]!.title)).toBe('Protection of Civilians · alerts to 22 Nov 2026');
    expect(String(chartsIn(v, CH.leadership)[0]!.files![0]!.title)).toMatch(/^MONUSCO/);
    // One upload per digest, each in the three steps.
    expect(v.fake.callsTo('files.getUploadURLExternal')).toHaveLength(channels.length);
    expect(v.fake.callsTo('upload').filter((c) => c.ok)).toHaveLength(channels.length);
    expect(v.fake.callsTo('files.completeUploadExternal').map((c) => c.args.channel_id).sort()).toEqual([...channels].sort());
    expect(v.db.prepare("SELECT status, COUNT(*) AS n FROM outbox WHERE kind = 'digest_chart' GROUP BY status").all()).toEqual([{ status: 'sent', n: channels.length }]);
  }, 60_000);

  it('counts a restricted alert in a non-restricted chart by territory only: no reference, no locality, no words of it', async () => {
    const v = await start();
    await v.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'A woman raped by armed men in Kibumba yesterday, survivor at the clinic' });
    await v.driver.slashCommand({ user: PEOPLE.focalPoint.id, channel: GENERAL_CHANNEL, text: 'Armed men attacked Kamango market, 4 killed, ADF suspected' });
    await v.settle();
    await v.driver.slashCommand({ user: PEOPLE.pocOfficer.id, channel: CH.poc, text: 'digest now' });
    await v.settle();

    const row = v.db.prepare("SELECT payload FROM outbox WHERE kind = 'digest_chart' AND lane = ?").pluck().get(CH.poc) as string;
    const chart = (JSON.parse(row) as { chart: DigestChart }).chart;
    // The restricted alert is counted (two alerts today), in its territory…
    expect(chart.days.at(-1)!.counts).toMatchObject({ high: 2 });
    expect(chart.territories.map((t) => [t.territory, t.last7])).toEqual(expect.arrayContaining([['Nyiragongo', 1], ['Beni', 1]]));
    // …and nothing finer or more personal reaches the channel, in the figures, the image's words or its alt text.
    const shown = `${row} ${textOf(chartsIn(v, CH.poc))}`;
    for (const secret of ['Kibumba', 'Kamango', 'A-1', 'A-2', 'woman', 'clinic', 'survivor']) expect(shown).not.toContain(secret);
    pngHeader(bytesOf(v, chartsIn(v, CH.poc)[0]!));
  });

  it('still posts the digest when its chart cannot be drawn, and says why instead of a chart', async () => {
    const v = await start();
    v.slack.sender.renderChart = async () => {
      throw new Error('no font could be loaded');
    };
    await v.driver.slashCommand({ user: PEOPLE.pocOfficer.id, channel: CH.poc, text: 'digest now' });
    await v.settle();
    const messages = v.fake.messages(CH.poc);
    expect(digestsIn(v, CH.poc)).toHaveLength(1);
    expect(chartsIn(v, CH.poc)).toHaveLength(0);
    expect(messages.at(-1)!.text).toBe('📉 No chart this time: the chart could not be drawn (no font could be loaded).');
    // In a French channel, in French, as its digest.
    await v.driver.slashCommand({ user: PEOPLE.buniaLead.id, channel: CH.bunia, text: 'digest now' });
    await v.settle();
    expect(digestsIn(v, CH.bunia)).toHaveLength(1);
    expect(v.fake.messages(CH.bunia).at(-1)!.text).toBe("📉 Pas de graphique cette fois : le graphique n'a pas pu être dessiné (no font could be loaded).");
    expect(v.fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
    expect(v.db.prepare("SELECT status FROM outbox WHERE kind = 'digest_chart'").pluck().all()).toEqual(['sent', 'sent']);
  });

  it('uploads once through Slack refusals and a lost answer: a retry asks files.info before uploading again', async () => {
    const v = await start({ slackTimeoutMs: 400 });
    v.fake.failNext('files.getUploadURLExternal', 1, { rateLimited: 5 });
    v.fake.failNext('upload', 1, { httpStatus: 503 });
    // Slack completes the share but its answer comes after the client gave up waiting.
    v.fake.failNext('files.completeUploadExternal', 1, { delayMs: 900 });
    await v.driver.slashCommand({ user: PEOPLE.pocOfficer.id, channel: CH.poc, text: 'digest now' });
    await v.settle();
    for (let i = 0; i < 6; i++) {
      // Real time for the slow completion to land before the retry looks for it.
      await new Promise((resolve) => setTimeout(resolve, 700));
      v.clock.advance(10_000);
      await v.settle();
    }
    expect(chartsIn(v, CH.poc)).toHaveLength(1);
    // 429, then a URL whose upload met a 503, then a fresh URL (files.info: the first was never shared).
    expect(v.fake.callsTo('files.getUploadURLExternal').map((c) => c.ok)).toEqual([false, true, true]);
    expect(v.fake.callsTo('upload').map((c) => c.ok)).toEqual([false, true]);
    // Completed once; the retry after the lost answer found the share and did not upload again.
    expect(v.fake.callsTo('files.completeUploadExternal')).toHaveLength(1);
    expect(v.fake.callsTo('files.info').length).toBe(2);
    expect(v.db.prepare("SELECT status FROM outbox WHERE kind = 'digest_chart'").pluck().all()).toEqual(['sent']);
    pngHeader(bytesOf(v, chartsIn(v, CH.poc)[0]!));
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { loadMission } from '../../../src/config/mission.js';
import type { Veille } from '../../../src/context.js';
import { chartData, chartFromRows, MAX_TERRITORIES } from '../../../src/digests/chart-data.js';
import { computeSectionDigests, territoryOf } from '../../../src/digests/compute.js';
import { computeLeadershipDigest } from '../../../src/digests/leadership.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { silentLogger } from '../../../src/log.js';
import { PRIORITIES } from '../../../src/domain/taxonomy.js';
import { openDatabase } from '../../../src/store/db.js';
import { DAY, generateSeed, insertSeed, type SeedAlert } from './seed.js';

/** The chart's figures against an independent count of the seeded month. */

const mission = loadMission('data/mission.example.json');
const NOW = Date.UTC(2026, 10, 22, 6, 0, 0);
let veille: Veille;
let seed: SeedAlert[];

beforeAll(() => {
  const db = openDatabase(':memory:');
  veille = { db, mission, clock: new ManualClock(NOW), intake: createIntakeContext(mission), log: silentLogger };
  seed = generateSeed(mission, { now: NOW });
  insertSeed(db, seed);
});
afterAll(() => veille.db.close());

const places = new Map(mission.places.map((p) => [p.id, p]));
const live = (a: SeedAlert) => a.closureReason !== 'withdrawn';

describe('chart figures', () => {
  for (const id of ['poc', 'crsv', 'fo-beni']) {
    it(`count ${id}'s alerts by day and priority, and by territory against the usual week`, () => {
      const [digest] = computeSectionDigests(veille, [mission.sections.find((s) => s.id === id)!], { end: NOW, now: NOW });
      const chart = chartData(veille.db, mission, digest!);
      const mine = seed.filter((a) => live(a) && a.routes.some((r) => r.sectionId === id));
      for (let i = 0; i < 14; i++) {
        const start = NOW - (14 - i) * DAY;
        const inDay = mine.filter((a) => a.createdAt >= start && a.createdAt < start + DAY);
        for (const p of PRIORITIES) expect(chart.days[i]!.counts[p], `${id} day ${i} ${p}`).toBe(inDay.filter((a) => a.priority === p).length);
      }
      // The last bar is the digest's own 24 hours: the text's new alerts.
      expect(Object.values(chart.days.at(-1)!.counts).reduce((x, y) => x + y, 0)).toBe(digest!.newAlerts.total);
      for (const t of chart.territories) {
        const here = mine.filter((a) => (territoryOf(a.placeId ? places.get(a.placeId) : undefined) ?? 'place not given') === t.territory);
        const last7 = here.filter((a) => a.createdAt >= NOW - 7 * DAY && a.createdAt < NOW).length;
        const prior28 = here.filter((a) => a.createdAt >= NOW - 35 * DAY && a.createdAt < NOW - 7 * DAY).length;
        expect([t.last7, t.expected7, t.hotspot], t.territory).toEqual([last7, Math.round(prior28 * 2.5) / 10, last7 >= 3 && last7 >= (2 * prior28) / 4]);
      }
      expect(chart.territories.length).toBeLessThanOrEqual(MAX_TERRITORIES);
      // Names no place finer than a territory and nothing typed: only labels, priorities and counts.
      const text = JSON.stringify(chart);
      // (A city such as Goma is its own territory: its name is a territory's label too.)
      for (const p of mission.places.filter((p) => p.level === 'locality' && !mission.places.some((t) => t.territory === p.name))) {
        expect(text.includes(`"${p.name}"`), p.name).toBe(false);
      }
      expect(text).not.toMatch(/A-\d/);
    });
  }

  it('covers every section for leadership, hotspots first', () => {
    const digest = computeLeadershipDigest(veille, { end: NOW, now: NOW });
    const chart = chartData(veille.db, mission, digest);
    expect(chart.title).toBe(mission.name);
    const total = chart.days.reduce((sum, d) => sum + Object.values(d.counts).reduce((x, y) => x + y, 0), 0);
    expect(total).toBe(seed.filter((a) => live(a) && a.createdAt >= NOW - 14 * DAY && a.createdAt < NOW).length);
    const flags = chart.territories.map((t) => t.hotspot);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('dates the days in the digest\'s zone and keeps at most ten territories, saying how many more', () => {
    const digest = computeLeadershipDigest(veille, { end: NOW, now: NOW });
    const rows = Array.from({ length: 14 }, (_, i) => ({ daysAgo: 0, priority: 'low' as const, placeId: mission.places.filter((p) => p.level === 'territory')[i]!.id, count: 1 }));
    const chart = chartFromRows(rows, mission, digest);
    // Local dates, no words: the chart writes them in its channel's language when drawn.
    expect(chart.days.map((d) => d.date)).toEqual(Array.from({ length: 14 }, (_, i) => `2026-11-${String(8 + i).padStart(2, '0')}`));
    expect(chart.territories).toHaveLength(10);
    expect(chart.moreTerritories).toBe(4);
  });
});

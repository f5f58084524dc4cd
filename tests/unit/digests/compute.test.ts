import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { loadMission } from '../../../src/config/mission.js';
import type { Veille } from '../../../src/context.js';
import { computeSectionDigests } from '../../../src/digests/compute.js';
import { computeLeadershipDigest } from '../../../src/digests/leadership.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { silentLogger } from '../../../src/log.js';
import { openDatabase } from '../../../src/store/db.js';
import { expectedDigest } from './expected.js';
import { DAY, generateSeed, HOUR, insertSeed, type SeedAlert } from './seed.js';

const mission = loadMission('data/mission.example.json');
const NOW = Date.UTC(2026, 10, 22, 6, 0, 0); // 07:00 in Kinshasa
let veille: Veille;
let seed: SeedAlert[];

beforeAll(() => {
  const db = openDatabase(':memory:');
  veille = { db, mission, clock: new ManualClock(NOW), intake: createIntakeContext(mission), log: silentLogger };
  seed = generateSeed(mission, { now: NOW });
  insertSeed(db, seed);
});
afterAll(() => veille.db.close());

const section = (id: string) => mission.sections.find((s) => s.id === id)!;

describe('section digest figures over a seeded month', () => {
  for (const id of ['poc', 'hr', 'crsv', 'fo-beni', 'fo-goma']) {
    it(`match an independent count for ${id}`, () => {
      const [d] = computeSectionDigests(veille, [section(id)], { end: NOW, now: NOW });
      const want = expectedDigest(mission, seed, id, NOW, NOW);
      expect(d!.newAlerts.total).toBe(want.newTotal);
      expect(d!.newAlerts.byPriority).toEqual(want.newByPriority);
      expect([d!.newAlerts.verified, d!.newAlerts.alleged]).toEqual([want.verified, want.alleged]);
      expect(d!.open).toMatchObject({ total: want.open, unacknowledged: want.unacknowledged, unassigned: want.unassigned, overdue: want.overdue });
      expect(d!.closed.total).toBe(want.closed);
      expect(d!.closed.withResponse).toBe(want.closedWithResponse);
      expect(d!.closed.medianToFirstResponseMs).toBe(want.medianResponse);
      expect(d!.responseRate.days7).toEqual(want.rate7);
      expect(d!.responseRate.days30).toEqual(want.rate30);
      expect(d!.hotspots.map((h) => h.placeId).sort()).toEqual(want.hotspots);
      expect(d!.quietPlaces.map((q) => q.placeId).sort()).toEqual(want.quiet);
      expect(d!.hrddp.total).toBe(want.hrddp);
      expect(d!.trend).toEqual(want.trend);
    });
  }

  it('has something to find: the planted hotspot and quiet place, closures, responses, restricted alerts', () => {
    const want = expectedDigest(mission, seed, 'fo-beni', NOW, NOW);
    expect(want.hotspots).toContain('kamango');
    expect(want.quiet).toContain('oicha');
    const poc = expectedDigest(mission, seed, 'poc', NOW, NOW);
    expect(poc.newTotal).toBeGreaterThan(3);
    expect(poc.newRestricted).toBeGreaterThan(0);
    expect(poc.closed).toBeGreaterThan(0);
    expect(poc.rate30.judged).toBeGreaterThan(poc.rate30.inTime);
    expect(poc.overdue).toBeGreaterThan(0);
  });

  it('holds no restricted alert outside a restricted channel, and all of them inside', () => {
    const [poc, crsv] = computeSectionDigests(veille, [section('poc'), section('crsv')], { end: NOW, now: NOW });
    const restricted = new Set(seed.filter((a) => a.sensitivity === 'restricted').map((a) => a.id));
    const pocItems = [...poc!.newAlerts.items, ...poc!.open.items, ...poc!.closed.items, ...poc!.hrddp.items];
    expect(pocItems.filter((i) => restricted.has(i.id))).toEqual([]);
    expect(poc!.newAlerts.restrictedCounted).toBe(expectedDigest(mission, seed, 'poc', NOW, NOW).newRestricted);
    expect(crsv!.newAlerts.items.length).toBe(crsv!.newAlerts.total);
    expect(crsv!.newAlerts.restrictedCounted).toBe(0);
  });

  it('covers the 24 hours before the due time, not before now, for a late digest', () => {
    const end = NOW - 5 * HOUR;
    const [d] = computeSectionDigests(veille, [section('poc')], { end, now: NOW, late: true });
    const want = expectedDigest(mission, seed, 'poc', end, NOW);
    expect(d!.late).toBe(true);
    expect([d!.start, d!.end]).toEqual([end - DAY, end]);
    expect(d!.newAlerts.total).toBe(want.newTotal);
    expect(d!.closed.total).toBe(want.closed);
    expect(d!.trend).toEqual(want.trend);
  });
});

describe('leadership digest', () => {
  it('counts the whole mission once per alert and leads with critical, escalated and overdue alerts', () => {
    const d = computeLeadershipDigest(veille, { end: NOW, now: NOW });
    const live = seed.filter((a) => a.closureReason !== 'withdrawn');
    expect(d.totals.newCount).toBe(live.filter((a) => a.createdAt >= NOW - DAY).length);
    const open = live.filter((a) => a.status !== 'closed');
    expect(d.totals.open).toBe(open.length);
    expect(d.critical.open).toBe(open.filter((a) => a.priority === 'critical').length);
    const escalated = seed.filter((a) => a.escalatedAt !== null && a.escalatedAt >= NOW - DAY);
    expect(d.escalations.total).toBe(escalated.length);
    expect(d.escalations.items.map((i) => i.reference).sort()).toEqual(escalated.filter((a) => a.sensitivity === 'standard').map((a) => a.reference).sort());
    // Longest overdue first.
    const since = d.overdue.items.map((i) => i.overdueSince);
    expect(since).toEqual([...since].sort((a, b) => a - b));
    expect(d.overdue.items.every((i) => !i.restricted)).toBe(true);
    expect(d.sections.map((s) => s.sectionId)).toEqual(mission.sections.map((s) => s.id));
  });
});

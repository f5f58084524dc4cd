import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { loadMission } from '../../../src/config/mission.js';
import { computeSectionDigests } from '../../../src/digests/compute.js';
import { computeLeadershipDigest } from '../../../src/digests/leadership.js';
import { withoutAlert } from '../../../src/digests/restrict.js';
import type { SectionDigest } from '../../../src/digests/types.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { renderSectionDigest } from '../../../src/slack/render/digest.js';
import { reading } from '../../../src/slack/render/digest-words.js';
import { silentLogger } from '../../../src/log.js';
import { openDatabase } from '../../../src/store/db.js';
import { generateSeed, insertSeed } from './seed.js';

const mission = loadMission('data/mission.example.json');
const NOW = Date.UTC(2026, 10, 22, 6, 0, 0);

function digests() {
  const db = openDatabase(':memory:');
  insertSeed(db, generateSeed(mission, { now: NOW, perDay: 12, days: 3 }));
  const veille = { db, mission, clock: new ManualClock(NOW), intake: createIntakeContext(mission), log: silentLogger };
  const [poc] = computeSectionDigests(veille, [mission.sections.find((s) => s.id === 'poc')!], { end: NOW, now: NOW });
  return { poc: poc as SectionDigest, leadership: computeLeadershipDigest(veille, { end: NOW, now: NOW }) };
}

describe('a digest naming an alert that has become restricted', () => {
  it('loses its line and counts it among the restricted ones, as if it had been restricted all along', () => {
    const { poc } = digests();
    const named = poc.open.items[0]!;
    const after = withoutAlert(poc, named.id, ['G0CRSV0001']) as SectionDigest;
    expect(after.open.items.map((i) => i.id)).not.toContain(named.id);
    expect(after.open.restrictedCounted).toBe(poc.open.restrictedCounted + 1);
    expect(after.open.total).toBe(poc.open.total);
    expect(after.detailsHeldIn).toContain('G0CRSV0001');
    expect(JSON.stringify(renderSectionDigest(after, reading(mission, 'en'), (i) => i.reference).blocks)).not.toMatch(new RegExp(`\\b${named.reference}\\b`));
    // The digest it came from is untouched (the outbox keeps what was first said).
    expect(poc.open.items.map((i) => i.id)).toContain(named.id);
  });

  it('is left alone when it does not name the alert; a restricted section’s own digest is edited too; the leadership digest counts it too', () => {
    const { poc, leadership } = digests();
    expect(withoutAlert(poc, 999_999, [])).toBeNull();
    const own = withoutAlert({ ...poc, full: true }, poc.open.items[0]!.id, ['G0CP0001']) as SectionDigest;
    expect(own.open.items.map((i) => i.id)).not.toContain(poc.open.items[0]!.id);
    const named = leadership.overdue.items[0]!;
    const after = withoutAlert(leadership, named.id, [])!;
    expect(after.kind === 'leadership' && after.overdue.restrictedCounted).toBe(leadership.overdue.restrictedCounted + 1);
  });
});

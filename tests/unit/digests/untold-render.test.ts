import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { loadMission } from '../../../src/config/mission.js';
import type { Veille } from '../../../src/context.js';
import { computeSectionDigests } from '../../../src/digests/compute.js';
import { computeLeadershipDigest } from '../../../src/digests/leadership.js';
import { withoutAlert } from '../../../src/digests/restrict.js';
import type { ClosedItem, SectionDigest } from '../../../src/digests/types.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { silentLogger } from '../../../src/log.js';
import { renderSectionDigest } from '../../../src/slack/render/digest.js';
import { reading } from '../../../src/slack/render/digest-words.js';
import { renderLeadershipDigest } from '../../../src/slack/render/leadership.js';
import { openDatabase } from '../../../src/store/db.js';

/** "Reporter informed" and the closings not told, as a section lead reads them, in each language. */

const mission = loadMission('data/mission.example.json');
const NOW = Date.UTC(2026, 10, 22, 6, 0, 0);
const veille: Veille = { db: openDatabase(':memory:'), mission, clock: new ManualClock(NOW), intake: createIntakeContext(mission), log: silentLogger };

const item: ClosedItem = {
  id: 7,
  reference: 'A-7',
  priority: 'high',
  category: 'abduction',
  place: 'Eringeti (Beni)',
  placeId: 'eringeti',
  status: 'closed',
  owner: null,
  verification: 'alleged',
  hostState: false,
  restricted: false,
  createdAt: NOW - 3_600_000,
  closedAt: NOW - 600_000,
  closureReason: 'resolved',
  toFirstResponseMs: null,
};

function digest(sectionId: string): SectionDigest {
  const [d] = computeSectionDigests(veille, [mission.sections.find((s) => s.id === sectionId)!], { end: NOW, now: NOW });
  d!.closed = { ...d!.closed, total: 3, restrictedCounted: 1, items: [item], reporterInformed: { asked: 3, informed: 1 }, untold: { total: 2, restrictedCounted: 1, items: [item] } };
  return d!;
}
const words = (blocks: unknown[]) => (blocks as Array<{ text?: { text?: string } }>).map((b) => b.text?.text ?? '').join('\n');

describe('closings the reporter was not told of, in the digests', () => {
  it('are counted and listed in English, the restricted one counted only', () => {
    const text = words(renderSectionDigest(digest('poc'), reading(mission, 'en')).blocks);
    expect(text).toContain('📨 *Reporter informed*: 1 of 3 closings whose reporter asked to hear back');
    expect(text).toMatch(/\*Closed without the reporter being told: 2\*[^\n]*\n🔒 1 restricted alert[^\n]*\n📭 \*A-7\* · Abduction · Eringeti \(Beni\) · resolved/);
  });

  it('and in French', () => {
    const text = words(renderSectionDigest(digest('fo-bunia'), reading(mission, 'fr')).blocks);
    expect(text).toContain('📨 *Auteur informé* : 1 sur 3 clôtures dont l’auteur du signalement a demandé à être tenu au courant');
    expect(text).toMatch(/\*Clôturées sans que l’auteur du signalement soit prévenu : 2\*[^\n]*\n🔒 1 alerte restreinte[^\n]*\n📭 \*A-7\* · Enlèvement · Eringeti \(Beni\) · résolue/);
  });

  it('say nothing in a digest frozen before they were counted', () => {
    const old = digest('poc');
    delete old.closed.reporterInformed;
    delete old.closed.untold;
    expect(words(renderSectionDigest(old, reading(mission, 'en')).blocks)).not.toMatch(/Reporter informed|without the reporter/);
  });

  it('lose an alert that became restricted since: its line goes, it is counted', () => {
    const after = withoutAlert(digest('poc'), 7, ['G0CRSV0001']) as SectionDigest;
    expect(after.closed.untold).toEqual({ total: 2, restrictedCounted: 2, items: [] });
    expect(words(renderSectionDigest(after, reading(mission, 'en')).blocks)).not.toContain('A-7');
  });

  it('are counted in the leadership digest, mission-wide and per section, in its language', () => {
    const d = computeLeadershipDigest(veille, { end: NOW, now: NOW });
    d.totals.reporterInformed = { asked: 4, informed: 3 };
    d.totals.untold = 1;
    d.sections[0]!.untold = 1;
    const en = words(renderLeadershipDigest(d, reading(mission, 'en')).blocks);
    expect(en).toContain('Reporters informed of 3 of 4 closings they asked to hear of · 1 closed without telling them');
    expect(en).toContain('📭 1 closed without telling the reporter');
    const fr = words(renderLeadershipDigest(d, reading(mission, 'fr')).blocks);
    expect(fr).toContain('Auteurs informés de 3 sur 4 clôtures dont ils voulaient être tenus au courant · 1 clôturée sans les prévenir');
  });
});

import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { loadMission, type Mission } from '../../../src/config/mission.js';
import type { Veille } from '../../../src/context.js';
import { computeSectionDigests } from '../../../src/digests/compute.js';
import { computeLeadershipDigest } from '../../../src/digests/leadership.js';
import type { SectionDigest } from '../../../src/digests/types.js';
import { renderSectionDigest as renderIn } from '../../../src/slack/render/digest.js';
import { reading } from '../../../src/slack/render/digest-words.js';
import { renderLeadershipDigest as renderLeadershipIn } from '../../../src/slack/render/leadership.js';
import { checkBlockKit } from '../../../src/fake-slack/block-kit-limits.js';
import { createIntakeContext } from '../../../src/intake/index.js';
import { silentLogger } from '../../../src/log.js';
import { openDatabase } from '../../../src/store/db.js';
import { generateSeed, insertSeed, MARKER } from './seed.js';

const base = loadMission('data/mission.example.json');
const NOW = Date.UTC(2026, 10, 22, 6, 0, 0);

function veilleWith(mission: Mission, perDay: number, days: number): { veille: Veille; seed: ReturnType<typeof generateSeed> } {
  const db = openDatabase(':memory:');
  const seed = generateSeed(mission, { now: NOW, perDay, days });
  insertSeed(db, seed);
  return { veille: { db, mission, clock: new ManualClock(NOW), intake: createIntakeContext(mission), log: silentLogger }, seed };
}

const section = (mission: Mission, id: string) => mission.sections.find((s) => s.id === id)!;
const texts = (blocks: unknown[]) => JSON.stringify(blocks);
/** In English, section names from the example mission (a mission that knows no sections links their channels). */
const renderSectionDigest = (d: SectionDigest, mission: Pick<Mission, 'places' | 'sections'> = base) => renderIn(d, reading(mission, 'en'));

describe('a section digest within Slack’s limits', () => {
  it('summarises 500 alerts in a day and points to the full list instead of failing', () => {
    const { veille } = veilleWith(base, 520, 1);
    const [d] = computeSectionDigests(veille, [section(base, 'poc')], { end: NOW, now: NOW });
    expect(d!.newAlerts.total).toBeGreaterThanOrEqual(500);
    const message = renderSectionDigest(d!);
    expect(checkBlockKit('message', { blocks: message.blocks })).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const block of message.blocks as Array<{ text?: { text: string } }>) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    expect(texts(message.blocks)).toMatch(/…and [\d,]+ more — the full list: `\/alert list section:poc`/);
    veille.db.close();
  });

  it('says so on a day with nothing new, and still lists what is open', () => {
    const { veille, seed } = veilleWith(base, 6, 10);
    const end = NOW + 3 * 86_400_000; // three quiet days later
    const [d] = computeSectionDigests(veille, [section(base, 'poc')], { end, now: end });
    const text = texts(renderSectionDigest(d!).blocks);
    expect(text).toContain('Nothing new in the last 24 hours.');
    const open = seed.filter((a) => a.status !== 'closed' && a.routes.some((r) => r.sectionId === 'poc')).length;
    expect(open).toBeGreaterThan(0);
    expect(text).toContain(`*Still open: ${open}*`);
    veille.db.close();
  });

  it('shows restricted alerts only as counts outside restricted channels, in full inside', () => {
    const { veille, seed } = veilleWith(base, 12, 3);
    const [poc, crsv] = computeSectionDigests(veille, [section(base, 'poc'), section(base, 'crsv')], { end: NOW, now: NOW });
    const pocText = texts(renderSectionDigest(poc!).blocks);
    const restricted = seed.filter((a) => a.sensitivity === 'restricted');
    for (const a of restricted) expect(pocText).not.toMatch(new RegExp(`\\b${a.reference}(?!\\d)`));
    expect(pocText).not.toContain(MARKER);
    expect(texts(renderSectionDigest(poc!, { places: base.places, sections: [] }).blocks)).toMatch(
      /🔒 \d+ restricted alerts? \(CRSV \/ child protection\), counted only; details with <#G0CRSV0001> and <#G0CP000001>\./,
    );
    // Named by their sections (a private channel's link reads "private channel" to outsiders), and said once.
    const named = pocText;
    expect(named.match(/🔒 \d+ restricted/g)!.length).toBeGreaterThan(1);
    expect(named.match(/details with/g)).toEqual(['details with']);
    expect(named).toContain('details with Women Protection / CRSV and Child Protection.');
    expect(named).not.toContain('<#G0');
    const crsvText = texts(renderSectionDigest(crsv!).blocks);
    const latest = restricted.filter((a) => a.category === 'crsv' && a.createdAt >= NOW - 86_400_000);
    expect(latest.length).toBeGreaterThan(0);
    for (const a of latest) expect(crsvText).toContain(a.reference);
    veille.db.close();
  });
});

describe('the leadership digest within Slack’s limits', () => {
  it('fits thirty sections and a busy day in one message', () => {
    const sections = Array.from({ length: 30 }, (_, i) => ({
      ...base.sections[i % base.sections.length]!,
      id: `section-${i + 1}`,
      name: `Field section number ${i + 1} with a long descriptive name`,
      channel: `C0SECT${String(i + 1).padStart(4, '0')}`,
    }));
    const mission: Mission = { ...base, sections };
    const { veille } = veilleWith(mission, 400, 2);
    const d = computeLeadershipDigest(veille, { end: NOW, now: NOW });
    const message = renderLeadershipIn(d, reading(mission, 'en'));
    expect(checkBlockKit('message', { blocks: message.blocks })).toEqual([]);
    const text = texts(message.blocks);
    for (const s of sections) expect(text).toContain(`<#${s.channel}>`);
    // What needs a decision comes first.
    expect(text.indexOf('Needs a decision')).toBeLessThan(text.indexOf('By section'));
    expect(text).not.toContain(MARKER);
    veille.db.close();
  });
});

describe('a digest in the reader’s language', () => {
  it('writes French dates, counts, rates and decimals, and names places and sections from the config in French', () => {
    const { veille } = veilleWith(base, 12, 35);
    const [poc] = computeSectionDigests(veille, [section(base, 'poc')], { end: NOW, now: NOW });
    const fr = renderIn(poc!, reading(base, 'fr'));
    const text = texts(fr.blocks);
    // 22 Nov 2026, 07:00 in Kinshasa: a Sunday.
    expect(text).toContain('📋 Protection des civils — résumé quotidien, dim. 22 nov. 2026');
    expect(text).toContain("Les 24 heures jusqu'au 22 nov. 2026, 07:00 (Kinshasa)");
    expect(text).toMatch(/\*Taux de réponse\* \(une réponse dans le délai de prise en compte\) : \*\d+ %\* \(\d+ sur \d+\) sur 7 jours/);
    expect(poc!.hotspots.length).toBeGreaterThan(0);
    expect(text).toMatch(/🔥 \*\w+\* \(\w+\) : \d+ en 7 jours, d’habitude \d+,\d/);
    expect(text).toContain('détails auprès de Protection des femmes / VSLC et Protection de l’enfance.');
    expect(fr.text).toMatch(/^Résumé Protection des civils : \d+ nouvelles? alertes?, \d+ ouvertes?/);
    veille.db.close();
  });

  it('says what a figure written before place ids were kept was given', () => {
    const { veille } = veilleWith(base, 12, 3);
    const [poc] = computeSectionDigests(veille, [section(base, 'poc')], { end: NOW, now: NOW });
    const item = poc!.newAlerts.items[0]!;
    const { placeId: _placeId, ...old } = item;
    const before = renderIn({ ...poc!, newAlerts: { ...poc!.newAlerts, items: [{ ...old, place: 'Stored label' } as typeof item] } }, reading(base, 'fr'));
    expect(texts(before.blocks)).toContain('Stored label');
    veille.db.close();
  });
});

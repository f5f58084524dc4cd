import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { loadMission, type Mission } from '../../src/config/mission.js';
import { formatDuration, zoneName } from '../../src/slack/format/index.js';
import { CATEGORY_IDS, categoryLabel, type Language } from '../../src/domain/taxonomy.js';
import type { DigestPayload } from '../../src/digests/types.js';
import { PEOPLE } from '../../src/fake-slack/index.js';
import { t } from '../../src/slack/i18n/index.js';
import { renderDigest } from '../../src/slack/render/digest-send.js';
import { referenceOnly } from '../../src/slack/render/digest-words.js';
import { CARD_WORDS } from '../../src/slack/views/card-words.js';
import { placeName, sectionName } from '../../src/slack/views/format.js';
import { generateSeed, HOUR, insertSeed } from '../unit/digests/seed.js';
import { homeOf } from './confidentiality-helpers.js';
import { command, report } from './followup-helpers.js';
import { startVeille, type Running } from './harness.js';

/**
 * The end of a day in the life of the alerts, in each language: the morning digests of every section
 * (the Bunia field office's among them), the leadership digest and App Home. Every word a reader sees
 * must come from that language's catalog, or be a name (places, sections, categories, the mission,
 * dates): an English word in the French walk, or a French one in the English walk, fails it.
 */

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const { buniaLead, pocLead } = PEOPLE;
/** 22 Nov 2026: 07:00 in Goma and Bunia (UTC+2) is 05:00 UTC, 07:00 in Kinshasa 06:00 UTC, leadership 06:30 UTC. */
const D = Date.UTC(2026, 10, 22);
const DUE = [D + 5 * HOUR, D + 6 * HOUR, D + 6.5 * HOUR];

let running: Running | null = null;
afterEach(async () => {
  if (running) {
    expect(running.fake.violations).toEqual([]);
    await running.stop();
  }
  running = null;
});

/** The example mission, the mission itself and the Bunia field office in `language` (the other sections follow the mission). */
function missionIn(language: Language): Mission {
  const mission = loadMission('data/mission.example.json');
  return { ...mission, language, sections: mission.sections.map((s) => (s.id === 'fo-bunia' ? { ...s, language } : s)) };
}

/** Everything a reader sees of a message or view: its `text` strings, button labels and headers included. */
function visible(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(visible);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'text' && typeof v === 'string' ? [v] : ['blocks', 'elements', 'fields', 'accessory', 'text'].includes(key) ? visible(v) : []));
}

/** Words, with what is not language removed: `code` (commands), <links and mentions>, references. */
function words(text: string): string[] {
  const bare = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\b[A-Z]+-\d+\b/g, ' ');
  return (bare.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
}

/** What part of a catalog can say: its strings, and its functions called with counts of 0, 1 and 2 (singulars, plurals, both sides of a condition). */
function said(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    // Counts as numbers; a function that wants words (or a list, last) gets them.
    const calls = (n: number): unknown[][] => {
      const numbers = Array.from({ length: value.length }, () => n);
      const strings = numbers.map(String);
      return [numbers, strings, [...strings.slice(0, -1), ['x']]];
    };
    return [0, 1, 2].map((n) => {
      for (const args of calls(n)) {
        try {
          return String(value(...args));
        } catch {
          // the next form of arguments
        }
      }
      throw new Error(`catalog entry ${value.name} takes none of the arguments tried`);
    });
  }
  return Object.values(value as object).flatMap(said);
}

/** Every word a reader of `language` may see: the catalog's, and the names Veille is configured with. */
function vocabulary(mission: Mission, language: Language): Set<string> {
  const c = t(language);
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const days = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + i)));
  const months = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, i, 1)));
  const texts = [
    // The parts of the catalog digests and App Home draw on (the card's button words on Home too).
    ...[c.digest, c.leadership, c.home, c.statuses, c.dm.done].flatMap(said),
    ...said(CARD_WORDS[language].buttons),
    ...CATEGORY_IDS.map((c) => categoryLabel(c, language)),
    ...mission.places.flatMap((p) => [placeName(p, language), p.territory]),
    ...mission.sections.map((s) => sectionName(s, language)),
    mission.name,
    'Veille',
    ...[mission.timeZone, ...mission.sections.map((s) => s.digest.timeZone ?? mission.timeZone)].map(zoneName),
    ...[30_000, 5 * 60_000, 3 * HOUR + 60_000, 50 * HOUR].map((ms) => formatDuration(ms, language)),
    ...days,
    ...months,
  ];
  return new Set(texts.flatMap(words));
}

/** The words of `texts` that are not the language's: what a reader would see in another language. */
function foreign(texts: readonly string[], allowed: ReadonlySet<string>): string[] {
  return [...new Set(texts.flatMap(words))].filter((w) => !allowed.has(w)).sort();
}

const REPORT = {
  fr: 'Des hommes armés ont attaqué le marché de Bunia, 2 tués',
  en: 'Armed men attacked Bunia market, 2 killed',
} as const;
const TASK = { fr: 'Appeler le chef de quartier', en: 'Call the neighbourhood chief' } as const;

describe.each(['fr', 'en'] as const)('the morning digests and App Home, in %s', (language) => {
  it('say every word in the catalog’s language, the leadership digest in the mission’s', async () => {
    const other: Language = language === 'fr' ? 'en' : 'fr';
    const mission = missionIn(language);
    const v = (running = await startVeille({ mission, clock: new ManualClock(D + 4 * HOUR) }));
    // A month of alerts everywhere (hotspots, quiet places, closed, HRDDP, restricted ones), then a
    // report of the morning in Bunia, by its head of office, with a task for her.
    const seed = generateSeed(v.mission, { now: D + 4 * HOUR, days: 35, perDay: 6 });
    insertSeed(v.db, seed);
    await report(v, REPORT[language], buniaLead.id);
    const ref = `A-${seed.length + 1}`;
    await command(v, `task ${ref} <@${buniaLead.id}|esther> ${TASK[language]} due:2h`, pocLead.id);
    for (const at of DUE) {
      v.clock.set(at);
      await v.runtime.tick();
    }
    await v.settle();

    const channels = [...v.mission.sections.map((s) => s.channel), v.mission.leadershipDigest.channel];
    const digests = channels.flatMap((channel) => v.fake.messages(channel).filter((m) => /^(📋|🧭)/.test(visible(m.blocks)[0] ?? '')));
    expect(digests).toHaveLength(v.mission.sections.length + 1);
    const c = t(language);
    const texts = digests.flatMap((m) => [m.text, ...visible(m.blocks)]);
    const bunia = v.fake.messages('C0FOBUNIA1').find((m) => digests.includes(m))!;
    const leadership = v.fake.messages(v.mission.leadershipDigest.channel).find((m) => digests.includes(m))!;
    const poc = v.fake.messages('C0POC00001').find((m) => digests.includes(m))!;
    expect(visible(bunia.blocks)[0]).toContain(c.digest.title(sectionName(v.mission.sections.find((s) => s.id === 'fo-bunia')!, language), ''));
    expect(visible(leadership.blocks)).toContain(c.leadership.needsDecision);
    // The parts a busy month gives: hotspots and places gone quiet (PoC), counts of restricted alerts.
    expect(visible(poc.blocks).some((s) => s.startsWith(c.digest.hotspotsHead))).toBe(true);
    expect(visible(poc.blocks).some((s) => s.startsWith(c.digest.quietHead))).toBe(true);
    expect(texts.join('\n')).toContain('🔒');

    const allowed = vocabulary(v.mission, language);
    expect(foreign(texts, allowed)).toEqual([]);

    // App Home of the head of office: her last report is in this language, so her Home is too.
    const home = await homeOf(v, buniaLead.id);
    const view = JSON.parse(home) as { blocks: unknown[] };
    expect(visible(view.blocks)).toContain(c.home.mine(1));
    expect(visible(view.blocks).join('\n')).toContain(c.home.tasks(1));
    // Her task is someone's words, not Veille's: left out of the check.
    expect(foreign(visible(view.blocks).map((text) => text.replace(TASK[language], '')), allowed)).toEqual([]);

    // The check is not blind: the same figures in the other language are caught.
    const payloads = v.db.prepare("SELECT payload FROM outbox WHERE kind = 'digest'").pluck().all() as string[];
    const otherTexts = payloads.flatMap((p) => {
      const rendered = renderDigest(v.veille, (JSON.parse(p) as { digest: DigestPayload }).digest, referenceOnly, other);
      return [rendered.text, ...visible(rendered.blocks)];
    });
    expect(foreign(otherTexts, allowed).length).toBeGreaterThan(20);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../src/clock.js';
import { loadMission, type Mission, type Section } from '../src/config/mission.js';
import type { Veille } from '../src/context.js';
import { computeSectionDigests } from '../src/digests/compute.js';
import { computeLeadershipDigest } from '../src/digests/leadership.js';
import { digestRows } from '../src/digests/queries.js';
import { renderSectionDigest } from '../src/digests/render.js';
import { routeAlert } from '../src/domain/routing.js';
import type { CategoryId } from '../src/domain/taxonomy.js';
import { createIntakeContext } from '../src/intake/index.js';
import { silentLogger } from '../src/log.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { median, type BenchResult } from './result.js';

/**
 * Issue 5's benchmark: the daily digests of 30 sections over 1,000,000 stored alerts (two years of
 * a large mission at ~1,370 alerts a day), against the floor of the raw aggregate queries alone.
 * The data is seeded into a temp file in one transaction with prepared statements.
 */
const ALERTS = Number(process.env.BENCH_DIGEST_ALERTS ?? 1_000_000);
const DAYS = 730;
const RUNS = 9;
const DAY = 86_400_000;
const END = Date.UTC(2026, 10, 22, 6, 0, 0);

/** mulberry32: deterministic, so every run measures the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 30 sections: PoC, human rights, the two restricted ones, three thematic, four field offices, nineteen territories. */
export function thirtySections(base: Mission): Section[] {
  const byId = new Map(base.sections.map((s) => [s.id, s]));
  const make = (id: string, name: string, receives: Section['receives'], places: string[] = [], restricted = false): Section => ({
    ...byId.get('poc')!,
    id,
    name,
    channel: `C0B${id.replace(/[^a-z0-9]/g, '').toUpperCase().slice(0, 7).padEnd(7, '0')}`,
    receives,
    places,
    restricted,
    humanRights: false,
  });
  const sections: Section[] = [byId.get('poc')!, byId.get('hr')!, byId.get('crsv')!, byId.get('cp')!];
  sections.push(make('civil-affairs', 'Civil Affairs', ['intercommunal_tension', 'hate_speech_incitement', 'displacement']));
  sections.push(make('jmac', 'JMAC', ['armed_group_movement', 'attack_on_peacekeepers', 'explosive_hazard']));
  sections.push(make('ocha-liaison', 'Humanitarian liaison', ['attack_on_humanitarians', 'access_denial', 'attack_on_idp_site', 'displacement']));
  for (const fo of ['beni', 'bunia', 'goma', 'bukavu']) sections.push(make(`fo-${fo}`, `Field Office ${fo}`, ['*'], [fo]));
  for (const t of base.places.filter((p) => p.level === 'territory')) sections.push(make(`t-${t.id}`, `${t.name} team`, ['*'], [t.territory]));
  return sections.slice(0, 30);
}

const CATEGORIES: CategoryId[] = ['attack_on_civilians', 'abduction', 'crsv', 'child_violation', 'arbitrary_detention', 'looting_destruction', 'displacement', 'intercommunal_tension', 'armed_group_movement', 'threat_intimidation', 'hate_speech_incitement', 'explosive_hazard', 'access_denial', 'attack_on_humanitarians', 'other'];
const PRIORITIES = ['critical', 'high', 'high', 'medium', 'medium', 'medium', 'low', 'low'] as const;

export function seed(db: Db, mission: Mission): { seconds: number; routes: number; responses: number } {
  const t0 = performance.now();
  const random = prng(7);
  const localities = mission.places.filter((p) => p.level === 'locality');
  const memo = new Map<string, Array<{ sectionId: string; view: string }>>();
  const alert = db.prepare(`INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, place_id, category, host_state,
      priority, verification, status, closure_reason, sensitivity, owner, description, last_activity_at)
    VALUES (?, ?, ?, ?, 'U0FOCALBNI', 'quick_report', ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)`);
  const route = db.prepare('INSERT INTO alert_sections (alert_id, section_id, view) VALUES (?, ?, ?)');
  const response = db.prepare("INSERT INTO response_actions (alert_id, type, at, logged_at, logged_by) VALUES (?, 'patrol', ?, ?, 'U0POCOFF01')");
  const event = db.prepare("INSERT INTO events (alert_id, at, actor, type, data) VALUES (?, ?, 'U0POCOFF01', ?, ?)");
  // Bulk load as one would: secondary indexes dropped, then rebuilt in one sort each (the same
  // CREATE statements the migrations made), foreign keys checked by construction.
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('alerts', 'alert_sections', 'response_actions', 'events')")
    .all() as Array<{ name: string; sql: string }>;
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144'); // 256 MB while loading, so the transaction does not spill page by page
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
  let routes = 0;
  let responses = 0;
  const step = (DAYS * DAY) / ALERTS;
  db.transaction(() => {
    for (let id = 1; id <= ALERTS; id++) {
      const created = END - DAYS * DAY + Math.floor(id * step - random() * step);
      // A few busy places report most: the square skews the pick towards the start of the list.
      const place = random() < 0.03 ? null : localities[Math.floor(random() ** 2 * localities.length)]!;
      const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
      const restricted = category === 'crsv' || category === 'child_violation';
      const hostState = random() < 0.06;
      const age = END - created;
      // Most alerts are closed within days; a few old ones are left open and forgotten.
      const closed = random() < (age > 14 * DAY ? 0.995 : age > 2 * DAY ? 0.85 : 0.4);
      const updated = Math.min(END - 1, created + Math.floor(random() * 5 * DAY));
      const owner = random() < 0.6 ? 'U0POCOFF01' : null;
      const status = closed ? 'closed' : owner ? 'responding' : random() < 0.5 ? 'new' : 'acknowledged';
      alert.run(id, `A-${id}`, created, closed ? updated : created, place?.id ?? null, category, hostState ? 1 : 0, PRIORITIES[Math.floor(random() * PRIORITIES.length)], random() < 0.3 ? 'verified' : 'alleged', status, closed ? 'resolved' : null, restricted ? 'restricted' : 'standard', owner, status === 'new' ? created : updated);
      const key = `${category}|${place?.id}|${hostState}`;
      let r = memo.get(key);
      if (!r) memo.set(key, (r = routeAlert({ category, sensitivity: restricted ? 'restricted' : 'standard', place, hostState }, mission.sections).map((x) => ({ sectionId: x.sectionId, view: x.view }))));
      for (const x of r) route.run(id, x.sectionId, x.view);
      routes += r.length;
      if (random() < 0.6) {
        const at = created + Math.floor(random() * 8 * 3_600_000);
        response.run(id, at, at);
        responses++;
      }
      // The audit trail of the last two months (what the digest's closing times read).
      if (age < 60 * DAY) {
        event.run(id, created, 'logged', '{}');
        if (closed) event.run(id, updated, 'closed', '{"status":["responding","closed"]}');
        if (!closed && random() < 0.02) event.run(id, Math.min(END - 1, created + 3_600_000), 'escalated', '{}');
      }
    }
  })();
  for (const index of indexes) db.exec(index.sql);
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -2000'); // back to SQLite's default for the measurements
  db.pragma('optimize');
  return { seconds: (performance.now() - t0) / 1000, routes, responses };
}

function time(fn: () => unknown): number[] {
  fn(); // warm-up: statements prepared, pages cached
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function benchDigests(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'veille-bench-digests-'));
  try {
    const base = loadMission('data/mission.example.json');
    const mission: Mission = { ...base, sections: thirtySections(base) };
    const db = openDatabase(join(dir, 'veille.db'));
    const seeded = seed(db, mission);
    const veille: Veille = { db, mission, clock: new ManualClock(END), intake: createIntakeContext(mission), log: silentLogger };
    const sections = mission.sections;
    const query = { sectionIds: sections.map((s) => s.id), fullSectionIds: sections.filter((s) => s.restricted).map((s) => s.id), start: END - DAY, end: END, now: END, openLimit: 60 };

    const floor = median(time(() => digestRows(db, mission, query)));
    let digests = computeSectionDigests(veille, sections, { end: END, now: END });
    const full = median(time(() => (digests = computeSectionDigests(veille, sections, { end: END, now: END }))));
    const render = median(time(() => digests.map((d) => renderSectionDigest(d))));
    const one = median(time(() => computeSectionDigests(veille, [sections[0]!], { end: END, now: END })));
    const leadership = median(time(() => computeLeadershipDigest(veille, { end: END, now: END })));
    db.close();

    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const poc = digests[0]!;
    return {
      name: `daily digests: ${sections.length} sections over ${ALERTS.toLocaleString('en')} alerts (${DAYS} days)`,
      lines: [
        `seeded ${ALERTS.toLocaleString('en')} alerts, ${seeded.routes.toLocaleString('en')} routes, ${seeded.responses.toLocaleString('en')} responses in ${seeded.seconds.toFixed(1)} s (one transaction, temp file)`,
        `floor (the raw aggregate queries alone, all ${sections.length} sections): median ${ms(floor)}`,
        `digest figures for all ${sections.length} (queries + rules): median ${ms(full)} · ratio ${(full / floor).toFixed(2)}× the floor · target < 500 ms: ${full < 500 ? 'meets' : 'MISSES'}`,
        `rendering the ${sections.length} to Block Kit: median ${ms(render)} · one section on its own (\`/alert digest now\`): ${ms(one)} · leadership digest: ${ms(leadership)}`,
        `PoC digest as computed: ${poc.newAlerts.total} new, ${poc.open.total} open (${poc.open.overdue} overdue), ${poc.closed.total} closed, ${poc.hotspots.length} hotspots, ${poc.quietPlaces.length} quiet places`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchDigests();
  console.log(`${result.name}\n  ${result.lines.join('\n  ')}`);
  process.exit(0);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../src/clock.js';
import { loadMission, type Mission, type Section } from '../src/config/mission.js';
import type { Veille } from '../src/context.js';
import { chartData } from '../src/digests/chart-data.js';
import { computeSectionDigests } from '../src/digests/compute.js';
import { computeLeadershipDigest } from '../src/digests/leadership.js';
import { digestRows } from '../src/digests/queries.js';
import { renderDigest } from '../src/slack/render/digest-send.js';
import { referenceOnly } from '../src/slack/render/digest-words.js';
import { routeAlert } from '../src/domain/routing.js';
import type { CategoryId } from '../src/domain/taxonomy.js';
import { createIntakeContext } from '../src/intake/index.js';
import { silentLogger } from '../src/log.js';
import { renderChartPng } from '../src/slack/render/chart.js';
import { channelLanguage } from '../src/slack/render/language.js';
import { openDatabase, type Db } from '../src/store/db.js';
import { median, type BenchResult } from './result.js';

/**
 * Issue 5's benchmark: the daily digests of 30 sections over 1,000,000 stored alerts (two years of
 * a large mission at ~1,370 alerts a day), against the floor of the raw aggregate queries alone.
 * The data is generated inside SQLite into a temp file, in one transaction.
 */
const ALERTS = Number(process.env.BENCH_DIGEST_ALERTS ?? 1_000_000);
const DAYS = 730;
const RUNS = 9;
const DAY = 86_400_000;
const END = Date.UTC(2026, 10, 22, 6, 0, 0);

/**
 * Deterministic pseudo-random numbers in SQL: a Weyl sequence per column, u_k(id) = frac(id × α_k),
 * α_k a distinct odd 32-bit multiplier. Generating the rows inside SQLite (one INSERT … SELECT per
 * table, in one transaction) loads a million alerts several times faster than binding them from JS.
 */
const MULTIPLIERS = [2654435761, 2246822519, 3266489917, 668265263, 374761393, 2869860233, 1597334677, 3812015801, 2028178513, 1220703125, 1500450271, 3144134277, 2718281829];
const u = (k: number, id = 'id') => `(((${id} * ${MULTIPLIERS[k]} + ${k * 7919}) % 4294967296) / 4294967296.0)`;

/** 30 sections: PoC, human rights, the two restricted ones, three thematic, four field offices, nineteen territories. */
function thirtySections(base: Mission): Section[] {
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
const PRIORITIES = ['critical', 'high', 'high', 'medium', 'medium', 'medium', 'low', 'low'];

function seed(db: Db, mission: Mission): { seconds: number; routes: number; responses: number } {
  const t0 = performance.now();
  const localities = mission.places.filter((p) => p.level === 'locality');
  // Lookup tables for the generator: places (a few busy ones report most), categories, priorities,
  // and the routes the routing rule gives each (category, place, host-state) combination.
  db.exec(`CREATE TEMP TABLE bench_place (i INTEGER PRIMARY KEY, id TEXT);
    CREATE TEMP TABLE bench_category (i INTEGER PRIMARY KEY, id TEXT, restricted INTEGER);
    CREATE TEMP TABLE bench_priority (i INTEGER PRIMARY KEY, id TEXT);
    CREATE TEMP TABLE bench_route (category TEXT, place TEXT, host INTEGER, section_id TEXT, view TEXT);`);
  const insert = (table: string, values: unknown[][]) => {
    const statement = db.prepare(`INSERT INTO ${table} VALUES (${values[0]!.map(() => '?').join(', ')})`);
    for (const v of values) statement.run(...v);
  };
  insert('bench_place', localities.map((p, i) => [i, p.id]));
  insert('bench_category', CATEGORIES.map((c, i) => [i, c, c === 'crsv' || c === 'child_violation' ? 1 : 0]));
  insert('bench_priority', PRIORITIES.map((p, i) => [i, p]));
  const routes: unknown[][] = [];
  for (const category of CATEGORIES) {
    const restricted = category === 'crsv' || category === 'child_violation';
    for (const place of [null, ...localities]) {
      for (const hostState of [false, true]) {
        for (const r of routeAlert({ category, sensitivity: restricted ? 'restricted' : 'standard', place, hostState }, mission.sections)) {
          routes.push([category, place?.id ?? null, hostState ? 1 : 0, r.sectionId, r.view]);
        }
      }
    }
  }
  insert('bench_route', routes);
  db.exec('CREATE INDEX temp.bench_route_key ON bench_route (category, place, host)');

  // Bulk load as one would: secondary indexes dropped, then rebuilt in one sort each (the same
  // CREATE statements the migrations made), foreign keys right by construction.
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('alerts', 'alert_sections', 'response_actions', 'events')")
    .all() as Array<{ name: string; sql: string }>;
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144'); // 256 MB while loading, so the transaction does not spill page by page
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
  const step = (DAYS * DAY) / ALERTS;
  const params = { alerts: ALERTS, end: END, from: END - DAYS * DAY, step, day: DAY };
  const counts = { routes: 0, responses: 0 };
  db.transaction(() => {
    // Most alerts are closed within days; a few old ones are left open and forgotten.
    db.prepare(`INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, place_id, category, host_state,
        priority, verification, status, closure_reason, sensitivity, owner, description, last_activity_at)
      WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < @alerts),
      g AS (SELECT id, @from + CAST(id * @step - ${u(0)} * @step AS INTEGER) AS created,
                   CASE WHEN ${u(1)} < 0.03 THEN NULL ELSE CAST(${u(2)} * ${u(2)} * ${localities.length} AS INTEGER) END AS placeIndex,
                   CAST(${u(3)} * ${CATEGORIES.length} AS INTEGER) AS categoryIndex,
                   ${u(4)} < 0.06 AS host, ${u(5)} AS closing, ${u(6)} < 0.6 AS owned, ${u(7)} AS mood,
                   CAST(${u(8)} * ${PRIORITIES.length} AS INTEGER) AS priorityIndex, ${u(9)} < 0.3 AS verified, ${u(10)} AS delay FROM n),
      h AS (SELECT g.*, g.closing < CASE WHEN @end - created > 14 * @day THEN 0.995 WHEN @end - created > 2 * @day THEN 0.85 ELSE 0.4 END AS closed,
                   MIN(@end - 1, created + CAST(delay * 5 * @day AS INTEGER)) AS updated FROM g)
      SELECT h.id, 'A-' || h.id, h.created, CASE WHEN closed THEN updated ELSE created END, 'U0FOCALBNI', 'quick_report', p.id, c.id, host,
        r.id, CASE WHEN verified THEN 'verified' ELSE 'alleged' END,
        CASE WHEN closed THEN 'closed' WHEN owned THEN 'responding' WHEN mood < 0.5 THEN 'new' ELSE 'acknowledged' END,
        CASE WHEN closed THEN 'resolved' END, CASE WHEN c.restricted THEN 'restricted' ELSE 'standard' END,
        CASE WHEN owned AND NOT closed THEN 'U0POCOFF01' END, '', CASE WHEN NOT closed AND NOT owned AND mood < 0.5 THEN created ELSE updated END
      FROM h LEFT JOIN bench_place p ON p.i = h.placeIndex JOIN bench_category c ON c.i = h.categoryIndex JOIN bench_priority r ON r.i = h.priorityIndex`).run(params);
    counts.routes = db.prepare(`INSERT INTO alert_sections (alert_id, section_id, view)
      SELECT a.id, r.section_id, r.view FROM alerts a JOIN bench_route r ON r.category = a.category AND r.place IS a.place_id AND r.host = a.host_state
      ORDER BY a.id, r.section_id`).run().changes;
    counts.responses = db.prepare(`INSERT INTO response_actions (alert_id, type, at, logged_at, logged_by)
      SELECT id, 'patrol', created_at + CAST(${u(11)} * 8 * 3600000 AS INTEGER), created_at + CAST(${u(11)} * 8 * 3600000 AS INTEGER), 'U0POCOFF01'
      FROM alerts WHERE ${u(12)} < 0.6`).run().changes;
    // The audit trail of the last two months (what the digest's closing times and escalations read).
    const recent = { since: END - 60 * DAY, end: END };
    db.prepare(`INSERT INTO events (alert_id, at, actor, type, data) SELECT id, created_at, reported_by, 'logged', '{}' FROM alerts WHERE created_at >= @since`).run(recent);
    db.prepare(`INSERT INTO events (alert_id, at, actor, type, data) SELECT id, updated_at, 'U0POCOFF01', 'closed', '{"status":["responding","closed"]}' FROM alerts WHERE created_at >= @since AND status = 'closed'`).run(recent);
    db.prepare(`INSERT INTO events (alert_id, at, actor, type, data) SELECT id, MIN(@end - 1, created_at + 3600000), 'veille', 'escalated', '{}' FROM alerts WHERE created_at >= @since AND status <> 'closed' AND id % 50 = 0`).run(recent);
  })();
  for (const index of indexes) db.exec(index.sql);
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -2000'); // back to SQLite's default for the measurements
  db.exec('DROP TABLE temp.bench_place; DROP TABLE temp.bench_category; DROP TABLE temp.bench_priority; DROP TABLE temp.bench_route;');
  // No ANALYZE: Veille never runs one, so the planner works here as it will in a mission.
  return { seconds: (performance.now() - t0) / 1000, ...counts };
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
    const render = median(time(() => digests.map((d) => renderDigest(veille, d, referenceOnly))));
    const one = median(time(() => computeSectionDigests(veille, [sections[0]!], { end: END, now: END })));
    const leadership = median(time(() => computeLeadershipDigest(veille, { end: END, now: END })));
    // The charts (issue 16): their figures are read when the digests are queued, drawn when sent.
    const figures = median(time(() => digests.map((d) => chartData(db, mission, d))));
    const charts = digests.map((d) => chartData(db, mission, d));
    let t0 = performance.now();
    // Each in its channel's language, as sent.
    const reading = (i: number) => ({ language: channelLanguage(mission, digests[i]!.channel), mission });
    await renderChartPng(charts[0]!, '2026-11-22', reading(0)); // the first also compiles and parses the spec
    const firstChart = performance.now() - t0;
    t0 = performance.now();
    // CPU time too (all threads: resvg draws on libuv's pool): on a shared machine the wall clock
    // also counts the time other processes had the cores.
    const cpu0 = process.cpuUsage();
    let bytes = 0;
    for (const [i, chart] of charts.entries()) bytes += (await renderChartPng(chart, '2026-11-22', reading(i))).png.length;
    const drawn = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const drawnCpu = (cpu.user + cpu.system) / 1000;
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
        `charts: figures for all ${sections.length} (SQL, when queued): median ${ms(figures)} · drawing all ${sections.length} PNGs (Vega-Lite → SVG → PNG, one after another): ${ms(drawn)} (CPU ${ms(drawnCpu)}; ${ms(drawn / charts.length)} each, ${Math.round(bytes / charts.length / 1024)} kB each; the first, compiling the spec: ${ms(firstChart)}) · target < 2 s: ${drawn < 2000 ? 'meets' : 'MISSES'}`,
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

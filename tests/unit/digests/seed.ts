import type { Mission } from '../../../src/config/mission.js';
import { routeAlert } from '../../../src/domain/routing.js';
import type { CategoryId, Priority } from '../../../src/domain/taxonomy.js';
import type { Db } from '../../../src/store/db.js';

/**
 * A month (35 days) of alerts for the digest tests, generated from a seeded pseudo-random generator
 * and written straight into the tables with SQL, in one transaction. The list itself is what the
 * tests compute their expected figures from, in plain JS, independently of the digest's SQL.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const MARKER = 'SECRET-SURVIVOR-NAME';

export interface SeedAlert {
  id: number;
  reference: string;
  createdAt: number;
  priority: Priority;
  category: CategoryId;
  placeId: string | null;
  sensitivity: 'standard' | 'restricted';
  hostState: boolean;
  verification: 'alleged' | 'verified' | 'unverifiable' | 'unfounded';
  status: 'new' | 'acknowledged' | 'responding' | 'monitoring' | 'closed';
  owner: string | null;
  closureReason: string | null;
  closedAt: number | null;
  lastActivityAt: number;
  dueAt: number | null;
  responses: number[];
  escalatedAt: number | null;
  routes: Array<{ sectionId: string; view: 'full' | 'stub' }>;
  description: string;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BACKGROUND = ['beni', 'mavivi', 'eringeti', 'lubero', 'butembo', 'bunia', 'drodro', 'fataki', 'komanda', 'goma', 'kanyaruchinya', 'sake', 'minova', 'uvira'];
const CATEGORIES: CategoryId[] = ['attack_on_civilians', 'abduction', 'armed_group_movement', 'threat_intimidation', 'looting_destruction', 'displacement', 'arbitrary_detention', 'crsv', 'child_violation'];
const PRIORITIES: Priority[] = ['critical', 'high', 'high', 'medium', 'medium', 'medium', 'low'];
const OWNERS = ['U0POCOFF01', 'U0HROFF001', 'U0CRSVADV1', 'U0BENILEAD'];

export interface SeedOptions {
  /** The moment the seed describes: every state is "as of now". */
  now: number;
  days?: number;
  perDay?: number;
  seed?: number;
}

/**
 * Background alerts over `days` days before `now`, plus two planted patterns: a surge at Kamango in
 * the last 7 days (a hotspot) and Oicha reporting regularly until 7 days ago, then nothing (quiet).
 */
export function generateSeed(mission: Mission, options: SeedOptions): SeedAlert[] {
  const { now, days = 35, perDay = 8, seed = 42 } = options;
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const times: Array<{ at: number; place: string | null; restricted?: boolean }> = [];
  for (let i = 0; i < days * perDay; i++) times.push({ at: now - Math.floor(random() * days * DAY) - 1, place: random() < 0.05 ? null : pick(BACKGROUND) });
  for (let i = 0; i < 6; i++) times.push({ at: now - Math.floor(random() * 6.5 * DAY) - 1, place: 'kamango' });
  times.push({ at: now - 20 * DAY, place: 'kamango' });
  for (let i = 0; i < 7; i++) times.push({ at: now - 8 * DAY - Math.floor(random() * 25 * DAY), place: 'oicha' });
  // Two restricted reports in the last day, so the counts-only rule has something to hide.
  for (let i = 0; i < 2; i++) times.push({ at: now - Math.floor(random() * 20 * HOUR) - 1, place: 'minova', restricted: true });
  times.sort((a, b) => a.at - b.at);
  const places = new Map(mission.places.map((p) => [p.id, p]));

  return times.map(({ at, place, restricted: planted }, index) => {
    const id = index + 1;
    const category = planted ? 'crsv' : place === 'oicha' || place === 'kamango' ? 'attack_on_civilians' : pick(CATEGORIES);
    const restricted = category === 'crsv' || category === 'child_violation';
    const hostState = random() < 0.1;
    const priority = pick(PRIORITIES);
    const routes = routeAlert(
      { category, sensitivity: restricted ? 'restricted' : 'standard', place: place ? (places.get(place) ?? null) : null, hostState },
      mission.sections,
    ).map((r) => ({ sectionId: r.sectionId, view: r.view }));
    const responses: number[] = [];
    const responseCount = random() < 0.65 ? 1 + Math.floor(random() * 2) : 0;
    for (let r = 0; r < responseCount; r++) {
      const t = at + Math.floor(random() * 30 * HOUR) - HOUR; // may precede the alert: a patrol already there
      if (t < now) responses.push(t);
    }
    const closeAfter = Math.floor(random() * 4 * DAY);
    const closed = random() < 0.55 && at + closeAfter < now;
    const withdrawn = !closed && random() < 0.03;
    const owner = random() < 0.6 ? pick(OWNERS) : null;
    const status: SeedAlert['status'] = closed || withdrawn ? 'closed' : owner ? pick(['acknowledged', 'responding', 'monitoring'] as const) : pick(['new', 'new', 'acknowledged'] as const);
    const activity = Math.min(now - 1, at + Math.floor(random() * 2 * DAY));
    const lastActivityAt = status === 'new' ? at : activity;
    return {
      id,
      reference: `A-${id}`,
      createdAt: at,
      priority,
      category,
      placeId: place,
      sensitivity: restricted ? 'restricted' : 'standard',
      hostState,
      verification: pick(['alleged', 'alleged', 'verified', 'unverifiable'] as const),
      status,
      owner,
      closureReason: withdrawn ? 'withdrawn' : closed ? pick(['resolved', 'resolved', 'unfounded', 'duplicate', 'no_action_possible']) : null,
      closedAt: withdrawn ? at + 60_000 : closed ? at + closeAfter : null,
      lastActivityAt,
      dueAt: owner && !closed && random() < 0.2 ? at + 3 * HOUR : null,
      responses,
      escalatedAt: !closed && !withdrawn && random() < 0.1 ? Math.min(now - 1, at + 5 * HOUR) : null,
      routes,
      description: restricted ? `${MARKER} ${id} at the school` : `Armed men seen near ${place ?? 'somewhere'} (${id})`,
    };
  });
}

/** Writes the seed with plain SQL in one transaction: alerts, routes, responses and the events that matter. */
export function insertSeed(db: Db, alerts: readonly SeedAlert[]): void {
  const alert = db.prepare(`INSERT INTO alerts (id, reference, created_at, updated_at, reported_by, reported_via, place_id, category, host_state,
      priority, verification, status, closure_reason, sensitivity, owner, description, last_activity_at, due_at)
    VALUES (@id, @reference, @createdAt, @updatedAt, 'U0FOCALBNI', 'quick_report', @placeId, @category, @hostState,
      @priority, @verification, @status, @closureReason, @sensitivity, @owner, @description, @lastActivityAt, @dueAt)`);
  const route = db.prepare('INSERT INTO alert_sections (alert_id, section_id, view) VALUES (?, ?, ?)');
  const response = db.prepare("INSERT INTO response_actions (alert_id, type, at, logged_at, logged_by) VALUES (?, 'patrol', ?, ?, 'U0POCOFF01')");
  const event = db.prepare('INSERT INTO events (alert_id, at, actor, type, data) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const a of alerts) {
      alert.run({ ...a, updatedAt: a.closedAt ?? a.lastActivityAt, hostState: a.hostState ? 1 : 0 });
      for (const r of a.routes) route.run(a.id, r.sectionId, r.view);
      for (const t of a.responses) response.run(a.id, t, Math.max(t, a.createdAt));
      event.run(a.id, a.createdAt, 'U0FOCALBNI', 'logged', '{}');
      if (a.closedAt !== null) {
        const type = a.closureReason === 'withdrawn' ? 'withdrawn' : 'closed';
        event.run(a.id, a.closedAt, 'U0POCOFF01', type, JSON.stringify({ status: ['acknowledged', 'closed'], reason: a.closureReason }));
      }
      if (a.escalatedAt !== null) event.run(a.id, a.escalatedAt, 'veille', 'escalated', '{}');
    }
  })();
}

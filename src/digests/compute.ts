import type { Mission, Place, Section } from '../config/mission.js';
import type { Veille } from '../context.js';
import { PRIORITIES } from '../domain/taxonomy.js';
import { sectionZone } from '../followup/time.js';
import { digestRows, type AlertRow, type ClosedRow, type DigestRows, type OpenRow, type WindowRow } from './queries.js';
import { byTerritory, dayWindow, hotspots, median, quietPlaces, trendFrom, type PlaceCount } from './rules.js';
import type { AlertItem, ClosedItem, OpenItem, PriorityCounts, SectionDigest } from './types.js';

/** How many alerts a digest carries per list; the rest are counted (and the rendering fits what it can). */
export const ITEMS_CAP = 60;

export interface ComputeOptions {
  /** The end of the 24 hours covered: the digest's due time, or now for one asked for by hand. */
  end: number;
  /** When open alerts are read and judged overdue. */
  now: number;
  late?: boolean;
  /** `own`: as in the section's own channel (restricted sections in full). `sanitised`: restricted alerts as counts only (leadership). */
  view?: 'own' | 'sanitised';
}

const placeMaps = new WeakMap<Mission, Map<string, Place>>();

export function placeMap(mission: Mission): Map<string, Place> {
  let map = placeMaps.get(mission);
  if (!map) placeMaps.set(mission, (map = new Map(mission.places.map((p) => [p.id, p]))));
  return map;
}

/** What a digest line may say of a place: gazetteer names only, never the reporter's free text. */
export function placeText(place: Place | undefined): string {
  if (!place) return 'place not given';
  if (place.level === 'locality') return place.territory === place.name ? place.name : `${place.name} (${place.territory})`;
  return place.level === 'territory' ? `${place.name} territory` : place.name;
}

export function territoryOf(place: Place | undefined): string | null {
  if (!place) return null;
  return place.level === 'province' ? place.name : place.territory;
}

export function itemOf(row: Omit<AlertRow, 'sections'>, places: ReadonlyMap<string, Place>): AlertItem {
  return {
    id: row.id,
    reference: row.reference,
    priority: row.priority,
    category: row.category,
    place: placeText(row.placeId ? places.get(row.placeId) : undefined),
    status: row.status,
    owner: row.owner,
    verification: row.verification,
    hostState: row.hostState === 1,
    restricted: row.sensitivity === 'restricted',
    createdAt: row.createdAt,
  };
}

export function zeroPriorities(): PriorityCounts {
  return Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as PriorityCounts;
}

/** Splits the comma-joined route sets, once per distinct set. */
function splitter(): (sections: string | null) => string[] {
  const seen = new Map<string, string[]>();
  return (sections) => {
    if (!sections) return [];
    let ids = seen.get(sections);
    if (!ids) seen.set(sections, (ids = sections.split(',')));
    return ids;
  };
}

/** Hands each row to every wanted section it was routed to, keeping the rows' order. */
function bySection<T extends { sections: string | null }>(rows: readonly T[], wanted: ReadonlySet<string>, split: (s: string | null) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    for (const id of split(row.sections)) {
      if (!wanted.has(id)) continue;
      const list = out.get(id);
      if (list) list.push(row);
      else out.set(id, [row]);
    }
  }
  return out;
}

/**
 * The digests of several sections in one go: the SQL runs once for all of them (queries.ts), then
 * each section's figures are assembled by the pure rules. A section's digest is its own view: the
 * alerts routed to it (alert_sections), restricted ones in full only in a restricted section's own channel.
 */
export function computeSectionDigests(veille: Veille, sections: readonly Section[], options: ComputeOptions): SectionDigest[] {
  const { start, end } = dayWindow(options.end);
  return assembleSections(veille, digestRows(veille.db, veille.mission, { start, end, now: options.now }), sections, options);
}

/** The section digests from rows already read (the leadership digest reads them once for everything). */
export function assembleSections(veille: Pick<Veille, 'mission'>, rows: DigestRows, sections: readonly Section[], options: ComputeOptions): SectionDigest[] {
  const { mission } = veille;
  const { start, end } = dayWindow(options.end);
  const wanted = new Set(sections.map((s) => s.id));
  const split = splitter();
  const grouped: Grouped = {
    newAlerts: bySection(rows.newAlerts, wanted, split),
    window: bySection(rows.window, wanted, split),
    open: bySection(rows.open, wanted, split),
    closed: bySection(rows.closed, wanted, split),
  };
  const places = placeMap(mission);
  const holders = mission.sections.filter((s) => s.restricted).map((s) => s.channel);
  return sections.map((section) =>
    assemble(section, grouped, places, {
      full: options.view !== 'sanitised' && section.restricted,
      timeZone: sectionZone(section, mission.timeZone),
      start,
      end,
      asOf: options.now,
      late: options.late ?? false,
      detailsHeldIn: section.restricted ? [] : holders,
    }),
  );
}

type Grouped = { [K in keyof DigestRows]: Map<string, DigestRows[K]> };

interface Frame {
  full: boolean;
  timeZone: string;
  start: number;
  end: number;
  asOf: number;
  late: boolean;
  detailsHeldIn: string[];
}

function assemble(section: Section, g: Grouped, places: ReadonlyMap<string, Place>, frame: Frame): SectionDigest {
  const shown = (row: { sensitivity: string }) => frame.full || row.sensitivity === 'standard';
  const newRows = g.newAlerts.get(section.id) ?? [];
  const byPriority = zeroPriorities();
  for (const row of newRows) byPriority[row.priority] += 1;
  const hrddpRows = newRows.filter((r) => r.hostState === 1);
  const openRows = g.open.get(section.id) ?? [];
  const overdue = (r: OpenRow) => r.overdueSince <= frame.asOf;
  const closedRows = g.closed.get(section.id) ?? [];
  const responseTimes = closedRows.filter((r) => r.firstResponseAt !== null).map((r) => Math.max(0, r.firstResponseAt! - r.createdAt));
  const window = g.window.get(section.id) ?? [];
  // Outside a restricted channel a hotspot names a locality: only standard alerts may make one.
  const placeCounts = placeCountsOf(window.filter((w) => w.placeId !== null && (frame.full || w.restricted === 0)));
  const sum = (rows: readonly WindowRow[], key: 'inTime' | 'judged') => rows.reduce((n, r) => n + r[key], 0);
  const week = window.filter((w) => w.day < 7);
  const hidden = <T extends { sensitivity: string }>(rows: readonly T[]) => (frame.full ? 0 : rows.filter((r) => r.sensitivity === 'restricted').length);
  return {
    kind: 'section',
    sectionId: section.id,
    sectionName: section.name,
    channel: section.channel,
    ...frame,
    newAlerts: {
      total: newRows.length,
      byPriority,
      verified: newRows.filter((r) => r.verification === 'verified').length,
      alleged: newRows.filter((r) => r.verification === 'alleged').length,
      otherVerification: newRows.filter((r) => r.verification !== 'verified' && r.verification !== 'alleged').length,
      byTerritory: byTerritory(newRows.map((r) => territoryOf(r.placeId ? places.get(r.placeId) : undefined))),
      restrictedCounted: hidden(newRows),
      items: newRows.filter(shown).slice(0, ITEMS_CAP).map((r) => itemOf(r, places)),
    },
    open: {
      total: openRows.length,
      unacknowledged: openRows.filter((r) => r.status === 'new').length,
      unassigned: openRows.filter((r) => r.owner === null).length,
      overdue: openRows.filter(overdue).length,
      restrictedCounted: hidden(openRows),
      restrictedOverdue: hidden(openRows.filter(overdue)),
      // The longest overdue first, then those about to be (the query's order).
      items: openRows.filter(shown).slice(0, ITEMS_CAP).map((r): OpenItem => ({ ...itemOf(r, places), overdueSince: r.overdueSince })),
    },
    closed: {
      total: closedRows.length,
      restrictedCounted: hidden(closedRows),
      withResponse: responseTimes.length,
      medianToFirstResponseMs: median(responseTimes),
      items: closedRows.filter(shown).slice(0, ITEMS_CAP).map((r) => closedItem(r, places)),
    },
    responseRate: {
      days7: { inTime: sum(week, 'inTime'), judged: sum(week, 'judged') },
      days30: { inTime: sum(window, 'inTime'), judged: sum(window, 'judged') },
    },
    hotspots: hotspots(placeCounts, places),
    quietPlaces: quietPlaces(placeCounts, places),
    hrddp: {
      total: hrddpRows.length,
      restrictedCounted: hidden(hrddpRows),
      items: hrddpRows.filter(shown).slice(0, ITEMS_CAP).map((r) => itemOf(r, places)),
    },
    trend: trendFrom(window.map((w) => ({ daysAgo: w.day, count: w.count }))),
  };
}

function closedItem(row: ClosedRow, places: ReadonlyMap<string, Place>): ClosedItem {
  return {
    ...itemOf(row, places),
    closedAt: row.closedAt,
    closureReason: row.closureReason,
    toFirstResponseMs: row.firstResponseAt === null ? null : Math.max(0, row.firstResponseAt - row.createdAt),
  };
}

/** Days 0–6 are the last 7; days 7 and beyond (7–13, and the 14 and 15 groups) the 28 before. */
function placeCountsOf(rows: readonly WindowRow[]): PlaceCount[] {
  const out = new Map<string, PlaceCount>();
  for (const r of rows) {
    const c = out.get(r.placeId!) ?? { placeId: r.placeId!, last7: 0, prior28: 0 };
    if (r.day < 7) c.last7 += r.count;
    else c.prior28 += r.count;
    out.set(r.placeId!, c);
  }
  return [...out.values()];
}

import type { Mission, Place, Section } from '../config/mission.js';
import type { Veille } from '../context.js';
import { PRIORITIES } from '../domain/taxonomy.js';
import { sectionZone } from '../followup/time.js';
import { closedAlerts, closedWithoutTelling, reporterInformed, type ClosedAlert } from '../reporter/informed.js';
import { digestRows, type AlertRow, type ClosedRow, type DigestRows, type OpenRow, type WindowRow } from './queries.js';
import { byTerritory, dayWindow, hotspots, median, PLACE_NOT_GIVEN, quietPlaces, TREND_DAYS, type PlaceCount } from './rules.js';
import type { AlertItem, ClosedItem, OpenItem, PriorityCounts, Rate, SectionDigest } from './types.js';

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
function placeText(place: Place | undefined): string {
  if (!place) return PLACE_NOT_GIVEN;
  if (place.level === 'locality') return place.territory === place.name ? place.name : `${place.name} (${place.territory})`;
  return place.level === 'territory' ? `${place.territory} territory` : place.name;
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
    placeId: row.placeId,
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
  const rows = digestRows(veille.db, veille.mission, { start, end, now: options.now });
  return assembleSections(veille, rows, sections, options, closedAlerts(veille.db, veille.mission, start, end));
}

/**
 * The section digests from rows already read (the leadership digest reads them once for everything);
 * `closings`: the period's closings with whether each reporter was told (src/reporter/informed.ts).
 */
export function assembleSections(veille: Pick<Veille, 'mission'>, rows: DigestRows, sections: readonly Section[], options: ComputeOptions, closings: readonly ClosedAlert[] = []): SectionDigest[] {
  const { mission } = veille;
  const { start, end } = dayWindow(options.end);
  const wanted = new Set(sections.map((s) => s.id));
  const split = splitter();
  const fullIds = new Set(options.view === 'sanitised' ? [] : sections.filter((s) => s.restricted).map((s) => s.id));
  const fullView = (id: string) => fullIds.has(id);
  const grouped: Grouped = {
    newAlerts: bySection(rows.newAlerts, wanted, split),
    window: windowFigures(rows.window, wanted, split, fullView),
    open: openFigures(rows.open, wanted, split, fullView, options.now),
    closed: bySection(rows.closed, wanted, split),
    closings,
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

interface Grouped {
  newAlerts: Map<string, AlertRow[]>;
  window: Map<string, WindowFigures>;
  open: Map<string, OpenFigures>;
  closed: Map<string, ClosedRow[]>;
  closings: readonly ClosedAlert[];
}

interface WindowFigures {
  trend: number[];
  week: Rate;
  month: Rate;
  places: Map<string, PlaceCount>;
}

/**
 * The 35-day groups, summed per section in one pass (30 sections × thousands of groups: no copies).
 * Days 0–6 are the last 7; days 7 and beyond (7–13, and the 14 and 15 groups) the 28 before. Outside
 * a restricted channel a hotspot names a locality: only standard alerts may make one.
 */
function windowFigures(rows: readonly WindowRow[], wanted: ReadonlySet<string>, split: (s: string | null) => string[], full: (id: string) => boolean): Map<string, WindowFigures> {
  const out = new Map<string, WindowFigures>();
  for (const row of rows) {
    for (const id of split(row.sections)) {
      if (!wanted.has(id)) continue;
      let f = out.get(id);
      if (!f) out.set(id, (f = { trend: new Array<number>(TREND_DAYS).fill(0), week: { inTime: 0, judged: 0 }, month: { inTime: 0, judged: 0 }, places: new Map() }));
      if (row.day < TREND_DAYS) f.trend[TREND_DAYS - 1 - row.day]! += row.count;
      f.month.inTime += row.inTime;
      f.month.judged += row.judged;
      if (row.day < 7) {
        f.week.inTime += row.inTime;
        f.week.judged += row.judged;
      }
      if (row.placeId === null || (row.restricted === 1 && !full(id))) continue;
      const c = f.places.get(row.placeId) ?? { placeId: row.placeId, last7: 0, prior28: 0 };
      if (row.day < 7) c.last7 += row.count;
      else c.prior28 += row.count;
      f.places.set(row.placeId, c);
    }
  }
  return out;
}

interface OpenFigures {
  total: number;
  unacknowledged: number;
  unassigned: number;
  overdue: number;
  restricted: number;
  restrictedOverdue: number;
  /** Those this view may name, in the rows' order (the longest overdue first), up to the cap. */
  items: OpenRow[];
}

function openFigures(rows: readonly OpenRow[], wanted: ReadonlySet<string>, split: (s: string | null) => string[], full: (id: string) => boolean, now: number): Map<string, OpenFigures> {
  const out = new Map<string, OpenFigures>();
  for (const row of rows) {
    const overdue = row.overdueSince <= now;
    const restricted = row.sensitivity === 'restricted';
    for (const id of split(row.sections)) {
      if (!wanted.has(id)) continue;
      let f = out.get(id);
      if (!f) out.set(id, (f = { total: 0, unacknowledged: 0, unassigned: 0, overdue: 0, restricted: 0, restrictedOverdue: 0, items: [] }));
      f.total += 1;
      if (row.status === 'new') f.unacknowledged += 1;
      if (row.owner === null) f.unassigned += 1;
      if (overdue) f.overdue += 1;
      if (restricted) {
        f.restricted += 1;
        if (overdue) f.restrictedOverdue += 1;
      }
      if (f.items.length < ITEMS_CAP && (!restricted || full(id))) f.items.push(row);
    }
  }
  return out;
}

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
  const open = g.open.get(section.id);
  const closedRows = g.closed.get(section.id) ?? [];
  const responseTimes = closedRows.filter((r) => r.firstResponseAt !== null).map((r) => Math.max(0, r.firstResponseAt! - r.createdAt));
  const window = g.window.get(section.id);
  const placeCounts = [...(window?.places.values() ?? [])];
  const hidden = <T extends { sensitivity: string }>(rows: readonly T[]) => (frame.full ? 0 : rows.filter((r) => r.sensitivity === 'restricted').length);
  const closings = g.closings.filter((c) => c.sections.some((s) => s.sectionId === section.id));
  const untold = closedWithoutTelling(closings);
  const untoldIds = new Set(untold.map((c) => c.alertId));
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
      total: open?.total ?? 0,
      unacknowledged: open?.unacknowledged ?? 0,
      unassigned: open?.unassigned ?? 0,
      overdue: open?.overdue ?? 0,
      restrictedCounted: frame.full ? 0 : (open?.restricted ?? 0),
      restrictedOverdue: frame.full ? 0 : (open?.restrictedOverdue ?? 0),
      // The longest overdue first, then those about to be (the query's order).
      items: (open?.items ?? []).map((r): OpenItem => ({ ...itemOf(r, places), overdueSince: r.overdueSince })),
    },
    closed: {
      total: closedRows.length,
      restrictedCounted: hidden(closedRows),
      withResponse: responseTimes.length,
      medianToFirstResponseMs: median(responseTimes),
      items: closedRows.filter(shown).slice(0, ITEMS_CAP).map((r) => closedItem(r, places)),
      reporterInformed: reporterInformed(closings),
      untold: {
        total: untold.length,
        restrictedCounted: frame.full ? 0 : untold.filter((c) => c.restricted).length,
        items: closedRows
          .filter((r) => untoldIds.has(r.id) && shown(r))
          .slice(0, ITEMS_CAP)
          .map((r) => closedItem(r, places)),
      },
    },
    responseRate: {
      days7: window?.week ?? { inTime: 0, judged: 0 },
      days30: window?.month ?? { inTime: 0, judged: 0 },
    },
    hotspots: hotspots(placeCounts, places),
    quietPlaces: quietPlaces(placeCounts, places),
    hrddp: {
      total: hrddpRows.length,
      restrictedCounted: hidden(hrddpRows),
      items: hrddpRows.filter(shown).slice(0, ITEMS_CAP).map((r) => itemOf(r, places)),
    },
    trend: window?.trend ?? new Array<number>(TREND_DAYS).fill(0),
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

import type { Place } from '../config/mission.js';
import { sectionById, type Veille } from '../context.js';
import { rowToAlert, type AlertRow } from '../alerts/service.js';
import { STATUSES, type Alert, type Status } from '../domain/alert.js';
import { CATEGORY_IDS, PRIORITIES, type CategoryId, type Priority } from '../domain/taxonomy.js';
import { ApiError, invalid } from './errors.js';
import { parseInstant, placeOf } from './alert-input.js';
import type { RouteRow } from './representation.js';
import { placeFilterMayMatch } from '../domain/place-filter.js';

/** The filters shared by GET /alerts and the CSV export, read from the query string and turned into SQL. */
export interface AlertFilter {
  status: Status[];
  priority: Priority[];
  category: CategoryId[];
  place: Place | null;
  section: string | null;
  since: number | null;
  until: number | null;
}

const FILTER_PARAMS = ['status', 'priority', 'category', 'place', 'section', 'since', 'until'];

/** Unknown parameters are refused: a typo (`stauts=new`) must not silently return everything. */
export function checkParams(query: URLSearchParams, allowed: readonly string[]): void {
  for (const name of query.keys()) {
    if (!allowed.includes(name)) throw new ApiError(422, 'unknown_field', `Unknown query parameter "${name}". Known: ${allowed.join(', ')}.`, name);
  }
}

export const LIST_PARAMS = [...FILTER_PARAMS, 'cursor', 'limit'];
export const EXPORT_PARAMS = FILTER_PARAMS;

function oneOf<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  // Repeated (status=new&status=closed) or comma-separated (status=new,closed): both are common in clients.
  const values = query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) throw invalid(name, `${name}: "${v.slice(0, 60)}" is not one of ${allowed.join(', ')}.`);
  }
  return values as T[];
}

function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name);
  if (values.length > 1) throw invalid(name, `${name}: give it once.`);
  const v = values[0]?.trim();
  return v ? v : null;
}

export function readFilter(veille: Veille, query: URLSearchParams): AlertFilter {
  const placeText = single(query, 'place');
  const section = single(query, 'section');
  if (section && !sectionById(veille, section)) {
    throw new ApiError(422, 'unknown_section', `No section "${section.slice(0, 60)}". Sections: ${veille.mission.sections.map((s) => s.id).join(', ')}.`, 'section');
  }
  const sinceText = single(query, 'since');
  const untilText = single(query, 'until');
  return {
    status: oneOf(query, 'status', STATUSES),
    priority: oneOf(query, 'priority', PRIORITIES),
    category: oneOf(query, 'category', CATEGORY_IDS),
    place: placeText ? placeOf(veille, placeText) : null,
    section,
    since: sinceText ? parseInstant('since', sinceText) : null,
    until: untilText ? parseInstant('until', untilText) : null,
  };
}

/** Every gazetteer place inside this one (itself included): a province holds its territories and localities. */
function placesWithin(places: readonly Place[], place: Place): string[] {
  if (place.level === 'locality') return [place.id];
  if (place.level === 'territory') return places.filter((p) => p.territory === place.territory && p.province === place.province).map((p) => p.id);
  return places.filter((p) => p.province === place.province).map((p) => p.id);
}

/**
 * Alerts matching the filter after `afterId`, by id: ids only grow, so a client paging with the
 * cursor while alerts arrive sees each alert exactly once. Without restricted:read a locality
 * filter leaves restricted alerts out: matching them would tell their locality.
 */
export function selectAlerts(veille: Veille, filter: AlertFilter, options: { afterId: number; limit: number; restrictedRead: boolean }): Alert[] {
  const where: string[] = ['a.id > ?'];
  const params: unknown[] = [options.afterId];
  const inList = (column: string, values: readonly string[]) => {
    if (values.length === 0) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('a.status', filter.status);
  inList('a.priority', filter.priority);
  inList('a.category', filter.category);
  if (filter.place) {
    inList('a.place_id', placesWithin(veille.mission.places, filter.place));
    if (!placeFilterMayMatch(filter.place.level, { sensitivity: 'restricted' }, options.restrictedRead)) where.push("a.sensitivity = 'standard'");
  }
  if (filter.section) {
    where.push('EXISTS (SELECT 1 FROM alert_sections s WHERE s.alert_id = a.id AND s.section_id = ?)');
    params.push(filter.section);
  }
  if (filter.since !== null) {
    where.push('a.created_at >= ?');
    params.push(filter.since);
  }
  if (filter.until !== null) {
    where.push('a.created_at < ?');
    params.push(filter.until);
  }
  const sql = `SELECT a.* FROM alerts a WHERE ${where.join(' AND ')} ORDER BY a.id LIMIT ?`;
  return (veille.db.prepare(sql).all(...params, options.limit) as AlertRow[]).map(rowToAlert);
}

/** The routes of many alerts in one query. */
export function routesOfMany(veille: Veille, ids: number[]): Map<number, RouteRow[]> {
  const out = new Map<number, RouteRow[]>(ids.map((id) => [id, []]));
  const chunk = 500;
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    const rows = veille.db
      .prepare(`SELECT alert_id, section_id, view FROM alert_sections WHERE alert_id IN (${part.map(() => '?').join(', ')}) ORDER BY section_id`)
      .all(...part) as Array<{ alert_id: number; section_id: string; view: 'full' | 'stub' }>;
    for (const r of rows) out.get(r.alert_id)!.push({ sectionId: r.section_id, view: r.view });
  }
  return out;
}

/** Cursors are opaque to clients; inside, the last id seen. */
export function encodeCursor(id: number): string {
  return Buffer.from(`after:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^after:(\d{1,12})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw invalid('cursor', 'cursor: not a cursor this API gave (pass nextCursor as it came).');
  return Number(match[1]);
}

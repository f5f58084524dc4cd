import type { Mission, Place } from '../config/mission.js';
import type { Alert } from '../domain/alert.js';
import { shown } from './representation.js';
import { detailHolders } from '../domain/permissions.js';
import { showsDetails, territoryOf, type RouteRow } from './representation.js';

/**
 * The CSV export: RFC 4180 (comma, CRLF, fields with comma, quote or line break quoted, quotes
 * doubled), UTF-8. Row 1 names the columns; row 2 carries HXL hashtags so humanitarian tools
 * (HXL Proxy, HDX, Kobo) read it without mapping. Pure: alerts in, text out.
 */

export interface ExportRow {
  alert: Alert;
  place: Place | null;
  routes: RouteRow[];
}

interface Column {
  name: string;
  hxl: string;
  /** Shown for restricted alerts without restricted:read (the stub's fields); the rest is left blank. */
  stub?: boolean;
  /** Free text typed by someone: guarded against spreadsheet formulas. */
  text?: boolean;
  value(row: ExportRow, mission: Mission, restrictedRead: boolean): string | number | null;
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));

export const COLUMNS: Column[] = [
  { name: 'reference', hxl: '#event+code', stub: true, value: ({ alert }) => alert.reference },
  { name: 'created_at', hxl: '#date+reported', stub: true, value: ({ alert }) => date(alert.createdAt) },
  { name: 'occurred_at', hxl: '#date+occurred', value: ({ alert }) => date(alert.occurredAt) },
  { name: 'province', hxl: '#adm1+name', stub: true, value: ({ place }) => place?.province ?? null },
  { name: 'territory', hxl: '#adm2+name', stub: true, value: ({ place }) => (place ? territoryOf(place) : null) },
  { name: 'locality', hxl: '#loc+name', value: ({ place }) => (place?.level === 'locality' ? place.name : null) },
  { name: 'place_id', hxl: '#loc+code', value: ({ place }) => place?.id ?? null },
  { name: 'location_text', hxl: '#loc+description', text: true, value: ({ alert }) => alert.locationText },
  { name: 'field_office', hxl: '#org+field_office', value: ({ place }) => place?.fieldOffice ?? null },
  { name: 'category', hxl: '#event+type', stub: true, value: ({ alert }) => alert.category },
  { name: 'sub_type', hxl: '#event+type+sub', text: true, value: ({ alert }) => alert.subType },
  { name: 'perpetrators', hxl: '#group+perpetrator', text: true, value: ({ alert }) => alert.perpetrators.map((p) => p.name).join('; ') || null },
  { name: 'host_state', hxl: '#indicator+hrddp', value: ({ alert }) => (alert.hostState ? 'yes' : 'no') },
  { name: 'killed', hxl: '#affected+killed', value: ({ alert }) => alert.victims.killed },
  { name: 'injured', hxl: '#affected+injured', value: ({ alert }) => alert.victims.injured },
  { name: 'abducted', hxl: '#affected+abducted', value: ({ alert }) => alert.victims.abducted },
  { name: 'crsv_survivors', hxl: '#affected+crsv', value: ({ alert }) => alert.victims.crsvSurvivors },
  { name: 'children_affected', hxl: '#affected+children', value: ({ alert }) => alert.victims.childrenAffected },
  { name: 'displaced', hxl: '#affected+displaced', value: ({ alert }) => alert.victims.displaced },
  { name: 'priority', hxl: '#severity+priority', stub: true, value: ({ alert }) => alert.priority },
  { name: 'verification', hxl: '#status+verification', value: ({ alert }) => alert.verification },
  { name: 'status', hxl: '#status', stub: true, value: ({ alert }) => alert.status },
  { name: 'closure_reason', hxl: '#status+closure', value: ({ alert }) => alert.closureReason },
  { name: 'sensitivity', hxl: '#meta+sensitivity', stub: true, value: ({ alert }) => alert.sensitivity },
  { name: 'detail', hxl: '#meta+detail', stub: true, value: ({ alert }, _m, r) => (showsDetails(alert, r) ? 'full' : 'stub') },
  { name: 'held_by', hxl: '#org+held_by', stub: true, value: ({ alert, routes }, m) => detailHolders(alert, routes, m.sections).map((s) => s.id).join('; ') || null },
  { name: 'sections', hxl: '#org+sections', value: ({ routes }) => routes.map((r) => r.sectionId).join('; ') || null },
  { name: 'owner', hxl: '#contact+owner', value: ({ alert }) => alert.owner },
  { name: 'reported_by', hxl: '#contact+reporter', value: ({ alert }) => alert.reportedBy },
  { name: 'reported_via', hxl: '#meta+via', value: ({ alert }) => alert.reportedVia },
  { name: 'source_type', hxl: '#meta+source', value: ({ alert }) => alert.sourceType },
  { name: 'source_detail', hxl: '#meta+source+name', text: true, value: ({ alert }, _m, r) => (r ? alert.sourceDetail : null) },
  { name: 'description', hxl: '#description', text: true, value: ({ alert }) => alert.description },
];

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A typed cell starting with = + - @ (or a tab or CR) is run as a formula by spreadsheet programs:
 * a hotline message could make the analyst's spreadsheet fetch a URL. A leading ' keeps it text.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvLine(values: Array<string | number | null>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvHeader(): string {
  return csvLine(COLUMNS.map((c) => c.name)) + csvLine(COLUMNS.map((c) => c.hxl));
}

export function csvRow(row: ExportRow, mission: Mission, restrictedRead: boolean): string {
  const full = showsDetails(row.alert, restrictedRead);
  return csvLine(
    COLUMNS.map((column) => {
      if (!full && !column.stub) return null;
      const value = column.value(row, mission, restrictedRead);
      return column.text && typeof value === 'string' ? guardFormula(shown(value, restrictedRead)!) : value;
    }),
  );
}

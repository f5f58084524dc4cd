import type { Mission, Place } from '../config/mission.js';
import type { Alert } from '../domain/alert.js';
import { detailHolders } from '../domain/permissions.js';
import { showsDetails, shown, territoryOf, type RouteRow } from './representation.js';

/**
 * The export's columns and the one row builder both formats use (CSV and XLSX), so the two cannot
 * differ in what they show or hide. Each cell is typed: dates stay dates, counts stay numbers, until
 * a format writes them. Pure: alerts in, cells out.
 */

export interface ExportRow {
  alert: Alert;
  place: Place | null;
  routes: RouteRow[];
}

export type Cell = string | number | Date | null;

export interface Column {
  name: string;
  hxl: string;
  kind: 'text' | 'number' | 'date';
  /** Shown for restricted alerts without restricted:read (the stub's fields); the rest is left blank. */
  stub?: boolean;
  /** Free text typed by someone: guarded against spreadsheet formulas. */
  typed?: boolean;
  value(row: ExportRow, mission: Mission, restrictedRead: boolean): Cell;
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));

/** The P-codes of a place's province (ADM1), territory (ADM2) and its own as a locality. */
function pcodesOf(place: Place | null): { adm1: string | null; adm2: string | null; loc: string | null } {
  if (!place) return { adm1: null, adm2: null, loc: null };
  if (place.level === 'province') return { adm1: place.pcode ?? null, adm2: null, loc: null };
  if (place.level === 'territory') return { adm1: place.adm1Pcode ?? null, adm2: place.pcode ?? null, loc: null };
  return { adm1: place.adm1Pcode ?? null, adm2: place.adm2Pcode ?? null, loc: place.pcode ?? null };
}

export const COLUMNS: Column[] = [
  { name: 'reference', hxl: '#event+code', kind: 'text', stub: true, value: ({ alert }) => alert.reference },
  { name: 'created_at', hxl: '#date+reported', kind: 'date', stub: true, value: ({ alert }) => date(alert.createdAt) },
  { name: 'occurred_at', hxl: '#date+occurred', kind: 'date', value: ({ alert }) => date(alert.occurredAt) },
  { name: 'province', hxl: '#adm1+name', kind: 'text', stub: true, value: ({ place }) => place?.province ?? null },
  // Province and territory codes are no finer than what a restricted stub already shows.
  { name: 'province_pcode', hxl: '#adm1+code', kind: 'text', stub: true, value: ({ place }) => pcodesOf(place).adm1 },
  { name: 'territory', hxl: '#adm2+name', kind: 'text', stub: true, value: ({ place }) => (place ? territoryOf(place) : null) },
  { name: 'territory_pcode', hxl: '#adm2+code', kind: 'text', stub: true, value: ({ place }) => pcodesOf(place).adm2 },
  { name: 'locality', hxl: '#loc+name', kind: 'text', value: ({ place }) => (place?.level === 'locality' ? place.name : null) },
  { name: 'locality_pcode', hxl: '#loc+code', kind: 'text', value: ({ place }) => pcodesOf(place).loc },
  { name: 'place_id', hxl: '#loc+id', kind: 'text', value: ({ place }) => place?.id ?? null },
  { name: 'location_text', hxl: '#loc+description', kind: 'text', typed: true, value: ({ alert }) => alert.locationText },
  { name: 'field_office', hxl: '#org+field_office', kind: 'text', value: ({ place }) => place?.fieldOffice ?? null },
  { name: 'category', hxl: '#event+type', kind: 'text', stub: true, value: ({ alert }) => alert.category },
  { name: 'sub_type', hxl: '#event+type+sub', kind: 'text', typed: true, value: ({ alert }) => alert.subType },
  { name: 'perpetrators', hxl: '#group+perpetrator', kind: 'text', typed: true, value: ({ alert }) => alert.perpetrators.map((p) => p.name).join('; ') || null },
  { name: 'host_state', hxl: '#indicator+hrddp', kind: 'text', value: ({ alert }) => (alert.hostState ? 'yes' : 'no') },
  { name: 'killed', hxl: '#affected+killed', kind: 'number', value: ({ alert }) => alert.victims.killed },
  { name: 'injured', hxl: '#affected+injured', kind: 'number', value: ({ alert }) => alert.victims.injured },
  { name: 'abducted', hxl: '#affected+abducted', kind: 'number', value: ({ alert }) => alert.victims.abducted },
  { name: 'crsv_survivors', hxl: '#affected+crsv', kind: 'number', value: ({ alert }) => alert.victims.crsvSurvivors },
  { name: 'children_affected', hxl: '#affected+children', kind: 'number', value: ({ alert }) => alert.victims.childrenAffected },
  { name: 'displaced', hxl: '#affected+displaced', kind: 'number', value: ({ alert }) => alert.victims.displaced },
  { name: 'priority', hxl: '#severity+priority', kind: 'text', stub: true, value: ({ alert }) => alert.priority },
  { name: 'verification', hxl: '#status+verification', kind: 'text', value: ({ alert }) => alert.verification },
  { name: 'status', hxl: '#status', kind: 'text', stub: true, value: ({ alert }) => alert.status },
  { name: 'closure_reason', hxl: '#status+closure', kind: 'text', value: ({ alert }) => alert.closureReason },
  { name: 'sensitivity', hxl: '#meta+sensitivity', kind: 'text', stub: true, value: ({ alert }) => alert.sensitivity },
  { name: 'detail', hxl: '#meta+detail', kind: 'text', stub: true, value: ({ alert }, _m, r) => (showsDetails(alert, r) ? 'full' : 'stub') },
  { name: 'held_by', hxl: '#org+held_by', kind: 'text', stub: true, value: ({ routes }, m) => detailHolders(routes, m.sections).map((s) => s.id).join('; ') || null },
  { name: 'sections', hxl: '#org+sections', kind: 'text', value: ({ routes }) => routes.map((r) => r.sectionId).join('; ') || null },
  { name: 'owner', hxl: '#contact+owner', kind: 'text', value: ({ alert }) => alert.owner },
  { name: 'reported_by', hxl: '#contact+reporter', kind: 'text', value: ({ alert }) => alert.reportedBy },
  { name: 'reported_via', hxl: '#meta+via', kind: 'text', value: ({ alert }) => alert.reportedVia },
  { name: 'source_type', hxl: '#meta+source', kind: 'text', value: ({ alert }) => alert.sourceType },
  { name: 'source_detail', hxl: '#meta+source+name', kind: 'text', typed: true, value: ({ alert }, _m, r) => (r ? alert.sourceDetail : null) },
  { name: 'description', hxl: '#description', kind: 'text', typed: true, value: ({ alert }) => alert.description },
];

/**
 * A typed cell starting with = + - @ (or a tab or CR) is run as a formula by spreadsheet programs:
 * a hotline message could make the analyst's spreadsheet fetch a URL. A leading ' keeps it text,
 * in the XLSX too, so a sheet saved back to CSV stays harmless.
 */
function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One alert's cells, in column order: blank where a restricted stub hides it, masked as in Slack without restricted:read. */
export function exportCells(row: ExportRow, mission: Mission, restrictedRead: boolean): Cell[] {
  const full = showsDetails(row.alert, restrictedRead);
  return COLUMNS.map((column) => {
    if (!full && !column.stub) return null;
    const value = column.value(row, mission, restrictedRead);
    return column.typed && typeof value === 'string' ? guardFormula(shown(value, restrictedRead)!) : value;
  });
}

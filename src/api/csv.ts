import type { Mission } from '../config/mission.js';
import { COLUMNS, exportCells, type Cell, type ExportRow } from './export-columns.js';

export type { ExportRow } from './export-columns.js';

/**
 * The CSV export: RFC 4180 (comma, CRLF, fields with comma, quote or line break quoted, quotes
 * doubled), UTF-8, by default after a byte-order mark. Row 1 names the columns; row 2 carries HXL
 * hashtags so humanitarian tools (HXL Proxy, HDX, Kobo) read it without mapping.
 */

/**
 * Excel reads a CSV as UTF-8 only after this mark, and LibreOffice's default import guesses from it:
 * without it "Zaïre" opens as "ZaÃ¯re". Tools that choke on it ask for bom=false.
 */
const BOM = '\uFEFF';

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: Cell): string {
  if (value === null) return '';
  const text = value instanceof Date ? iso(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(values: Cell[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvHeader(bom = true): string {
  return (bom ? BOM : '') + csvLine(COLUMNS.map((c) => c.name)) + csvLine(COLUMNS.map((c) => c.hxl));
}

export function csvRow(row: ExportRow, mission: Mission, restrictedRead: boolean): string {
  return csvLine(exportCells(row, mission, restrictedRead));
}

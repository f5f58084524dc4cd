import ExcelJS from 'exceljs';
import type { Mission } from '../config/mission.js';
import { COLUMNS, exportCells, type ExportRow } from './export-columns.js';

/**
 * The XLSX export: the CSV's columns and cells (one row builder), as a spreadsheet opens them
 * without an import dialogue: row 1 the column names, row 2 the HXL hashtags, both frozen; dates
 * as dates (UTC, shown as the CSV writes them), counts as numbers, text as text: nothing is ever
 * written as a formula.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Shown exactly as the CSV writes a date, so a sheet saved back to CSV gives the same text.
const DATE_FORMAT = 'yyyy-mm-dd"T"hh:mm:ss"Z"';

export class XlsxExport {
  private readonly workbook = new ExcelJS.Workbook();
  private readonly sheet: ExcelJS.Worksheet;

  constructor(private readonly mission: Mission, private readonly restrictedRead: boolean, created: Date) {
    this.workbook.creator = 'Veille';
    this.workbook.created = created;
    this.workbook.modified = created;
    this.sheet = this.workbook.addWorksheet('alerts', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
    this.sheet.columns = COLUMNS.map((c) => ({
      key: c.name,
      width: c.kind === 'date' ? 21 : c.kind === 'number' ? 10 : c.name === 'description' ? 60 : 16,
      ...(c.kind === 'date' ? { style: { numFmt: DATE_FORMAT } } : {}),
    }));
    // Header rows as plain text: the hashtags and names are never dates or numbers.
    const header = this.sheet.getRow(1);
    header.values = COLUMNS.map((c) => c.name);
    header.font = { bold: true };
    this.sheet.getRow(2).values = COLUMNS.map((c) => c.hxl);
    for (const row of [header, this.sheet.getRow(2)]) row.eachCell((cell) => (cell.numFmt = '@'));
  }

  add(row: ExportRow): void {
    // exportCells gives strings, numbers, Dates or null: exceljs writes a string as a shared
    // string, never a formula (formulas would need { formula } objects, which are never built here).
    this.sheet.addRow(exportCells(row, this.mission, this.restrictedRead).map((v) => v ?? undefined));
  }

  async buffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }
}

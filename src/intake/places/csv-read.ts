/**
 * Reads a CSV table as spreadsheet programs and OCHA's downloads write it: comma separated, quoted
 * fields with doubled quotes, CRLF or LF line ends, an optional UTF-8 byte-order mark. Returns the
 * records, or the line where a quote was left open.
 */
export function readCsv(text: string): { ok: true; records: string[][] } | { ok: false; line: number; reason: string } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      startLine = line;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted) return { ok: false, line: startLine, reason: 'a quoted field is never closed' };
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  // Blank lines (often at the end) are not records.
  return { ok: true, records: records.filter((r) => !(r.length === 1 && r[0] === '')) };
}

/**
 * A strict RFC 4180 reader, as a spreadsheet import would be: CRLF records, quoted fields with
 * doubled quotes, no stray quote in an unquoted field, every record as wide as the header.
 */
export function parseCsvStrict(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV: ${why} at character ${i}`);
  };
  while (i < text.length) {
    if (text[i] === '"') {
      if (field !== '') fail('quote inside an unquoted field');
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') fail('text after a closing quote');
      continue;
    }
    if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
      continue;
    }
    if (text[i] === '\r') {
      if (text[i + 1] !== '\n') fail('CR without LF');
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
      continue;
    }
    if (text[i] === '\n') fail('bare LF as a record end');
    field += text[i++];
  }
  if (field !== '' || record.length > 0) fail('last record not ended by CRLF');
  const width = records[0]?.length ?? 0;
  records.forEach((r, n) => {
    if (r.length !== width) throw new Error(`CSV: record ${n + 1} has ${r.length} fields, the header ${width}`);
  });
  return records;
}

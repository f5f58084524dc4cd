import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createVeilleClient } from '../api/client.js';
import type { components, operations } from '../api/schema.js';

/**
 * `npm run export -- --since 2026-11-01 --format csv|xlsx|json [--no-bom] [--url …] [--token …] [--out file]`:
 * the alerts from a running Veille, through the same typed client the tests use. The token comes
 * from --token or VEILLE_API_TOKEN.
 */

type Filters = NonNullable<operations['exportCsv']['parameters']['query']>;
type Status = components['schemas']['Status'];
type Priority = components['schemas']['Priority'];
type Category = components['schemas']['Category'];

export interface ExportIo {
  /** Where the export goes: the --out file, or stdout. */
  open(path: string | undefined): (chunk: string | Uint8Array) => void | Promise<void>;
  err(line: string): void;
  /** Messages for the terminal (--help); absent, they go to stderr. */
  out?(line: string): void;
  fetch?: (request: Request) => Promise<Response>;
}

const USAGE = `Usage: npm run export -- [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--format csv|xlsx|json] [--no-bom]
  [--status new] [--priority high] [--category abduction] [--place beni] [--section poc]
  [--url http://localhost:3000] [--token <token>] [--out file]
The token (scope alerts:read) comes from --token or VEILLE_API_TOKEN.
The CSV starts with a UTF-8 byte-order mark (Excel and LibreOffice then read accents right);
--no-bom leaves it out. --format xlsx needs --out (it is not text for a terminal).
Examples:
  npm run export -- --since 2026-11-01 --format xlsx --out alerts.xlsx
  npm run export -- --place beni-territory --no-bom --out alerts.csv`;

const list = (values: string[] | undefined) => (values?.length ? values.flatMap((v) => v.split(',')).filter(Boolean) : undefined);

/** Runs the export; returns the exit code. */
export async function runExport(argv: string[], env: NodeJS.ProcessEnv, io: ExportIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        until: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        'no-bom': { type: 'boolean' },
        status: { type: 'string', multiple: true },
        priority: { type: 'string', multiple: true },
        category: { type: 'string', multiple: true },
        place: { type: 'string' },
        section: { type: 'string' },
        url: { type: 'string' },
        token: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out?.(USAGE);
    return 0;
  }
  const token = values.token ?? env.VEILLE_API_TOKEN;
  if (!token) {
    io.err(`No token: pass --token or set VEILLE_API_TOKEN.\n${USAGE}`);
    return 2;
  }
  if (values.format !== 'csv' && values.format !== 'xlsx' && values.format !== 'json') {
    io.err(`--format is csv, xlsx or json.\n${USAGE}`);
    return 2;
  }
  if (values.format === 'xlsx' && !values.out) {
    io.err(`--format xlsx writes a file: give --out alerts.xlsx.\n${USAGE}`);
    return 2;
  }
  if (values['no-bom'] && values.format !== 'csv') {
    io.err(`--no-bom is for --format csv only.\n${USAGE}`);
    return 2;
  }
  const baseUrl = values.url ?? `http://localhost:${env.PORT || 3000}`;
  const client = createVeilleClient({ baseUrl, token, ...(io.fetch ? { fetch: io.fetch } : {}) });
  // The server checks the values; the types here are the document's, not a promise about them.
  const filters: Filters = {
    since: values.since,
    until: values.until,
    status: list(values.status) as Status[] | undefined,
    priority: list(values.priority) as Priority[] | undefined,
    category: list(values.category) as Category[] | undefined,
    place: values.place,
    section: values.section,
  };
  const failed = (error: { error: { message: string; field?: string } } | undefined, status: number) => {
    io.err(`Export failed (${status}): ${error?.error.message ?? 'no answer'}${error?.error.field ? ` [${error.error.field}]` : ''}`);
    return 1;
  };
  const write = io.open(values.out);
  try {
    if (values.format === 'csv') {
      // As bytes: decoding as text would drop the byte-order mark.
      const query = { ...filters, ...(values['no-bom'] ? { bom: 'false' as const } : {}) };
      const { data, error, response } = await client.GET('/api/v1/export.csv', { params: { query }, parseAs: 'arrayBuffer' });
      if (data === undefined) return failed(error, response.status);
      await write(new Uint8Array(data));
      return 0;
    }
    if (values.format === 'xlsx') {
      const { data, error, response } = await client.GET('/api/v1/export.xlsx', { params: { query: filters }, parseAs: 'arrayBuffer' });
      if (data === undefined) return failed(error, response.status);
      await write(new Uint8Array(data));
      return 0;
    }
    // JSON: every page, oldest first, as one array.
    await write('[');
    let cursor: string | undefined;
    let first = true;
    for (;;) {
      const { data, error, response } = await client.GET('/api/v1/alerts', { params: { query: { ...filters, cursor, limit: 500 } } });
      if (!data) return failed(error, response.status);
      for (const alert of data.alerts) {
        await write(`${first ? '\n' : ',\n'}${JSON.stringify(alert)}`);
        first = false;
      }
      if (!data.hasMore || !data.nextCursor) break;
      cursor = data.nextCursor;
    }
    await write(first ? ']\n' : '\n]\n');
    return 0;
  } catch (error) {
    io.err(`Export failed: cannot reach ${baseUrl} (${(error as Error).message}).`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let file: ReturnType<typeof createWriteStream> | null = null;
  const open = (path: string | undefined) => {
    const stream = path ? (file = createWriteStream(path)) : process.stdout;
    return (chunk: string | Uint8Array) => new Promise<void>((resolve, reject) => stream.write(chunk, (e) => (e ? reject(e) : resolve())));
  };
  const code = await runExport(process.argv.slice(2), process.env, { open, err: (l) => console.error(l), out: (l) => console.log(l) });
  if (file) await new Promise<void>((resolve) => file!.end(resolve));
  process.exit(code);
}

import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { isScope, listTokens, revokeToken, createToken, SCOPES, type Scope } from '../api/tokens.js';
import { systemClock, type Clock } from '../clock.js';
import { readEnv } from '../config/env.js';
import { openDatabase, type Db } from '../store/db.js';
import type { CliIo } from './io.js';
import { runOnDatabase } from './written-to.js';

/**
 * `npm run token -- create --name kobo --scopes alerts:write` · `list` · `revoke --name kobo`.
 * The token is printed once and stored only as its SHA-256: lost means revoke and create again.
 */

export type { CliIo };

const USAGE = `Usage:
  npm run token -- create --name <name> --scopes <scope>[,<scope>…]
  npm run token -- list
  npm run token -- revoke --name <name>
Scopes: ${SCOPES.join(', ')}. restricted:read adds restricted details and source identities to reads.
DATABASE_PATH picks the database (default data/veille.db): the one the running Veille uses.`;

const when = (ms: number | null) => (ms === null ? '—' : new Date(ms).toISOString().slice(0, 16).replace('T', ' '));

/** Runs one token command against the database; returns the exit code. */
export function runTokenCommand(argv: string[], db: Db, clock: Clock, io: CliIo, actor = 'cli'): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, scopes: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...extra] = parsed.positionals;
  const { name, scopes = [] } = parsed.values;
  if (extra.length > 0) {
    io.err(`Unexpected ${extra.join(' ')}.\n${USAGE}`);
    return 2;
  }
  switch (command) {
    case 'create': {
      const wanted = scopes.flatMap((s) => s.split(/[\s,]+/)).filter(Boolean);
      const unknown = wanted.filter((s) => !isScope(s));
      if (!name || wanted.length === 0 || unknown.length > 0) {
        io.err(`${unknown.length ? `Unknown scope ${unknown.join(', ')}. ` : ''}create needs --name and --scopes.\n${USAGE}`);
        return 2;
      }
      const outcome = createToken(db, { name, scopes: wanted as Scope[], at: clock.now(), actor });
      if (!outcome.ok) {
        const why = {
          bad_name: 'A name is 1–40 letters, digits, dots, dashes or underscores, starting with a letter or digit.',
          no_scopes: 'Give at least one scope.',
          name_taken: `A live token is already named "${name}"; revoke it first or choose another name.`,
        }[outcome.reason];
        io.err(why);
        return 1;
      }
      io.out(outcome.token);
      io.err(`Token "${name}" created with ${outcome.record.scopes.join(', ')}. It is shown this once and stored only as a hash: copy it now.`);
      return 0;
    }
    case 'list': {
      const tokens = listTokens(db);
      if (tokens.length === 0) {
        io.out('No tokens. Create one with: npm run token -- create --name <name> --scopes alerts:read');
        return 0;
      }
      io.out(['name', 'scopes', 'created (UTC)', 'last used (UTC)', 'state'].join('\t'));
      for (const t of tokens) io.out([t.name, t.scopes.join(','), when(t.createdAt), when(t.lastUsedAt), t.revokedAt === null ? 'live' : `revoked ${when(t.revokedAt)}`].join('\t'));
      return 0;
    }
    case 'revoke': {
      if (!name) {
        io.err(`revoke needs --name.\n${USAGE}`);
        return 2;
      }
      if (!revokeToken(db, name, clock.now(), actor)) {
        io.err(`No live token named "${name}".`);
        return 1;
      }
      io.out(`Token "${name}" revoked: requests with it now get 401.`);
      return 0;
    }
    default:
      io.err(`${command ? `Unknown command ${command}.` : 'Which command: create, list or revoke?'}\n${USAGE}`);
      return 2;
  }
}

/**
 * The command as `npm run token` runs it: on DATABASE_PATH, saying which database it changed and
 * warning when no Veille runs on it — a token written to the wrong file would never work.
 */
export function runTokenCli(argv: string[], env: NodeJS.ProcessEnv, clock: Clock, io: CliIo): number {
  const databasePath = readEnv(env).DATABASE_PATH;
  let command: string | undefined;
  let help = false;
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, scopes: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
    [command] = parsed.positionals;
    help = parsed.values.help === true;
  } catch {
    command = undefined; // runTokenCommand says what is wrong
  }
  if (help || !['create', 'list', 'revoke'].includes(command ?? '')) {
    const db = openDatabase(':memory:'); // usage and refusals need no database
    try {
      return runTokenCommand(argv, db, clock, io);
    } finally {
      db.close();
    }
  }
  return runOnDatabase(databasePath, command !== 'list', io, (db) => runTokenCommand(argv, db, clock, io));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(runTokenCli(process.argv.slice(2), process.env, systemClock, { out: (l) => console.log(l), err: (l) => console.error(l) }));
}

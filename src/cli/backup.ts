import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { backup, restore, RestoreRefused } from '../store/backup.js';
import { DatabaseInUseError } from '../store/instance-lock.js';
import type { CliIo } from './io.js';

export { backup, restore } from '../store/backup.js';

const BACKUP_USAGE = `Usage: npm run backup [-- <file>]
  A consistent copy of the database (DATABASE_PATH, default data/veille.db), safe while Veille runs.
  Without <file>: data/backups/veille-<UTC time>.db. The copy is one self-contained file.`;

const RESTORE_USAGE = `Usage: npm run restore -- [--force] <backup file>
  Puts a backup back as the database (DATABASE_PATH, default data/veille.db). Stop Veille first.
  Refuses a backup older than the database unless --force; the replaced database is kept beside it
  (<database>.before-restore-<time>) and new references continue after the highest ever issued.`;

const stamp = (date = new Date()) => date.toISOString().replace(/[:.]/g, '-').slice(0, 19);

/** `npm run backup` / `npm run restore`; returns the exit code. */
export async function runBackupCommand(command: 'backup' | 'restore', argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const usage = command === 'backup' ? BACKUP_USAGE : RESTORE_USAGE;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, ...(command === 'restore' ? { force: { type: 'boolean' } } : {}) } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 64;
  }
  if (parsed.values.help) {
    io.out(usage);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (extra.length > 0 || (command === 'restore' && !file)) {
    io.err(`${extra.length > 0 ? `Unexpected argument ${extra.join(' ')}.` : 'Which backup? Give its file.'}\n${usage}`);
    return 64;
  }
  const databasePath = env.DATABASE_PATH?.trim() || 'data/veille.db';
  try {
    if (command === 'backup') {
      const target = file ?? join('data', 'backups', `veille-${stamp()}.db`);
      const { pages } = await backup(databasePath, target);
      io.out(`Backed up ${databasePath} to ${target} (${pages} pages, integrity ok)`);
      return 0;
    }
    const result = restore(file!, databasePath, { force: parsed.values.force === true });
    io.out(`Restored ${file} to ${databasePath}.${result.keptAs ? ` The database it replaced is kept as ${result.keptAs}.` : ''}`);
    io.out(`The next alert will be number ${result.highestAlert + 1}.${result.postsToCheck ? ` ${result.postsToCheck} pending post(s) will be checked against Slack before they are sent.` : ''} Start Veille again.`);
    return 0;
  } catch (error) {
    const refused = error instanceof RestoreRefused || error instanceof DatabaseInUseError;
    io.err(`${command === 'backup' ? 'Backup' : 'Restore'} ${refused ? 'refused' : 'failed'}: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, ...argv] = process.argv.slice(2);
  const code = await runBackupCommand(command === 'restore' ? 'restore' : 'backup', argv, process.env, { out: (l) => console.log(l), err: (l) => console.error(l) });
  process.exit(code);
}

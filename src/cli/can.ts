import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { systemClock, type Clock } from '../clock.js';
import { readEnv } from '../config/env.js';
import { loadMission, type Place } from '../config/mission.js';
import { MIN_KEY_LENGTH, readHashKey, type KeyRead } from '../gateways/network/key.js';
import { addMember, listMembers, MAX_NAME_LENGTH, membersUnderOtherKeys, removeMember } from '../gateways/network/members.js';
import { createGazetteer, type Gazetteer } from '../intake/index.js';
import { openDatabase, type Db } from '../store/db.js';
import type { CliIo } from './io.js';
import { runOnDatabase } from './written-to.js';

/**
 * `npm run can -- add --phone +243… --place kamango --name "CAN Kamango"` · `list` · `remove`.
 * Known community-alert-network members: their numbers are kept only as keyed hashes.
 */

const USAGE = `Usage:
  npm run can -- add --phone <international number> --place <place> --name <name>
  npm run can -- list
  npm run can -- remove --phone <international number>
  npm run can -- remove --id <id shown by list>

Known community-alert-network members. An SMS from a registered number gets the member's place when
its text names none, and its alert says it came from a known network member; any other number is
logged too, as an unverified source. Numbers are stored only as HMAC-SHA256 hashes keyed with
INTAKE_HASH_KEY (the running Veille's, at least ${MIN_KEY_LENGTH} characters): list shows names and
places, never a number. The place is a gazetteer id or name.

Examples:
  npm run can -- add --phone "+243 81 234 5678" --place kamango --name "CAN Kamango"
  npm run can -- add --phone 00243997000111 --place "Mambasa Centre" --name "CAN Mambasa, président"
  npm run can -- list
  npm run can -- remove --phone +243812345678
  npm run can -- remove --id 3

DATABASE_PATH picks the database (default data/veille.db) and MISSION_CONFIG the mission (its gazetteer).`;

const KEY_MISSING = `INTAKE_HASH_KEY is not set. Numbers are stored only as hashes keyed with it, so registering or
finding a number needs the same key as the running Veille. Set it (at least ${MIN_KEY_LENGTH} characters,
e.g. from \`openssl rand -hex 32\`) in this shell and in Veille's environment. Nothing was changed.`;
const KEY_SHORT = `INTAKE_HASH_KEY is shorter than ${MIN_KEY_LENGTH} characters: a short key lets anyone with a copy of the
database find the numbers by trying them all. Use a longer one (e.g. from \`openssl rand -hex 32\`). Nothing was changed.`;
const OTHER_KEY = `The numbers already registered were hashed with another INTAKE_HASH_KEY: with this one they would never
be recognised. Use the key the running Veille has. (A new key means registering every number again:
remove them with \`remove --id\`, then add them with the new key.) Nothing was changed.`;

const OPTIONS = {
  phone: { type: 'string' },
  place: { type: 'string' },
  name: { type: 'string' },
  id: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface CanContext {
  db: Db;
  gazetteer: Gazetteer;
  key: KeyRead;
  clock: Clock;
  io: CliIo;
  actor?: string;
}

function placeOf(gazetteer: Gazetteer, text: string): Place | { near: string[] } {
  const place = gazetteer.byId(text.trim()) ?? gazetteer.lookup(text);
  if (place) return place;
  let near: string[] = [];
  for (let n = text.trim().length; n >= 3 && near.length === 0; n--) near = gazetteer.search(text.trim().slice(0, n), 3).map((p) => `${p.name} (${p.id})`);
  return { near };
}

const placeLabel = (gazetteer: Gazetteer, id: string) => {
  const place = gazetteer.byId(id);
  return place ? `${place.name} (${place.id})` : `${id} (no longer in the gazetteer)`;
};

/** Runs one `can` command; returns the exit code. */
export function runCanCommand(argv: string[], { db, gazetteer, key, clock, io, actor = 'cli' }: CanContext): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...extra] = parsed.positionals;
  if (extra.length > 0) {
    io.err(`Unexpected ${extra.join(' ')} (quote a name with spaces: --name "CAN Kamango").\n${USAGE}`);
    return 2;
  }
  const { phone, place: placeText, name, id } = parsed.values;
  const needKey = (): string | null => {
    if (key.ok) return key.key;
    io.err(key.reason === 'missing' ? KEY_MISSING : KEY_SHORT);
    return null;
  };
  switch (command) {
    case 'add': {
      if (!phone || !placeText || !name) {
        io.err(`add needs --phone, --place and --name.\n${USAGE}`);
        return 2;
      }
      const secret = needKey();
      if (secret === null) return 1;
      const place = placeOf(gazetteer, placeText);
      if ('near' in place) {
        io.err(`"${placeText.slice(0, 80)}" is not in the gazetteer.${place.near.length ? ` Nearest: ${place.near.join(', ')}.` : ''} Nothing was changed.`);
        return 1;
      }
      const outcome = addMember(db, secret, { phone, name, placeId: place.id, at: clock.now(), actor });
      if (!outcome.ok) {
        const why = {
          bad_phone: 'The number is not an international number: give it with its country code, as +243 81 234 5678 or 00243812345678.',
          bad_name: `A name is 1–${MAX_NAME_LENGTH} characters on one line.`,
          already_registered: `This number is already registered (#${outcome.member?.id}, "${outcome.member?.name}" at ${outcome.member ? placeLabel(gazetteer, outcome.member.placeId) : ''}). Remove it first to change it.`,
          other_key: OTHER_KEY,
        }[outcome.reason];
        io.err(outcome.reason === 'other_key' ? why : `${why} Nothing was changed.`);
        return 1;
      }
      io.out(`Added #${outcome.member.id} "${outcome.member.name}" at ${placeLabel(gazetteer, place.id)}. The number is stored only as a keyed hash.`);
      return 0;
    }
    case 'list': {
      const members = listMembers(db);
      if (members.length === 0) {
        io.out('No known network members. Add one with: npm run can -- add --phone +243… --place kamango --name "CAN Kamango"');
        return 0;
      }
      io.out(['id', 'name', 'place', 'added (UTC)'].join('\t'));
      for (const m of members) io.out([`#${m.id}`, m.name, placeLabel(gazetteer, m.placeId), day(m.addedAt)].join('\t'));
      const unmatched = key.ok ? membersUnderOtherKeys(db, key.key) : 0;
      if (unmatched > 0) io.err(`Warning: ${unmatched} of these numbers were hashed with another INTAKE_HASH_KEY: with this key Veille does not recognise them.`);
      return 0;
    }
    case 'remove': {
      if ((phone === undefined) === (id === undefined)) {
        io.err(`remove needs --phone or --id (one of them).\n${USAGE}`);
        return 2;
      }
      let which: { phone: string } | { id: number };
      if (id !== undefined) {
        const n = Number(id.replace(/^#/, ''));
        if (!Number.isInteger(n) || n < 1) {
          io.err(`--id: the number list shows, such as 3 or #3.`);
          return 2;
        }
        which = { id: n };
      } else {
        if (needKey() === null) return 1;
        which = { phone: phone! };
      }
      const outcome = removeMember(db, key.ok ? key.key : null, which, clock.now(), actor);
      if (!outcome.ok) {
        io.err(
          outcome.reason === 'bad_phone'
            ? 'The number is not an international number: give it with its country code, as +243 81 234 5678. Nothing was changed.'
            : `No known member ${'id' in which ? `#${which.id}` : 'with this number'}. Nothing was changed.`,
        );
        return 1;
      }
      io.out(`Removed #${outcome.member.id} "${outcome.member.name}" (${placeLabel(gazetteer, outcome.member.placeId)}): SMS from this number are now logged as from an unverified source.`);
      return 0;
    }
    default:
      io.err(`${command ? `Unknown command ${command}.` : 'Which command: add, list or remove?'}\n${USAGE}`);
      return 2;
  }
}

/** The command as `npm run can` runs it: on DATABASE_PATH, with MISSION_CONFIG's gazetteer and INTAKE_HASH_KEY. */
export function runCanCli(argv: string[], env: NodeJS.ProcessEnv, clock: Clock, io: CliIo): number {
  const { DATABASE_PATH: databasePath, MISSION_CONFIG: missionPath } = readEnv(env);
  let command: string | undefined;
  let help = false;
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    [command] = parsed.positionals;
    help = parsed.values.help === true;
  } catch {
    command = undefined; // runCanCommand says what is wrong
  }
  const key = readHashKey(env);
  // Usage and refusals (no key to add with) need no database: no file is created or touched.
  if (help || !['add', 'list', 'remove'].includes(command ?? '') || (command === 'add' && !key.ok)) {
    const db = openDatabase(':memory:');
    try {
      return runCanCommand(argv, { db, gazetteer: createGazetteer([]), key, clock, io });
    } finally {
      db.close();
    }
  }
  const gazetteer = createGazetteer(loadMission(missionPath).places);
  return runOnDatabase(databasePath, command !== 'list', io, (db) => runCanCommand(argv, { db, gazetteer, key, clock, io }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(runCanCli(process.argv.slice(2), process.env, systemClock, { out: (l) => console.log(l), err: (l) => console.error(l) }));
}

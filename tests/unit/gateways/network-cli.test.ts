import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCanCli, runCanCommand } from '../../../src/cli/can.js';
import { ManualClock } from '../../../src/clock.js';
import { loadMission } from '../../../src/config/mission.js';
import { readHashKey } from '../../../src/gateways/network/key.js';
import { findMember } from '../../../src/gateways/network/members.js';
import { createGazetteer } from '../../../src/intake/index.js';
import { openDatabase, type Db } from '../../../src/store/db.js';

const KEY = 'test-intake-hash-key-0123456789';
const clock = new ManualClock(Date.UTC(2026, 10, 22, 6, 0, 0));
const gazetteer = createGazetteer(loadMission('data/mission.example.json').places);

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function can(argv: string[], env: NodeJS.ProcessEnv = { INTAKE_HASH_KEY: KEY }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCanCommand(argv, { db, gazetteer, key: readHashKey(env), clock, io: { out: (l) => out.push(l), err: (l) => err.push(l) } });
  return { code, out, err };
}

describe('npm run can', () => {
  it('adds a member at a gazetteer place, found by name or id; the number is not echoed or stored', () => {
    const added = can(['add', '--phone', '+243 81 234 5678', '--place', 'kamango', '--name', 'CAN Kamango']);
    expect(added).toEqual({ code: 0, out: ['Added #1 "CAN Kamango" at Kamango (kamango). The number is stored only as a keyed hash.'], err: [] });
    expect(can(['add', '--phone', '00243997000111', '--place', 'Mambasa Centre', '--name', 'CAN Mambasa']).out[0]).toBe(
      'Added #2 "CAN Mambasa" at Mambasa Centre (mambasa-centre). The number is stored only as a keyed hash.',
    );
    expect(findMember(db, KEY, '+243812345678')).toMatchObject({ name: 'CAN Kamango', placeId: 'kamango' });
    const everything = JSON.stringify(db.prepare('SELECT * FROM network_members').all()) + JSON.stringify(db.prepare('SELECT * FROM events').all());
    expect(everything).not.toMatch(/812345678|997000111/);
  });

  it('lists name, place and date added, never a number', () => {
    can(['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'CAN Kamango']);
    clock.advance(24 * 60 * 60 * 1000);
    can(['add', '--phone', '+243997000111', '--place', 'drodro', '--name', 'CAN Drodro']);
    const listed = can(['list'], {});
    expect(listed).toEqual({
      code: 0,
      out: ['id\tname\tplace\tadded (UTC)', '#2\tCAN Drodro\tDrodro (drodro)\t2026-11-23', '#1\tCAN Kamango\tKamango (kamango)\t2026-11-22'],
      err: [],
    });
    expect(listed.out.join('\n')).not.toMatch(/\+?243|812|997/);
  });

  it('refuses clearly without the key, with a short key, with an unknown place, a local number or a missing option; nothing changes', () => {
    const noKey = can(['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'CAN Kamango'], {});
    expect(noKey.code).toBe(1);
    expect(noKey.err.join('\n')).toContain('INTAKE_HASH_KEY is not set');
    expect(noKey.err.join('\n')).toContain('Nothing was changed');
    expect(can(['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'x'], { INTAKE_HASH_KEY: 'short' }).err.join('\n')).toContain(
      'INTAKE_HASH_KEY is shorter than 16 characters',
    );
    expect(can(['add', '--phone', '+243812345678', '--place', 'Kamangoo', '--name', 'CAN Kamango'])).toMatchObject({
      code: 1,
      err: ['"Kamangoo" is not in the gazetteer. Nearest: Kamango (kamango). Nothing was changed.'],
    });
    expect(can(['add', '--phone', '0812345678', '--place', 'kamango', '--name', 'CAN Kamango']).err[0]).toMatch(/^The number is not an international number: give it with its country code/);
    expect(can(['add', '--phone', '+243812345678', '--place', 'kamango'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^add needs --phone, --place and --name\./)] });
    expect(can(['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'CAN', 'Kamango']).err[0]).toMatch(/quote a name with spaces/);
    expect(db.prepare('SELECT COUNT(*) FROM network_members').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(0);
  });

  it('refuses a number already registered, naming who has it', () => {
    can(['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'CAN Kamango']);
    expect(can(['add', '--phone', '00243 812 345 678', '--place', 'oicha', '--name', 'CAN Oicha'])).toMatchObject({
      code: 1,
      err: ['This number is already registered (#1, "CAN Kamango" at Kamango (kamango)). Remove it first to change it. Nothing was changed.'],
    });
  });

  it('refuses to mix keys: numbers hashed with another key would never be recognised', () => {
    can(['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'CAN Kamango']);
    const other = { INTAKE_HASH_KEY: 'a-different-key-0123456789' };
    const refused = can(['add', '--phone', '+243997000111', '--place', 'drodro', '--name', 'CAN Drodro'], other);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/^The numbers already registered were hashed with another INTAKE_HASH_KEY/);
    expect(can(['list'], other).err).toEqual(['Warning: 1 of these numbers were hashed with another INTAKE_HASH_KEY: with this key Veille does not recognise them.']);
  });

  it('removes by number (with the key) or by id (without); an unknown one is said', () => {
    can(['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'CAN Kamango']);
    can(['add', '--phone', '+243997000111', '--place', 'drodro', '--name', 'CAN Drodro']);
    expect(can(['remove', '--phone', '+243 81 234 5678'])).toEqual({
      code: 0,
      out: ['Removed #1 "CAN Kamango" (Kamango (kamango)): SMS from this number are now logged as from an unverified source.'],
      err: [],
    });
    expect(can(['remove', '--phone', '+243812345678'])).toMatchObject({ code: 1, err: ['No known member with this number. Nothing was changed.'] });
    expect(can(['remove', '--phone', '+243997000111'], {}).err.join('\n')).toContain('INTAKE_HASH_KEY is not set');
    expect(can(['remove', '--id', '#2'], {})).toMatchObject({ code: 0, out: [expect.stringMatching(/^Removed #2 "CAN Drodro"/)] });
    expect(can(['remove', '--id', '2'])).toMatchObject({ code: 1, err: ['No known member #2. Nothing was changed.'] });
    expect(can(['remove'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^remove needs --phone or --id/)] });
    expect(can(['list']).out).toEqual(['No known network members. Add one with: npm run can -- add --phone +243… --place kamango --name "CAN Kamango"']);
  });

  it('answers --help with usage and examples', () => {
    const help = can(['--help']);
    expect(help.code).toBe(0);
    expect(help.out[0]).toContain('npm run can -- add --phone <international number> --place <place> --name <name>');
    expect(help.out[0]).toContain('Examples:\n  npm run can -- add --phone "+243 81 234 5678" --place kamango --name "CAN Kamango"');
    expect(can(['frobnicate'])).toMatchObject({ code: 2, err: [expect.stringMatching(/^Unknown command frobnicate\.\nUsage:/)] });
  });
});

describe('npm run can against DATABASE_PATH', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'veille-can-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses without the key before creating any database file, and writes to the file once it has one', () => {
    const path = join(dir, 'veille.db');
    const err: string[] = [];
    const io = { out: () => undefined, err: (l: string) => err.push(l) };
    const argv = ['add', '--phone', '+243812345678', '--place', 'kamango', '--name', 'CAN Kamango'];
    expect(runCanCli(argv, { DATABASE_PATH: path }, clock, io)).toBe(1);
    expect(err[0]).toContain('INTAKE_HASH_KEY is not set');
    expect(existsSync(path)).toBe(false);
    expect(runCanCli(argv, { DATABASE_PATH: path, INTAKE_HASH_KEY: KEY }, clock, io)).toBe(0);
    expect(err.at(-1)).toContain(`Written to ${path}. Warning: no Veille is running on this database`);
    const written = openDatabase(path);
    try {
      expect(findMember(written, KEY, '+243812345678')).toMatchObject({ name: 'CAN Kamango' });
    } finally {
      written.close();
    }
  });
});

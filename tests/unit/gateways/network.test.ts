import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyId, phoneHash, readHashKey } from '../../../src/gateways/network/key.js';
import { registryWarnings } from '../../../src/gateways/network/check.js';
import { addMember, findMember, listMembers, removeMember } from '../../../src/gateways/network/members.js';
import { toE164 } from '../../../src/gateways/network/phone.js';
import { openDatabase, type Db } from '../../../src/store/db.js';

const KEY = 'test-intake-hash-key-0123456789';
const AT = Date.UTC(2026, 10, 22, 6, 0, 0);

describe('phone numbers in E.164', () => {
  it.each([
    ['+243 81 234 5678', '+243812345678'],
    ['+243-812-345-678', '+243812345678'],
    ['00243 812 345 678', '+243812345678'],
    ['+243 (0)81 234 5678', '+243812345678'],
    ['tel:+243812345678', '+243812345678'],
    ['whatsapp:+243812345678', '+243812345678'],
    ['+1 (415) 555.0100', '+14155550100'],
  ])('%s is %s', (given, e164) => {
    expect(toE164(given)).toBe(e164);
  });

  it.each(['0812345678', '812345678', '+0243812345678', '+243 81 2', '+2438123456789012', 'CAN Kamango', '', '+243 81 234 5678 ext 2'])(
    '%j is not an international number',
    (given) => {
      expect(toE164(given)).toBeNull();
    },
  );
});

describe('INTAKE_HASH_KEY', () => {
  it('is missing, too short, or a key', () => {
    expect(readHashKey({})).toEqual({ ok: false, reason: 'missing' });
    expect(readHashKey({ INTAKE_HASH_KEY: '   ' })).toEqual({ ok: false, reason: 'missing' });
    expect(readHashKey({ INTAKE_HASH_KEY: 'short-key' })).toEqual({ ok: false, reason: 'too_short' });
    expect(readHashKey({ INTAKE_HASH_KEY: KEY })).toEqual({ ok: true, key: KEY });
  });

  it('hashes the E.164 number with HMAC-SHA256', () => {
    expect(phoneHash(KEY, '+243812345678')).toBe(createHmac('sha256', KEY).update('+243812345678').digest('hex'));
    expect(keyId(KEY)).not.toBe(keyId(`${KEY}x`));
    expect(keyId(KEY)).not.toContain(KEY.slice(0, 8));
  });
});

describe('the registry of known network members', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('stores a member as a keyed hash, never the number, with an audit event', () => {
    const added = addMember(db, KEY, { phone: '+243 81 234 5678', name: '  CAN   Kamango ', placeId: 'kamango', at: AT, actor: 'cli' });
    expect(added).toEqual({ ok: true, member: { id: 1, name: 'CAN Kamango', placeId: 'kamango', addedAt: AT } });
    const stored = JSON.stringify(db.prepare('SELECT * FROM network_members').all()) + JSON.stringify(db.prepare('SELECT * FROM events').all());
    expect(stored).not.toMatch(/812\s?345|2345678/);
    expect(stored).toContain(phoneHash(KEY, '+243812345678'));
    expect(db.prepare("SELECT actor, data FROM events WHERE type = 'network_member_added'").get()).toEqual({ actor: 'cli', data: '{"member":1,"place":"kamango"}' });
  });

  it('finds a member by the number however it is written, and no one without the key or with another', () => {
    addMember(db, KEY, { phone: '+243812345678', name: 'CAN Kamango', placeId: 'kamango', at: AT, actor: 'cli' });
    for (const written of ['+243812345678', '00243 81 234 56 78', 'tel:+243812345678', 'whatsapp:+243-812-345-678']) {
      expect(findMember(db, KEY, written)).toMatchObject({ id: 1, name: 'CAN Kamango', placeId: 'kamango' });
    }
    expect(findMember(db, KEY, '+243812345679')).toBeNull();
    expect(findMember(db, KEY, '0812345678')).toBeNull();
    expect(findMember(db, null, '+243812345678')).toBeNull();
    expect(findMember(db, 'another-key-0123456789', '+243812345678')).toBeNull();
  });

  it('refuses a number twice, a local number, a blank name, and a key other than the registry’s', () => {
    addMember(db, KEY, { phone: '+243812345678', name: 'CAN Kamango', placeId: 'kamango', at: AT, actor: 'cli' });
    expect(addMember(db, KEY, { phone: '00243812345678', name: 'Other', placeId: 'oicha', at: AT, actor: 'cli' })).toMatchObject({
      ok: false,
      reason: 'already_registered',
      member: { id: 1 },
    });
    expect(addMember(db, KEY, { phone: '0812345678', name: 'Local', placeId: 'oicha', at: AT, actor: 'cli' })).toEqual({ ok: false, reason: 'bad_phone' });
    expect(addMember(db, KEY, { phone: '+243990000000', name: '   ', placeId: 'oicha', at: AT, actor: 'cli' })).toEqual({ ok: false, reason: 'bad_name' });
    expect(addMember(db, 'another-key-0123456789', { phone: '+243990000000', name: 'CAN Oicha', placeId: 'oicha', at: AT, actor: 'cli' })).toEqual({
      ok: false,
      reason: 'other_key',
    });
    expect(listMembers(db)).toHaveLength(1);
    expect(db.prepare("SELECT COUNT(*) FROM events WHERE type = 'network_member_added'").pluck().get()).toBe(1);
  });

  it('removes by number or by id, with an audit event; the number is then unknown', () => {
    addMember(db, KEY, { phone: '+243812345678', name: 'CAN Kamango', placeId: 'kamango', at: AT, actor: 'cli' });
    addMember(db, KEY, { phone: '+243990000000', name: 'CAN Oicha', placeId: 'oicha', at: AT, actor: 'cli' });
    expect(removeMember(db, KEY, { phone: '00243 81 234 5678' }, AT + 1, 'cli')).toMatchObject({ ok: true, member: { id: 1, name: 'CAN Kamango' } });
    expect(findMember(db, KEY, '+243812345678')).toBeNull();
    expect(removeMember(db, null, { id: 2 }, AT + 2, 'cli')).toMatchObject({ ok: true, member: { name: 'CAN Oicha' } });
    expect(removeMember(db, null, { id: 2 }, AT + 3, 'cli')).toEqual({ ok: false, reason: 'not_found' });
    expect(listMembers(db)).toEqual([]);
    expect(db.prepare("SELECT data FROM events WHERE type = 'network_member_removed' ORDER BY id").pluck().all()).toEqual([
      '{"member":1,"place":"kamango"}',
      '{"member":2,"place":"oicha"}',
    ]);
  });
});

describe('start-up warnings about the registry', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('says when the registry would recognise no one, and nothing when all is well', () => {
    expect(registryWarnings(db, {})).toEqual([]);
    expect(registryWarnings(db, { INTAKE_HASH_KEY: 'short' })).toEqual([
      'INTAKE_HASH_KEY is shorter than 16 characters: the known network members registry is off, every SMS sender is an unverified source',
    ]);
    addMember(db, KEY, { phone: '+243812345678', name: 'CAN Kamango', placeId: 'kamango', at: AT, actor: 'cli' });
    expect(registryWarnings(db, { INTAKE_HASH_KEY: KEY })).toEqual([]);
    expect(registryWarnings(db, {})).toEqual(['INTAKE_HASH_KEY is not set: the 1 known network members registered are not recognised, every SMS sender is an unverified source']);
    expect(registryWarnings(db, { INTAKE_HASH_KEY: 'another-key-0123456789' })).toEqual([
      '1 of the 1 known network members were registered with another INTAKE_HASH_KEY: they are not recognised (register them again with this key)',
    ]);
  });
});

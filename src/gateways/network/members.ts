import type { Db } from '../../store/db.js';
import { statement } from '../../store/db.js';
import { recordEvent } from '../../store/events.js';
import { keyId, phoneHash } from './key.js';
import { toE164 } from './phone.js';

/**
 * The registry of known community-alert-network members: a name, a place, and the keyed hash of a
 * phone number (never the number). An SMS from a registered number takes that place when its text
 * names none, and its alert says it came from a known member.
 */

export interface NetworkMember {
  id: number;
  name: string;
  placeId: string;
  addedAt: number;
}

interface Row {
  id: number;
  name: string;
  place_id: string;
  added_at: number;
}

const toMember = (row: Row): NetworkMember => ({ id: row.id, name: row.name, placeId: row.place_id, addedAt: row.added_at });

export const MAX_NAME_LENGTH = 80;

export type AddOutcome =
  | { ok: true; member: NetworkMember }
  | { ok: false; reason: 'bad_phone' | 'bad_name' | 'already_registered' | 'other_key'; member?: NetworkMember };

/** How many registered numbers were hashed with a key other than this one (they can never match). */
export function membersUnderOtherKeys(db: Db, key: string): number {
  return statement(db, 'SELECT COUNT(*) FROM network_members WHERE key_id <> ?').pluck().get(keyId(key)) as number;
}

/** Registers a number; `placeId` must be a gazetteer id (the caller checks it). One transaction with its event. */
export function addMember(db: Db, key: string, input: { phone: string; name: string; placeId: string; at: number; actor: string }): AddOutcome {
  const e164 = toE164(input.phone);
  if (!e164) return { ok: false, reason: 'bad_phone' };
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name === '' || name.length > MAX_NAME_LENGTH || /[\p{Cc}]/u.test(name)) return { ok: false, reason: 'bad_name' };
  return db.transaction((): AddOutcome => {
    // Mixing keys would leave part of the registry unmatchable without anyone noticing.
    if (membersUnderOtherKeys(db, key) > 0) return { ok: false, reason: 'other_key' };
    const hash = phoneHash(key, e164);
    const existing = statement(db, 'SELECT id, name, place_id, added_at FROM network_members WHERE phone_hash = ?').get(hash) as Row | undefined;
    if (existing) return { ok: false, reason: 'already_registered', member: toMember(existing) };
    const result = statement(db, 'INSERT INTO network_members (phone_hash, key_id, name, place_id, added_at) VALUES (?, ?, ?, ?, ?)').run(
      hash,
      keyId(key),
      name,
      input.placeId,
      input.at,
    );
    const id = Number(result.lastInsertRowid);
    // The audit trail is read widely: it names the member by id and place, never by number.
    recordEvent(db, { alertId: null, at: input.at, actor: input.actor, type: 'network_member_added', data: { member: id, place: input.placeId } });
    return { ok: true, member: { id, name, placeId: input.placeId, addedAt: input.at } };
  })();
}

export function listMembers(db: Db): NetworkMember[] {
  return (statement(db, 'SELECT id, name, place_id, added_at FROM network_members ORDER BY place_id, name, id').all() as Row[]).map(toMember);
}

export type RemoveOutcome = { ok: true; member: NetworkMember } | { ok: false; reason: 'bad_phone' | 'not_found' };

/** Removes a member found by phone number (hashed with `key`) or by its id in `list`. */
export function removeMember(db: Db, key: string | null, which: { phone: string } | { id: number }, at: number, actor: string): RemoveOutcome {
  let hash: string | null = null;
  if ('phone' in which) {
    const e164 = toE164(which.phone);
    if (!e164 || key === null) return { ok: false, reason: 'bad_phone' };
    hash = phoneHash(key, e164);
  }
  return db.transaction((): RemoveOutcome => {
    const row = (
      hash !== null
        ? statement(db, 'SELECT id, name, place_id, added_at FROM network_members WHERE phone_hash = ?').get(hash)
        : statement(db, 'SELECT id, name, place_id, added_at FROM network_members WHERE id = ?').get((which as { id: number }).id)
    ) as Row | undefined;
    if (!row) return { ok: false, reason: 'not_found' };
    statement(db, 'DELETE FROM network_members WHERE id = ?').run(row.id);
    recordEvent(db, { alertId: null, at, actor, type: 'network_member_removed', data: { member: row.id, place: row.place_id } });
    return { ok: true, member: toMember(row) };
  })();
}

/**
 * The member an SMS sender is, or null: an unknown number, a number that is not international, or
 * no key (registry off). What the gateways' lookupMember hook calls.
 */
export function findMember(db: Db, key: string | null, phone: string): NetworkMember | null {
  if (!key) return null;
  const e164 = toE164(phone);
  if (!e164) return null;
  const row = statement(db, 'SELECT id, name, place_id, added_at FROM network_members WHERE phone_hash = ?').get(phoneHash(key, e164)) as Row | undefined;
  return row ? toMember(row) : null;
}

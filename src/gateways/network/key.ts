import { createHmac } from 'node:crypto';

/**
 * INTAKE_HASH_KEY: the key of the known members' phone hashes. Without it the registry is off: the
 * CLI refuses to add anyone, and every SMS sender is an unverified source.
 */

export const MIN_KEY_LENGTH = 16;

export type KeyRead = { ok: true; key: string } | { ok: false; reason: 'missing' | 'too_short' };

export function readHashKey(env: NodeJS.ProcessEnv): KeyRead {
  const key = env.INTAKE_HASH_KEY?.trim() ?? '';
  if (key === '') return { ok: false, reason: 'missing' };
  if (key.length < MIN_KEY_LENGTH) return { ok: false, reason: 'too_short' };
  return { ok: true, key };
}

/** The keyed hash a member's number is stored as (hex HMAC-SHA256 of the E.164 number). */
export function phoneHash(key: string, e164: string): string {
  return createHmac('sha256', key).update(e164, 'utf8').digest('hex');
}

/**
 * Names the key without revealing it: stored beside each hash, so a Veille or a CLI run with
 * another key says so instead of silently recognising no one.
 */
export function keyId(key: string): string {
  return createHmac('sha256', key).update('veille network key id', 'utf8').digest('hex').slice(0, 12);
}

import { statement, type Db } from '../../store/db.js';
import { MIN_KEY_LENGTH, readHashKey } from './key.js';
import { membersUnderOtherKeys } from './members.js';

/**
 * What start-up says about the known-member registry when it would silently recognise no one: a key
 * too short to be used, no key while members are registered, or a key other than theirs.
 */
export function registryWarnings(db: Db, env: NodeJS.ProcessEnv): string[] {
  const registered = statement(db, 'SELECT COUNT(*) FROM network_members').pluck().get() as number;
  const key = readHashKey(env);
  if (!key.ok && key.reason === 'too_short') {
    return [`INTAKE_HASH_KEY is shorter than ${MIN_KEY_LENGTH} characters: the known network members registry is off, every SMS sender is an unverified source`];
  }
  if (!key.ok) {
    return registered > 0 ? [`INTAKE_HASH_KEY is not set: the ${registered} known network members registered are not recognised, every SMS sender is an unverified source`] : [];
  }
  const other = membersUnderOtherKeys(db, key.key);
  return other > 0 ? [`${other} of the ${registered} known network members were registered with another INTAKE_HASH_KEY: they are not recognised (register them again with this key)`] : [];
}

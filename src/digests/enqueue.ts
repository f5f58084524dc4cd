import type { Mission } from '../config/mission.js';
import { utcToLocal } from '../domain/local-time.js';
import type { Db } from '../store/db.js';
import { enqueue } from '../store/outbox.js';
import { chartData } from './chart-data.js';
import type { DigestPayload } from './types.js';

/**
 * A digest and its chart into the outbox, in the caller's transaction: the chart (its figures
 * frozen now, like the digest's) follows the digest in its channel's lane, so it is sent once,
 * after the digest, and retried like every post. Returns the digest's outbox id.
 */
export function enqueueDigest(db: Db, mission: Pick<Mission, 'places' | 'name'>, at: number, digest: DigestPayload): number {
  const id = enqueue(db, at, null, { kind: 'digest', channel: digest.channel, digest });
  // The day the digest is for, in its own zone ("2026-12-06"): the chart writes it in its channel's language.
  const date = utcToLocal(digest.end - 1, digest.timeZone).date;
  enqueue(db, at, null, { kind: 'digest_chart', channel: digest.channel, of: id, date, chart: chartData(db, mission, digest) });
  return id;
}

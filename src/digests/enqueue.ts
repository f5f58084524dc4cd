import type { Mission } from '../config/mission.js';
import { utcToLocal } from '../domain/local-time.js';
import type { Db } from '../store/db.js';
import { enqueue } from '../store/outbox.js';
import { chartData } from './chart-data.js';
import type { DigestPayload } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A digest and its chart into the outbox, in the caller's transaction: the chart (its figures
 * frozen now, like the digest's) follows the digest in its channel's lane, so it is sent once,
 * after the digest, and retried like every post. Returns the digest's outbox id.
 */
export function enqueueDigest(db: Db, mission: Pick<Mission, 'places' | 'name'>, at: number, digest: DigestPayload): number {
  const id = enqueue(db, at, null, { kind: 'digest', channel: digest.channel, digest });
  // The day the digest is for, in its own zone, as its readers name it ("6 Dec 2026").
  const local = utcToLocal(digest.end - 1, digest.timeZone).date;
  const date = `${Number(local.slice(8, 10))} ${MONTHS[Number(local.slice(5, 7)) - 1]} ${local.slice(0, 4)}`;
  enqueue(db, at, null, { kind: 'digest_chart', channel: digest.channel, of: id, date, chart: chartData(db, mission, digest) });
  return id;
}

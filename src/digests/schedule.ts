import type { Section } from '../config/mission.js';
import type { Veille } from '../context.js';
import { sectionZone } from '../followup/time.js';
import type { TimedJob } from '../scheduler.js';
import type { Db } from '../store/db.js';
import { recordEvent } from '../store/events.js';
import { computeSectionDigests } from './compute.js';
import { enqueueDigest } from './enqueue.js';
import { computeLeadershipDigest } from './leadership.js';
import { HOUR, latestDue, type Due } from './rules.js';
import type { DigestPayload } from './types.js';

/**
 * The daily digests as a "due now" job (src/scheduler.ts): on every tick, each section whose local
 * time has passed its digest time today, and that has no digest for that local date, gets one.
 * node-cron only decides how often to look; the time zones are handled here, per section, from the
 * injected clock. The digest_runs row (UNIQUE section + local date) is written in the transaction
 * that queues the post, so a restart just after posting finds it and posts nothing, and one queued
 * but not yet sent goes out once from the outbox.
 */

/** The leadership digest's id in digest_runs (no section id can start with "*"). */
const LEADERSHIP_ID = '*leadership';

/** A digest posted this long after it fell due is marked late even if Veille was running (a stuck sweep). */
const LATE_AFTER_MS = HOUR;

export interface QueuedDigest {
  sectionId: string;
  localDate: string;
  late: boolean;
  outboxId: number;
}

export function digestJob(veille: Veille): TimedJob {
  let startedAt: number | null = null;
  return {
    name: 'digests',
    run(now) {
      // The first run is at start-up: what fell due before it fell due while Veille was down.
      startedAt ??= now;
      postDueDigests(veille, now, startedAt);
    },
  };
}

/**
 * When the digest job first ran on this database. A new install does not post digests that fell due
 * before it existed (that would be a burst of "late" digests on day one); from then on a digest
 * missed while Veille was down is posted, late, at start-up.
 */
function firstRunAt(db: Db, now: number): number {
  db.prepare('INSERT INTO digest_schedule (id, first_run_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING').run(now);
  return db.prepare('SELECT first_run_at FROM digest_schedule WHERE id = 1').pluck().get() as number;
}

function alreadyPosted(db: Db, id: string, localDate: string): boolean {
  return db.prepare('SELECT 1 FROM digest_runs WHERE section_id = ? AND local_date = ?').get(id, localDate) !== undefined;
}

/** Queues what is due as of `now`; returns what was queued. */
export function postDueDigests(veille: Veille, now: number, startedAt = now): QueuedDigest[] {
  const { db, mission } = veille;
  const since = firstRunAt(db, now);
  const isDue = (id: string, due: Due) => due.dueAt > since && !alreadyPosted(db, id, due.localDate);
  // Time the clock jumped over (the playground's clock control) is not time Veille failed to post in.
  const lived = (due: Due) => now - due.dueAt - (veille.clock.skippedSince?.(due.dueAt) ?? 0);
  const late = (due: Due) => due.dueAt < startedAt || lived(due) > LATE_AFTER_MS;

  // Sections due at the same instant (same time and zone) are computed together: one pass of SQL.
  const groups = new Map<number, { due: Due; sections: Section[] }>();
  for (const section of mission.sections) {
    const due = latestDue(now, section.digest.time, sectionZone(section, mission.timeZone));
    if (!isDue(section.id, due)) continue;
    const group = groups.get(due.dueAt) ?? { due, sections: [] };
    group.sections.push(section);
    groups.set(due.dueAt, group);
  }
  const queued: QueuedDigest[] = [];
  for (const { due, sections } of groups.values()) {
    for (const digest of computeSectionDigests(veille, sections, { end: due.dueAt, now, late: late(due) })) {
      const outboxId = record(db, mission, digest.sectionId, due, now, digest);
      if (outboxId !== null) queued.push({ sectionId: digest.sectionId, localDate: due.localDate, late: digest.late, outboxId });
    }
  }
  const leadership = mission.leadershipDigest;
  const due = latestDue(now, leadership.time, leadership.timeZone ?? mission.timeZone);
  if (isDue(LEADERSHIP_ID, due)) {
    const digest = computeLeadershipDigest(veille, { end: due.dueAt, now, late: late(due) });
    const outboxId = record(db, mission, LEADERSHIP_ID, due, now, digest);
    if (outboxId !== null) queued.push({ sectionId: LEADERSHIP_ID, localDate: due.localDate, late: digest.late, outboxId });
  }
  for (const q of queued) veille.log.info('digest queued', { section: q.sectionId, date: q.localDate, late: q.late, outbox: q.outboxId });
  return queued;
}

/** The run row and the post, together or not at all; a second attempt for the same day changes nothing. */
function record(db: Db, mission: Veille['mission'], id: string, due: Due, now: number, digest: DigestPayload): number | null {
  return db
    .transaction((): number | null => {
      const run = db
        .prepare('INSERT INTO digest_runs (section_id, local_date, due_at, posted_at, late) VALUES (?, ?, ?, ?, ?) ON CONFLICT (section_id, local_date) DO NOTHING')
        .run(id, due.localDate, due.dueAt, now, digest.late ? 1 : 0);
      if (run.changes === 0) return null;
      const outboxId = enqueueDigest(db, mission, now, digest);
      db.prepare('UPDATE digest_runs SET outbox_id = ? WHERE id = ?').run(outboxId, run.lastInsertRowid);
      return outboxId;
    })
    .immediate();
}

export type DigestTarget = { kind: 'section'; section: Section } | { kind: 'leadership' };

/** A digest of the last 24 hours as of now (`/alert digest preview|now`), as it would be posted. */
export function digestNow(veille: Veille, target: DigestTarget): DigestPayload {
  const now = veille.clock.now();
  const end = now + 1; // up to and including this moment: an alert logged just now is in it
  if (target.kind === 'leadership') return computeLeadershipDigest(veille, { end, now });
  return computeSectionDigests(veille, [target.section], { end, now })[0]!;
}

/** `/alert digest now`: posted on request, beside the daily one (which still comes); audited. */
export function queueDigestNow(veille: Veille, target: DigestTarget, user: string): DigestPayload {
  const { db, clock } = veille;
  const digest = digestNow(veille, target);
  db.transaction(() => {
    const outboxId = enqueueDigest(db, veille.mission, clock.now(), digest);
    const section = target.kind === 'leadership' ? LEADERSHIP_ID : target.section.id;
    recordEvent(db, { alertId: null, at: clock.now(), actor: user, type: 'digest_posted', data: { section, outbox: outboxId } });
  })();
  return digest;
}

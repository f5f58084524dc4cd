import type { Veille } from './context.js';
import type { TimedJob } from './scheduler.js';
import { sweepReminders } from './reminders/sweep.js';
import { digestJob } from './digests/schedule.js';
import { retentionJob } from './retention/job.js';

/**
 * Every timed job of Veille, in the order they run on each tick. Each feature adds its own line
 * (the reminder sweep, the digests); the jobs only write to the database and the outbox.
 */
export function timedJobs(veille: Veille): TimedJob[] {
  return [{ name: 'reminders', run: (now) => void sweepReminders(veille, now) }, digestJob(veille), retentionJob(veille)];
}

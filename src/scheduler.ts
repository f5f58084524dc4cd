import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from './clock.js';
import type { Logger } from './log.js';

/**
 * Timed work (the reminder sweep, the digests) is written as "do what is due as of now": each job
 * reads the injected clock and the database, so a restart catches up once, tests and the
 * playground move the clock and call `runDue()`, and node-cron only decides how often to look.
 */
export interface TimedJob {
  name: string;
  run(now: number): Promise<void> | void;
}

export class Scheduler {
  private jobs: TimedJob[] = [];
  private task: ScheduledTask | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private clock: Clock,
    private log: Logger,
  ) {}

  add(job: TimedJob): void {
    this.jobs.push(job);
  }

  /** Runs every job once for the current time. Overlapping calls share one run: no double sends. */
  runDue(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      for (const job of this.jobs) {
        try {
          await job.run(this.clock.now());
        } catch (error) {
          this.log.error('timed job failed', { job: job.name, error: (error as Error).name, message: (error as Error).message });
        }
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Looks for due work on the config's cron schedule (every minute by default). */
  start(schedule: string): void {
    if (!cron.validate(schedule)) throw new Error(`sweepSchedule "${schedule}" is not a valid cron expression`);
    this.task = cron.schedule(schedule, () => void this.runDue(), { noOverlap: true });
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = null;
    if (this.running) await this.running;
  }
}

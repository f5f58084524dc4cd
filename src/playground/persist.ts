/**
 * The playground keeps its fake workspace (channels' messages, DMs, Home tabs) and its clock
 * offset in its own database file, beside the app's tables, so a restart shows what was there.
 * One row of JSON in a playground-only table: the product's migrations know nothing of it.
 */
import type { OffsetClock } from '../clock.js';
import type { FakeSlack, WorkspaceSnapshot } from '../fake-slack/index.js';
import type { Db } from '../store/db.js';

interface Saved {
  workspace: WorkspaceSnapshot;
  clockOffsetMs: number;
}

export class WorkspaceStore {
  private last = '';
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private db: Db,
    private fake: FakeSlack,
    private clock: OffsetClock,
  ) {
    db.exec('CREATE TABLE IF NOT EXISTS playground_workspace (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)');
  }

  /** Puts the saved workspace and clock back; false when there is nothing (usable) saved. */
  load(): boolean {
    const json = this.db.prepare('SELECT json FROM playground_workspace WHERE id = 1').pluck().get() as string | undefined;
    if (!json) return false;
    try {
      const saved = JSON.parse(json) as Saved;
      this.fake.restore(saved.workspace);
      this.clock.advance(saved.clockOffsetMs);
      this.last = json;
      return true;
    } catch {
      return false;
    }
  }

  /** Writes the workspace when it changed since the last write. */
  save(): void {
    const json = JSON.stringify({ workspace: this.fake.snapshot(), clockOffsetMs: this.clock.offset } satisfies Saved);
    if (json === this.last) return;
    this.db.prepare('INSERT INTO playground_workspace (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json').run(json);
    this.last = json;
  }

  /** The app posts asynchronously (the outbox): look for changes every second. */
  start(everyMs = 1000): void {
    this.timer = setInterval(() => this.save(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  forget(): void {
    this.last = '';
  }
}

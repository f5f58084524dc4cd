import { routesOf } from '../alerts/service.js';
import type { Veille } from '../context.js';
import { durationMs } from '../reminders/policy.js';
import type { TimedJob } from '../scheduler.js';
import { recordEvent } from '../store/events.js';
import { statement } from '../store/db.js';
import { enqueue } from '../store/outbox.js';
import { localDate, localHour, REDACTED, redactEventData, redactPerpetrators } from './policy.js';

/** The nightly hour (mission time) at which retention runs. */
const RETENTION_HOUR = 2;
const BATCH = 500;

/**
 * The nightly retention job: closed alerts older than `retention.closedAlertDetails` lose their
 * description, location text, source, free-text perpetrator names and the free text of their
 * events, tasks and responses. Each redaction is an event, in the same transaction; the cards in
 * Slack are edited so the text leaves the channels too.
 */
export function retentionJob(veille: Veille): TimedJob {
  return {
    name: 'retention',
    run(now) {
      const { db, mission } = veille;
      if (localHour(now, mission.timeZone) < RETENTION_HOUR) return;
      const today = localDate(now, mission.timeZone);
      if (statement(db, 'SELECT 1 FROM job_runs WHERE name = ? AND local_date = ?').get('retention', today)) return;
      redactDue(veille, now);
      statement(db, 'INSERT OR IGNORE INTO job_runs (name, local_date, ran_at) VALUES (?, ?, ?)').run('retention', today, now);
    },
  };
}

/** Redacts every closed alert past retention as of `now`; returns how many. */
export function redactDue(veille: Veille, now: number): number {
  const { db, mission } = veille;
  const cutoff = now - durationMs(mission.retention.closedAlertDetails);
  let total = 0;
  for (;;) {
    // Never redacted, or changed since (reopened, written to and closed again): the new words are due too.
    const ids = statement(
      db,
      "SELECT id FROM alerts WHERE status = 'closed' AND (redacted_at IS NULL OR updated_at > redacted_at) AND updated_at <= ? ORDER BY updated_at LIMIT ?",
    )
      .pluck()
      .all(cutoff, BATCH) as number[];
    if (ids.length === 0) return total;
    db.transaction(() => {
      for (const id of ids) redactAlert(veille, id, now);
    })();
    total += ids.length;
  }
}

function redactAlert(veille: Veille, id: number, now: number): void {
  const { db, mission } = veille;
  const row = statement(db, 'SELECT perpetrators FROM alerts WHERE id = ?').get(id) as { perpetrators: string };
  statement(
    db,
    'UPDATE alerts SET description = ?, location_text = NULL, source_detail = NULL, closure_note = CASE WHEN closure_note IS NULL THEN NULL ELSE ? END, perpetrators = ?, redacted_at = ? WHERE id = ?',
  ).run(REDACTED, REDACTED, JSON.stringify(redactPerpetrators(JSON.parse(row.perpetrators))), now, id);
  statement(db, 'UPDATE tasks SET text = ? WHERE alert_id = ?').run(REDACTED, id);
  statement(db, 'UPDATE response_actions SET outcome = CASE WHEN outcome IS NULL THEN NULL ELSE ? END WHERE alert_id = ?').run(REDACTED, id);
  const events = statement(db, 'SELECT id, data FROM events WHERE alert_id = ?').all(id) as Array<{ id: number; data: string }>;
  const update = statement(db, 'UPDATE events SET data = ? WHERE id = ?');
  for (const event of events) update.run(JSON.stringify(redactEventData(JSON.parse(event.data))), event.id);
  recordEvent(db, { alertId: id, at: now, actor: 'veille', type: 'redacted', data: { retention: mission.retention.closedAlertDetails } });
  // Thread replies and DMs that carried the alert's text are edited down too.
  const posts = statement(db, "SELECT posted_channel AS channel, posted_ts AS ts FROM outbox WHERE alert_id = ? AND kind IN ('thread', 'dm', 'message') AND posted_ts IS NOT NULL").all(id) as Array<{
    channel: string;
    ts: string;
  }>;
  for (const post of posts) enqueue(db, now, id, { kind: 'redact_post', channel: post.channel, ts: post.ts });
  redactOutbox(veille, id);
  for (const route of routesOf(db, id)) {
    const section = mission.sections.find((s) => s.id === route.sectionId);
    if (section) enqueue(db, now, id, { kind: 'card_update', channel: section.channel });
  }
}

/**
 * The outbox keeps what each thread reply, message, DM and ephemeral said: those rows lose their
 * text too, keeping where they went and when. A pending one goes out as the redaction notice.
 */
function redactOutbox(veille: Veille, id: number): void {
  const rows = statement(veille.db, "SELECT id, payload FROM outbox WHERE alert_id = ? AND kind IN ('thread', 'message', 'dm', 'ephemeral')").all(id) as Array<{
    id: number;
    payload: string;
  }>;
  const update = statement(veille.db, 'UPDATE outbox SET payload = ? WHERE id = ?');
  for (const row of rows) {
    const { blocks: _blocks, fact: _fact, ...message } = JSON.parse(row.payload) as { text?: string; blocks?: unknown[]; fact?: unknown };
    update.run(JSON.stringify({ ...message, text: REDACTED }), row.id);
  }
}

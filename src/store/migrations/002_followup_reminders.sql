-- Follow-up: owners' tasks, the response record, verification detail; reminder state.

ALTER TABLE alerts ADD COLUMN independent_sources INTEGER;
ALTER TABLE alerts ADD COLUMN closure_note TEXT;
-- Last acknowledgement, update, response or ownership change: the reminder clock starts here.
ALTER TABLE alerts ADD COLUMN last_activity_at INTEGER;
ALTER TABLE alerts ADD COLUMN next_reminder_at INTEGER;
ALTER TABLE alerts ADD COLUMN reminder_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN snoozed_until INTEGER;
UPDATE alerts SET last_activity_at = created_at;
-- The sweep reads only what is due: its cost follows the due rows, not the alerts stored.
CREATE INDEX alerts_reminder_due ON alerts (next_reminder_at) WHERE next_reminder_at IS NOT NULL;

CREATE TABLE tasks (
  id                INTEGER PRIMARY KEY,
  alert_id          INTEGER NOT NULL REFERENCES alerts (id),
  owner             TEXT    NOT NULL,
  text              TEXT    NOT NULL,
  due_at            INTEGER,
  created_at        INTEGER NOT NULL,
  created_by        TEXT    NOT NULL,
  done_at           INTEGER,
  next_reminder_at  INTEGER,
  reminder_count    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tasks_alert ON tasks (alert_id);
CREATE INDEX tasks_owner_open ON tasks (owner) WHERE done_at IS NULL;
CREATE INDEX tasks_reminder_due ON tasks (next_reminder_at) WHERE next_reminder_at IS NOT NULL;

CREATE TABLE response_actions (
  id            INTEGER PRIMARY KEY,
  alert_id      INTEGER NOT NULL REFERENCES alerts (id),
  type          TEXT    NOT NULL CHECK (type IN ('patrol', 'quick_reaction_force', 'temporary_base', 'joint_protection_team', 'advocacy', 'referral', 'humanitarian_coordination', 'hr_investigation', 'other')),
  unit          TEXT,
  at            INTEGER NOT NULL,                 -- when the response happened (may be before it was logged)
  logged_at     INTEGER NOT NULL,
  logged_by     TEXT    NOT NULL,
  delay_reason  TEXT    CHECK (delay_reason IS NULL OR delay_reason IN ('no_air_asset', 'awaiting_clearance', 'verifying_first', 'access_denied', 'other')),
  outcome       TEXT,
  outcome_at    INTEGER
);
CREATE INDEX response_actions_alert ON response_actions (alert_id, at);
CREATE INDEX events_type_at ON events (type, at);

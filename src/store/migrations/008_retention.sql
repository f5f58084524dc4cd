-- Retention: closed alerts lose their free text and personal details after the configured period;
-- counts, categories, places and times stay for the statistics.
ALTER TABLE alerts ADD COLUMN redacted_at INTEGER;
CREATE INDEX alerts_to_redact ON alerts (updated_at) WHERE status = 'closed' AND redacted_at IS NULL;

-- Timed jobs that run once per local day (the nightly retention job).
CREATE TABLE job_runs (
  name       TEXT NOT NULL,
  local_date TEXT NOT NULL,
  ran_at     INTEGER NOT NULL,
  PRIMARY KEY (name, local_date)
) WITHOUT ROWID;

-- Where each post landed, so retention can edit thread replies and DMs that carried free text.
ALTER TABLE outbox ADD COLUMN posted_channel TEXT;
ALTER TABLE outbox ADD COLUMN posted_ts TEXT;

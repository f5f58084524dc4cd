-- Telling reporters what was done (issue 19). A Slack reporter may turn the notices about their own
-- reports off (`/alert notify off`); no row means on. The notices themselves are outbox rows (a DM,
-- or an SMS whose number is read from the alert's source identity when it is sent), each with its
-- `told_reporter` event: nothing else is stored, and no phone number anywhere.
CREATE TABLE reporter_settings (
  user       TEXT    PRIMARY KEY,   -- Slack user id
  notify     INTEGER NOT NULL CHECK (notify IN (0, 1)),
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- A sender claims a post before it leaves: until claimed_until (ms), no other sender takes it, so two
-- senders on one database (a second process by mistake, a restart overlapping the old one) never
-- post one row twice.
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;

-- Facts about the database itself. 'highest_alert_id': the highest alert number ever issued on this
-- installation, carried over a restore so references handed out after the backup are never reused.
CREATE TABLE veille_meta (
  key   TEXT    PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;

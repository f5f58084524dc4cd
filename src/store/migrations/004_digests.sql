-- Daily digests: at most one per section per local day, recorded in the transaction that queues it,
-- so a restart just after posting finds the row and does not post again.
CREATE TABLE digest_runs (
  id         INTEGER PRIMARY KEY,
  section_id TEXT    NOT NULL,                    -- a section id, or '*leadership' for the leadership digest
  local_date TEXT    NOT NULL,                    -- YYYY-MM-DD in the digest's time zone
  due_at     INTEGER NOT NULL,                    -- the local digest time that day, as UTC ms
  posted_at  INTEGER NOT NULL,                    -- when it was queued in the outbox
  late       INTEGER NOT NULL DEFAULT 0,          -- 1 when it fell due while Veille was not running
  outbox_id  INTEGER REFERENCES outbox (id),
  UNIQUE (section_id, local_date)
);

-- When the digest job first ran on this database: a new install does not post digests that fell
-- due before it existed, only those due after.
CREATE TABLE digest_schedule (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  first_run_at INTEGER NOT NULL
);

-- "Closed in the last 24 h": closing sets updated_at, so closed alerts are found by a range on it.
CREATE INDEX alerts_closed_updated ON alerts (updated_at) WHERE status = 'closed';

-- foreign_keys: off
-- Field intake gateways (SMS by Twilio or RapidPro, KoBoToolbox forms).
--
-- reported_via gains 'sms'. SQLite cannot change a CHECK constraint in place, so the alerts table is
-- rebuilt as SQLite documents it (new table, copy, drop, rename), with foreign keys off for this one
-- migration (the runner turns them off for a file starting "-- foreign_keys: off" and checks them
-- after). `SELECT *` copies by position: should another migration ever add a column before this one
-- runs, the copy fails loudly instead of dropping it.
CREATE TABLE alerts_rebuilt (
  id                  INTEGER PRIMARY KEY,            -- the n of the reference <PREFIX>-<n>
  reference           TEXT    NOT NULL UNIQUE,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  reported_by         TEXT    NOT NULL,
  reported_via        TEXT    NOT NULL CHECK (reported_via IN ('quick_report', 'form', 'api', 'shortcut', 'sms')),
  occurred_at         INTEGER,
  place_id            TEXT,
  location_text       TEXT,
  category            TEXT    NOT NULL,
  sub_type            TEXT,
  perpetrators        TEXT    NOT NULL DEFAULT '[]',  -- JSON [{actorId, name}]
  host_state          INTEGER NOT NULL DEFAULT 0,
  killed              INTEGER,                        -- NULL is unknown, not zero
  injured             INTEGER,
  abducted            INTEGER,
  crsv_survivors      INTEGER,
  children_affected   INTEGER,
  displaced           INTEGER,
  priority            TEXT    NOT NULL CHECK (priority IN ('critical', 'high', 'medium', 'low')),
  priority_overridden INTEGER NOT NULL DEFAULT 0,
  source_type         TEXT,
  source_reliability  TEXT    CHECK (source_reliability IS NULL OR source_reliability IN ('A','B','C','D','E','F')),
  source_credibility  INTEGER CHECK (source_credibility IS NULL OR source_credibility BETWEEN 1 AND 6),
  source_detail       TEXT,                           -- restricted: never posted to a channel (a gateway's sender too)
  verification        TEXT    NOT NULL DEFAULT 'alleged' CHECK (verification IN ('alleged', 'verified', 'unverifiable', 'unfounded')),
  status              TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'acknowledged', 'responding', 'monitoring', 'closed')),
  closure_reason      TEXT,
  duplicate_of        INTEGER REFERENCES alerts (id),
  sensitivity         TEXT    NOT NULL CHECK (sensitivity IN ('standard', 'restricted')),
  owner               TEXT,
  description         TEXT    NOT NULL,
  language            TEXT    NOT NULL DEFAULT 'en',
  independent_sources INTEGER,
  closure_note        TEXT,
  last_activity_at    INTEGER,
  next_reminder_at    INTEGER,
  reminder_count      INTEGER NOT NULL DEFAULT 0,
  snoozed_until       INTEGER,
  due_at              INTEGER,
  last_reminder_at    INTEGER,
  redacted_at         INTEGER
);
INSERT INTO alerts_rebuilt SELECT * FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_rebuilt RENAME TO alerts;
CREATE INDEX alerts_created ON alerts (created_at);
CREATE INDEX alerts_open ON alerts (status, priority) WHERE status <> 'closed';
CREATE INDEX alerts_owner ON alerts (owner) WHERE status <> 'closed';
CREATE INDEX alerts_reminder_due ON alerts (next_reminder_at) WHERE next_reminder_at IS NOT NULL;
CREATE INDEX alerts_closed_updated ON alerts (updated_at) WHERE status = 'closed';
CREATE INDEX alerts_place ON alerts (place_id);
CREATE INDEX alerts_to_redact ON alerts (updated_at) WHERE status = 'closed' AND redacted_at IS NULL;

-- One row per gateway message taken: the same MessageSid (run id, _uuid) twice logs one alert and
-- answers the same reference. Holds no phone number: the sender is the alert's source_detail, which
-- retention redacts.
CREATE TABLE gateway_intake (
  gateway     TEXT    NOT NULL CHECK (gateway IN ('twilio', 'rapidpro', 'kobo')),
  external_id TEXT    NOT NULL,
  alert_id    INTEGER NOT NULL REFERENCES alerts (id),
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (gateway, external_id)
) WITHOUT ROWID;

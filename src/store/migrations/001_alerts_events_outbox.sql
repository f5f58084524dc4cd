-- Times are integer milliseconds since the epoch (UTC): cheap to index and compare.

CREATE TABLE alerts (
  id                  INTEGER PRIMARY KEY,            -- the n of the reference <PREFIX>-<n>
  reference           TEXT    NOT NULL UNIQUE,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  reported_by         TEXT    NOT NULL,
  reported_via        TEXT    NOT NULL CHECK (reported_via IN ('quick_report', 'form', 'api', 'shortcut')),
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
  source_detail       TEXT,                           -- restricted: never posted to a channel
  verification        TEXT    NOT NULL DEFAULT 'alleged' CHECK (verification IN ('alleged', 'verified', 'unverifiable', 'unfounded')),
  status              TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'acknowledged', 'responding', 'monitoring', 'closed')),
  closure_reason      TEXT,
  duplicate_of        INTEGER REFERENCES alerts (id),
  sensitivity         TEXT    NOT NULL CHECK (sensitivity IN ('standard', 'restricted')),
  owner               TEXT,
  description         TEXT    NOT NULL,
  language            TEXT    NOT NULL DEFAULT 'en'
);
CREATE INDEX alerts_created ON alerts (created_at);
CREATE INDEX alerts_open ON alerts (status, priority) WHERE status <> 'closed';
CREATE INDEX alerts_owner ON alerts (owner) WHERE status <> 'closed';

-- Which sections received an alert, and whether they got the full card or the stub.
CREATE TABLE alert_sections (
  alert_id   INTEGER NOT NULL REFERENCES alerts (id),
  section_id TEXT    NOT NULL,
  view       TEXT    NOT NULL CHECK (view IN ('full', 'stub')),
  PRIMARY KEY (alert_id, section_id)
) WITHOUT ROWID;
CREATE INDEX alert_sections_section ON alert_sections (section_id, alert_id);

-- The audit trail: nothing about an alert changes without a row here, in the same transaction.
CREATE TABLE events (
  id       INTEGER PRIMARY KEY,
  alert_id INTEGER REFERENCES alerts (id),
  at       INTEGER NOT NULL,
  actor    TEXT    NOT NULL,                          -- Slack user id, 'api:<token name>' or 'veille'
  type     TEXT    NOT NULL,
  data     TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX events_alert ON events (alert_id, id);

-- Slack posts waiting to be sent. Written in the transaction that caused them; sent after the ack.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  created_at      INTEGER NOT NULL,
  alert_id        INTEGER REFERENCES alerts (id),
  lane            TEXT    NOT NULL,                   -- posts in one lane (a channel, a user's DMs) go out in order
  kind            TEXT    NOT NULL,
  payload         TEXT    NOT NULL,
  status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT,
  sent_at         INTEGER
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_lane ON outbox (lane, id) WHERE status = 'pending';

-- Where each alert's card lives in Slack, so it can be edited in place and threaded.
CREATE TABLE alert_messages (
  alert_id   INTEGER NOT NULL REFERENCES alerts (id),
  section_id TEXT    NOT NULL,
  channel    TEXT    NOT NULL,
  ts         TEXT    NOT NULL,
  view       TEXT    NOT NULL CHECK (view IN ('full', 'stub')),
  PRIMARY KEY (alert_id, channel)
) WITHOUT ROWID;

-- The integration API: bearer tokens (only their SHA-256 is kept) and idempotency keys.

CREATE TABLE api_tokens (
  id           INTEGER PRIMARY KEY,
  name         TEXT    NOT NULL,                   -- who holds it (kobo, hotline-sms); named in every event it causes
  hash         TEXT    NOT NULL UNIQUE,            -- hex SHA-256 of the token; the token itself is shown once and never stored
  scopes       TEXT    NOT NULL,                   -- space-separated: alerts:read alerts:write restricted:read
  created_at   INTEGER NOT NULL,
  revoked_at   INTEGER,
  last_used_at INTEGER
);
-- One live token per name, so `revoke --name kobo` means one thing; a revoked name may be reused.
CREATE UNIQUE INDEX api_tokens_live_name ON api_tokens (name) WHERE revoked_at IS NULL;

-- A retried POST with the same key (per token name) returns the alert made the first time.
-- Written in the transaction that logs the alert: a key never points at nothing.
CREATE TABLE api_idempotency (
  token_name   TEXT    NOT NULL,
  key          TEXT    NOT NULL,
  request_hash TEXT    NOT NULL,                   -- SHA-256 of the canonical JSON body: same key, other body is a 409
  alert_id     INTEGER NOT NULL REFERENCES alerts (id),
  receipt      TEXT    NOT NULL,                   -- the first answer (JSON), given again to every retry
  created_at   INTEGER NOT NULL,
  PRIMARY KEY (token_name, key)
) WITHOUT ROWID;

-- The API filters alerts by place at any level (a territory is a set of place ids).
CREATE INDEX alerts_place ON alerts (place_id);

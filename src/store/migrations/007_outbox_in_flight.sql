-- A post whose outcome is unknown (the app died or the request timed out after sending it) is
-- checked against the channel's history before it is sent again: posted once, never twice.
ALTER TABLE outbox ADD COLUMN in_flight_at INTEGER;

-- The posts an alert caused, found by alert: its DM copies are redrawn on every change of it
-- (store/dm-copies.ts), and a restriction or a redaction re-addresses them, without reading the whole outbox.
CREATE INDEX outbox_alert ON outbox (alert_id, kind) WHERE alert_id IS NOT NULL;

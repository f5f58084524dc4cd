-- Reminders: the moment the last reminder stood for. The next one falls due one interval after it,
-- so reminders keep their cadence (no drift from late sweeps) and a restart catches up in one step.
ALTER TABLE alerts ADD COLUMN last_reminder_at INTEGER;

-- Follow-up ownership: the due time an assigner gives the owner (`/alert assign A-12 @amina due:6h`).
-- NULL means "no due time given": the reminder policy's interval applies alone.
ALTER TABLE alerts ADD COLUMN due_at INTEGER;

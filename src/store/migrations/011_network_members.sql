-- Known community-alert-network members (issue 15). A member's phone number is never stored: only
-- an HMAC-SHA256 of it in E.164 form, keyed with INTAKE_HASH_KEY, so a copy of the database does not
-- give anyone the network's numbers, and an SMS from a known number is still recognised.
CREATE TABLE network_members (
  id         INTEGER PRIMARY KEY,
  phone_hash TEXT    NOT NULL UNIQUE,              -- hex HMAC-SHA256(INTAKE_HASH_KEY, +E164 number)
  key_id     TEXT    NOT NULL,                     -- which key made the hash (a keyed fingerprint, not the key): a changed key is caught, not silently unmatched
  name       TEXT    NOT NULL,                     -- "CAN Kamango": how the network calls this member
  place_id   TEXT    NOT NULL,                     -- gazetteer id: the place an SMS from this number defaults to
  added_at   INTEGER NOT NULL
);

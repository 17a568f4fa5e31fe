-- Sign-in on a shared PC: wrong-password counts per typed name, and the office's idle-lock time.

-- One row per name typed with a wrong password (known or not, so the table does not tell which names
-- exist). Kept in the database so restarting the app does not reset the wait. Local to this PC.
CREATE TABLE sign_in_throttle (
  name_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures > 0),
  blocked_until TEXT,
  updated_at TEXT NOT NULL
) STRICT;

ALTER TABLE office ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 10
  CHECK (idle_lock_minutes BETWEEN 1 AND 120);

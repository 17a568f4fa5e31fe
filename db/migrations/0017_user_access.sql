-- Who may do what (areas of work per user) and one-time codes for accounts without a password.
-- Both local to this PC: users never travel in packages.

-- An administrator gives each user areas; a new user gets its role's defaults (db/permissions.ts).
CREATE TABLE user_permission (
  user_id TEXT NOT NULL REFERENCES app_user (id),
  area TEXT NOT NULL CHECK (area IN ('case_log', 'inspections', 'training', 'registers', 'administration')),
  granted_at TEXT NOT NULL,
  granted_by TEXT,
  PRIMARY KEY (user_id, area)
) STRICT, WITHOUT ROWID;

-- Existing users get their role's defaults: administrators every area, clerks registers, inspections
-- and training (not the case log), inspectors inspections.
INSERT INTO user_permission (user_id, area, granted_at, granted_by)
  SELECT u.id, a.area, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL
  FROM app_user u JOIN (
    SELECT 'admin' AS role, 'case_log' AS area UNION ALL SELECT 'admin', 'inspections' UNION ALL
    SELECT 'admin', 'training' UNION ALL SELECT 'admin', 'registers' UNION ALL SELECT 'admin', 'administration' UNION ALL
    SELECT 'clerk', 'registers' UNION ALL SELECT 'clerk', 'inspections' UNION ALL SELECT 'clerk', 'training' UNION ALL
    SELECT 'inspector', 'inspections'
  ) a ON a.role = u.role;

-- A user without a password sets one only with the one-time code given to the administrator (hashed here,
-- shown once) before it expires. One code per user; a new reset replaces it.
CREATE TABLE user_one_time_code (
  user_id TEXT PRIMARY KEY REFERENCES app_user (id),
  code_hash TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT
) STRICT;

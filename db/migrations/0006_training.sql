-- Training and communication (targets T1, T3, T4, T12): the staff register, training courses with
-- rosters and attendance, outreach events and the schools register.

CREATE TABLE staff_person (
  row_no INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  -- The office the record belongs to.
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  full_name TEXT NOT NULL,
  gender TEXT CHECK (gender IN ('female', 'male')),
  birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2100),
  position TEXT NOT NULL DEFAULT '',
  agency TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  -- The administrative unit the person serves (province, district or commune code).
  work_unit_code TEXT NOT NULL,
  staff_group TEXT NOT NULL CHECK (staff_group IN ('official', 'civil_servant', 'public_employee', 'collaborator',
    'police_border_guard', 'other')),
  phone TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('active', 'left')),
  search_text TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  -- Normalised name + year of birth + unit: likely duplicates share it.
  identity_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
CREATE INDEX staff_person_sort ON staff_person (sort_key);
CREATE INDEX staff_person_identity ON staff_person (identity_key);
-- Covers T12's denominator and its walk over active people.
CREATE INDEX staff_person_status ON staff_person (status, work_unit_code, id);

CREATE TABLE training_course (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  title TEXT NOT NULL,
  -- Comma-separated topic codes (prevention, harm_reduction, gbv, reintegration, law).
  topics TEXT NOT NULL DEFAULT '',
  organiser TEXT NOT NULL DEFAULT '',
  trainers TEXT NOT NULL DEFAULT '',
  venue TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (end_date >= start_date),
  -- A participant completes the course by attending at least this share of its sessions.
  completion_percent INTEGER NOT NULL CHECK (completion_percent BETWEEN 1 AND 100),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
-- T12 checks each completed place's course year without reading the course row.
CREATE INDEX training_course_year ON training_course (id, end_date);

CREATE TABLE training_session (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  course_id TEXT NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
  session_no INTEGER NOT NULL CHECK (session_no >= 1),
  session_date TEXT NOT NULL,
  part TEXT NOT NULL CHECK (part IN ('day', 'morning', 'afternoon')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (course_id, session_no)
) STRICT;

CREATE TABLE training_participant (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  course_id TEXT NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES staff_person (id),
  -- Kept by db/training.ts whenever attendance or sessions change, so T12 is one indexed count.
  completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (course_id, person_id)
) STRICT;
-- T12 asks, person by person, for one completed place in the year.
CREATE INDEX training_participant_person ON training_participant (person_id, completed, course_id);

CREATE TABLE training_attendance (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES staff_person (id),
  created_at TEXT NOT NULL,
  UNIQUE (session_id, person_id)
) STRICT;
CREATE INDEX training_attendance_person ON training_attendance (person_id);

CREATE TABLE school (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('high_school', 'college', 'vocational')),
  commune_code TEXT NOT NULL,
  enrolment INTEGER NOT NULL CHECK (enrolment >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;

CREATE TABLE outreach_event (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  unit_list_version TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('conference', 'talk', 'loudspeaker', 'poster', 'leaflet', 'press', 'social_media',
    'business_visit')),
  event_date TEXT NOT NULL,
  organiser TEXT NOT NULL DEFAULT '',
  workers_reached INTEGER NOT NULL DEFAULT 0 CHECK (workers_reached >= 0),
  students_reached INTEGER NOT NULL DEFAULT 0 CHECK (students_reached >= 0),
  school_id TEXT REFERENCES school (id),
  public_reached INTEGER NOT NULL DEFAULT 0 CHECK (public_reached >= 0),
  materials TEXT NOT NULL DEFAULT '',
  -- Why more workers were reached than the named businesses employ (the clerk is warned first).
  headcount_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT,
  updated_by TEXT
) STRICT;
CREATE INDEX outreach_event_date ON outreach_event (event_date);

CREATE TABLE outreach_event_commune (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES outreach_event (id) ON DELETE CASCADE,
  commune_code TEXT NOT NULL,
  UNIQUE (event_id, commune_code)
) STRICT;
CREATE INDEX outreach_event_commune_code ON outreach_event_commune (commune_code);

CREATE TABLE outreach_event_business (
  id TEXT PRIMARY KEY,
  unit_code TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES outreach_event (id) ON DELETE CASCADE,
  business_id TEXT NOT NULL REFERENCES business (id),
  UNIQUE (event_id, business_id)
) STRICT;

INSERT INTO synced_table (name) VALUES
  ('staff_person'), ('training_course'), ('training_session'), ('training_participant'), ('training_attendance'),
  ('school'), ('outreach_event'), ('outreach_event_commune'), ('outreach_event_business');

import type Database from 'better-sqlite3';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';
import type { WriteStamp } from './business';
import type { RecordOwner } from './staff';
import type {
  TrainingCourse,
  TrainingCourseFields,
  TrainingCourseSummary,
  TrainingParticipant,
  TrainingSession,
  TrainingSessionFields,
  TrainingTopic,
} from './trainingTypes';

type Db = Database.Database;

interface CourseRow {
  id: string;
  title: string;
  topics: string;
  organiser: string;
  trainers: string;
  venue: string;
  start_date: string;
  end_date: string;
  completion_percent: number;
}

/** Inserts a course and its sessions (numbered from 1 in the given order). Call inside a transaction. */
export function insertCourse(db: Db, id: string, owner: RecordOwner, fields: TrainingCourseFields, stamp: WriteStamp, newId: () => string): void {
  db.prepare(
    `INSERT INTO training_course (id, unit_code, unit_list_version, title, topics, organiser, trainers, venue, start_date,
       end_date, completion_percent, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, owner.unitCode, owner.unitListVersion, fields.title, fields.topics.join(','), fields.organiser, fields.trainers,
    fields.venue, fields.startDate, fields.endDate, fields.completionPercent, stamp.now, stamp.now, stamp.userId, stamp.userId);
  const insertSession = db.prepare(
    `INSERT INTO training_session (id, unit_code, course_id, session_no, session_date, part, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  fields.sessions.forEach((s, i) => insertSession.run(newId(), owner.unitCode, id, i + 1, s.date, s.part, stamp.now, stamp.now));
  renumberSessions(db, id, stamp.now);
}

export function courseExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM training_course WHERE id = ?').get(id) !== undefined;
}

export function isParticipant(db: Db, courseId: string, personId: string): boolean {
  return db.prepare('SELECT 1 FROM training_participant WHERE course_id = ? AND person_id = ?').get(courseId, personId) !== undefined;
}

export function addParticipant(db: Db, id: string, unitCode: string, courseId: string, personId: string, now: string): void {
  db.prepare(
    `INSERT INTO training_participant (id, unit_code, course_id, person_id, completed, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, ?, ?)`,
  ).run(id, unitCode, courseId, personId, now, now);
  refreshCompletion(db, courseId);
}

export function getSession(db: Db, id: string): { id: string; courseId: string; date: string } | undefined {
  return db.prepare('SELECT id, course_id AS courseId, session_date AS date FROM training_session WHERE id = ?').get(id) as
    | { id: string; courseId: string; date: string }
    | undefined;
}

/** Replaces who attended one session (the signed paper typed in), then refreshes completion. */
export function setAttendance(db: Db, sessionId: string, courseId: string, unitCode: string, personIds: readonly string[], now: string, newId: () => string): void {
  db.prepare('DELETE FROM training_attendance WHERE session_id = ?').run(sessionId);
  const insert = db.prepare(
    'INSERT INTO training_attendance (id, unit_code, session_id, person_id, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const personId of new Set(personIds)) insert.run(newId(), unitCode, sessionId, personId, now);
  refreshCompletion(db, courseId);
}

/** Recomputes each participant's completion flag; only rows whose flag changes are written (and logged). */
export function refreshCompletion(db: Db, courseId: string): void {
  db.prepare(
    `WITH counts AS (
       SELECT p.id, (SELECT count(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                     WHERE s.course_id = p.course_id AND a.person_id = p.person_id) AS attended,
              (SELECT count(*) FROM training_session s WHERE s.course_id = p.course_id) AS sessions,
              c.completion_percent AS share
       FROM training_participant p JOIN training_course c ON c.id = p.course_id
       WHERE p.course_id = @courseId
     )
     UPDATE training_participant SET completed = x.done
     FROM (SELECT id, CASE WHEN sessions > 0 AND attended * 100 >= share * sessions THEN 1 ELSE 0 END AS done FROM counts) x
     WHERE training_participant.course_id = @courseId AND training_participant.id = x.id
       AND training_participant.completed <> x.done`,
  ).run({ courseId });
}

export function listCourses(db: Db, year: number | null, filter: OfficeFilter = {}): TrainingCourseSummary[] {
  return db
    .prepare(
      `SELECT c.id, c.title, c.start_date AS startDate, c.end_date AS endDate,
         (SELECT count(*) FROM training_session s WHERE s.course_id = c.id) AS sessionCount,
         (SELECT count(*) FROM training_participant p WHERE p.course_id = c.id) AS participantCount,
         (SELECT count(*) FROM training_participant p WHERE p.course_id = c.id AND p.completed = 1) AS completedCount
       FROM training_course c
       WHERE (@year IS NULL OR substr(c.end_date, 1, 4) = @yearText) AND ${officeFilterSql('training_course', 'c')}
       ORDER BY c.start_date DESC, c.title`,
    )
    .all({ year, yearText: year === null ? null : String(year), ...officeFilterParams(filter) }) as TrainingCourseSummary[];
}

export function getCourse(db: Db, id: string): TrainingCourse | undefined {
  const row = db.prepare('SELECT * FROM training_course WHERE id = ?').get(id) as CourseRow | undefined;
  if (!row) return undefined;
  const sessions = db
    .prepare('SELECT id, session_no AS sessionNo, session_date AS date, part FROM training_session WHERE course_id = ? ORDER BY session_no')
    .all(id) as TrainingSession[];
  const people = db
    .prepare(
      `SELECT p.person_id AS personId, s.full_name AS fullName, s.position, s.agency, p.completed
       FROM training_participant p JOIN staff_person s ON s.id = p.person_id
       WHERE p.course_id = ? ORDER BY p.created_at, s.sort_key`,
    )
    .all(id) as (Omit<TrainingParticipant, 'attended' | 'completed'> & { completed: number })[];
  const attendance = db
    .prepare(
      `SELECT a.person_id AS personId, a.session_id AS sessionId FROM training_attendance a
       JOIN training_session s ON s.id = a.session_id WHERE s.course_id = ?`,
    )
    .all(id) as { personId: string; sessionId: string }[];
  const attended = new Map<string, string[]>();
  for (const a of attendance) attended.set(a.personId, [...(attended.get(a.personId) ?? []), a.sessionId]);
  return {
    id: row.id,
    title: row.title,
    topics: row.topics === '' ? [] : (row.topics.split(',') as TrainingTopic[]),
    organiser: row.organiser,
    trainers: row.trainers,
    venue: row.venue,
    startDate: row.start_date,
    endDate: row.end_date,
    completionPercent: row.completion_percent,
    sessions,
    participants: people.map((p) => ({ ...p, completed: p.completed === 1, attended: attended.get(p.personId) ?? [] })),
  };
}

/** What a merge changed, so it can be undone while nothing else has changed since (electron/api/handlers/staff.ts). */
export interface StaffMergeUndo {
  keepId: string;
  dropId: string;
  /** The dropped record and its "not the same person" marks, as they were. */
  dropped: Record<string, unknown>;
  notDuplicates: Record<string, unknown>[];
  /** Attendance and places moved to the kept record, and those deleted because the kept record had them too. */
  movedAttendance: string[];
  deletedAttendance: Record<string, unknown>[];
  movedPlaces: { id: string; updated_at: string }[];
  deletedPlaces: Record<string, unknown>[];
  courses: string[];
}

const COLUMN = /^[a-z_][a-z0-9_]*$/;

/** Puts a row read with SELECT * back as it was (column names come from the table itself). */
function reinsert(db: Db, table: 'staff_person' | 'staff_not_duplicate' | 'training_attendance' | 'training_participant', row: Record<string, unknown>): void {
  const columns = Object.keys(row).filter((c) => COLUMN.test(c));
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

/**
 * Merges two records of one person: `dropId`'s course places and attendance move to `keepId`
 * (where both were on the same course, the attendance is united), then `dropId` is deleted.
 * Returns what undoMerge needs to put everything back. Call inside a transaction.
 */
export function mergeStaff(db: Db, keepId: string, dropId: string, now: string): StaffMergeUndo {
  const courses = (
    db.prepare('SELECT DISTINCT course_id AS id FROM training_participant WHERE person_id IN (?, ?)').all(keepId, dropId) as { id: string }[]
  ).map((c) => c.id);
  const params = { keepId, dropId };
  const sharedSessions = 'session_id IN (SELECT session_id FROM training_attendance WHERE person_id = @keepId)';
  const sharedCourses = 'course_id IN (SELECT course_id FROM training_participant WHERE person_id = @keepId)';
  const undo: StaffMergeUndo = {
    keepId,
    dropId,
    dropped: db.prepare('SELECT * FROM staff_person WHERE id = ?').get(dropId) as Record<string, unknown>,
    notDuplicates: db.prepare('SELECT * FROM staff_not_duplicate WHERE first_id = @dropId OR second_id = @dropId').all(params) as Record<string, unknown>[],
    deletedAttendance: db.prepare(`SELECT * FROM training_attendance WHERE person_id = @dropId AND ${sharedSessions}`).all(params) as Record<string, unknown>[],
    movedAttendance: (db.prepare(`SELECT id FROM training_attendance WHERE person_id = @dropId AND NOT ${sharedSessions}`).all(params) as { id: string }[]).map((r) => r.id),
    deletedPlaces: db.prepare(`SELECT * FROM training_participant WHERE person_id = @dropId AND ${sharedCourses}`).all(params) as Record<string, unknown>[],
    movedPlaces: db.prepare(`SELECT id, updated_at FROM training_participant WHERE person_id = @dropId AND NOT ${sharedCourses}`).all(params) as { id: string; updated_at: string }[],
    courses,
  };
  db.prepare(`DELETE FROM training_attendance WHERE person_id = @dropId AND ${sharedSessions}`).run(params);
  db.prepare('UPDATE training_attendance SET person_id = @keepId WHERE person_id = @dropId').run(params);
  db.prepare(`DELETE FROM training_participant WHERE person_id = @dropId AND ${sharedCourses}`).run(params);
  db.prepare('UPDATE training_participant SET person_id = @keepId, updated_at = @now WHERE person_id = @dropId').run({ ...params, now });
  db.prepare('DELETE FROM staff_person WHERE id = ?').run(dropId);
  for (const courseId of courses) refreshCompletion(db, courseId);
  return undo;
}

/** Puts a merged record back with its places, attendance and marks, as before the merge. Call inside a transaction. */
export function undoMerge(db: Db, undo: StaffMergeUndo): void {
  reinsert(db, 'staff_person', undo.dropped);
  for (const row of undo.notDuplicates) reinsert(db, 'staff_not_duplicate', row);
  const back = db.prepare('UPDATE training_attendance SET person_id = @dropId WHERE id = @id');
  for (const id of undo.movedAttendance) back.run({ dropId: undo.dropId, id });
  for (const row of undo.deletedAttendance) reinsert(db, 'training_attendance', row);
  const place = db.prepare('UPDATE training_participant SET person_id = @dropId, updated_at = @updatedAt WHERE id = @id');
  for (const p of undo.movedPlaces) place.run({ dropId: undo.dropId, updatedAt: p.updated_at, id: p.id });
  for (const row of undo.deletedPlaces) reinsert(db, 'training_participant', row);
  for (const courseId of undo.courses) refreshCompletion(db, courseId);
}

/** Changes a course's own details (not its sessions). Call inside a transaction. */
export function updateCourseInfo(db: Db, id: string, fields: Omit<TrainingCourseFields, 'sessions'>, stamp: WriteStamp): void {
  db.prepare(
    `UPDATE training_course SET title = ?, topics = ?, organiser = ?, trainers = ?, venue = ?, start_date = ?, end_date = ?,
       completion_percent = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(fields.title, fields.topics.join(','), fields.organiser, fields.trainers, fields.venue, fields.startDate, fields.endDate,
    fields.completionPercent, stamp.now, stamp.userId, id);
  refreshCompletion(db, id);
}

/** How many attendance marks a session, or a whole course, has. */
export function attendanceCount(db: Db, scope: { sessionId: string } | { courseId: string }): number {
  const sql =
    'sessionId' in scope
      ? 'SELECT count(*) AS n FROM training_attendance WHERE session_id = ?'
      : 'SELECT count(*) AS n FROM training_attendance a JOIN training_session s ON s.id = a.session_id WHERE s.course_id = ?';
  return (db.prepare(sql).get('sessionId' in scope ? scope.sessionId : scope.courseId) as { n: number }).n;
}

/**
 * Numbers a course's sessions 1, 2, ... in date order (a day before its afternoon), touching only rows
 * whose number changes; numbers pass through a high range first so UNIQUE (course_id, session_no) holds.
 */
function renumberSessions(db: Db, courseId: string, now: string): void {
  const rows = db
    .prepare(
      `SELECT id, session_no AS no FROM training_session WHERE course_id = ?
       ORDER BY session_date, CASE part WHEN 'day' THEN 0 WHEN 'morning' THEN 1 ELSE 2 END, session_no`,
    )
    .all(courseId) as { id: string; no: number }[];
  const moved = rows.map((r, i) => ({ ...r, next: i + 1 })).filter((r) => r.no !== r.next);
  const set = db.prepare('UPDATE training_session SET session_no = ?, updated_at = ? WHERE id = ?');
  for (const r of moved) set.run(100_000 + r.next, now, r.id);
  for (const r of moved) set.run(r.next, now, r.id);
}

/** Adds a session to a course, renumbering the sessions by date. Call inside a transaction. */
export function insertSession(db: Db, id: string, unitCode: string, courseId: string, fields: TrainingSessionFields, now: string): void {
  const next = (db.prepare('SELECT coalesce(max(session_no), 0) + 1 AS n FROM training_session WHERE course_id = ?').get(courseId) as { n: number }).n;
  db.prepare(
    `INSERT INTO training_session (id, unit_code, course_id, session_no, session_date, part, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, unitCode, courseId, next, fields.date, fields.part, now, now);
  renumberSessions(db, courseId, now);
  refreshCompletion(db, courseId);
}

export function updateSession(db: Db, id: string, courseId: string, fields: TrainingSessionFields, now: string): void {
  db.prepare('UPDATE training_session SET session_date = ?, part = ?, updated_at = ? WHERE id = ?').run(fields.date, fields.part, now, id);
  renumberSessions(db, courseId, now);
}

/** Deletes a session with its attendance, renumbers the rest and refreshes completion. Call inside a transaction. */
export function deleteSession(db: Db, id: string, courseId: string, now: string): void {
  db.prepare('DELETE FROM training_attendance WHERE session_id = ?').run(id);
  db.prepare('DELETE FROM training_session WHERE id = ?').run(id);
  renumberSessions(db, courseId, now);
  refreshCompletion(db, courseId);
}

/** Takes one person off a course's roster with their attendance in it; the register keeps them. Call inside a transaction. */
export function removeParticipant(db: Db, courseId: string, personId: string): void {
  db.prepare('DELETE FROM training_attendance WHERE person_id = ? AND session_id IN (SELECT id FROM training_session WHERE course_id = ?)').run(personId, courseId);
  db.prepare('DELETE FROM training_participant WHERE course_id = ? AND person_id = ?').run(courseId, personId);
}

/** Deletes a course with its sessions, roster and attendance. Call inside a transaction. */
export function deleteCourse(db: Db, id: string): void {
  db.prepare('DELETE FROM training_attendance WHERE session_id IN (SELECT id FROM training_session WHERE course_id = ?)').run(id);
  db.prepare('DELETE FROM training_participant WHERE course_id = ?').run(id);
  db.prepare('DELETE FROM training_session WHERE course_id = ?').run(id);
  db.prepare('DELETE FROM training_course WHERE id = ?').run(id);
}

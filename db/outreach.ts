import type Database from 'better-sqlite3';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';
import type { WriteStamp } from './business';
import type { OutreachEvent, OutreachEventFields, School, SchoolFields } from './outreachTypes';
import type { RecordOwner } from './staff';
import { vietnameseSortKey } from './text';

type Db = Database.Database;

export function insertSchool(db: Db, id: string, owner: RecordOwner, fields: SchoolFields, stamp: WriteStamp): void {
  db.prepare(
    `INSERT INTO school (id, unit_code, unit_list_version, name, kind, commune_code, enrolment, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, owner.unitCode, owner.unitListVersion, fields.name, fields.kind, fields.communeCode, fields.enrolment, stamp.now, stamp.now, stamp.userId, stamp.userId);
}

export function listSchools(db: Db): School[] {
  const rows = db
    .prepare('SELECT id, name, kind, commune_code AS communeCode, enrolment FROM school')
    .all() as School[];
  return rows.sort((a, b) => (vietnameseSortKey(a.name) < vietnameseSortKey(b.name) ? -1 : 1));
}

export function schoolExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM school WHERE id = ?').get(id) !== undefined;
}

/** Workers the named businesses employ (their recorded totals), and how many of the ids exist. */
export function workersOfBusinesses(db: Db, ids: readonly string[]): { found: number; workers: number } {
  if (ids.length === 0) return { found: 0, workers: 0 };
  const row = db
    .prepare('SELECT count(*) AS found, coalesce(sum(workers_total), 0) AS workers FROM business WHERE id IN (SELECT value FROM json_each(?))')
    .get(JSON.stringify(ids)) as { found: number; workers: number };
  return row;
}

/** Inserts an event with its communes and businesses. Call inside a transaction. */
export function insertOutreachEvent(db: Db, id: string, owner: RecordOwner, f: OutreachEventFields, stamp: WriteStamp, newId: () => string): void {
  db.prepare(
    `INSERT INTO outreach_event (id, unit_code, unit_list_version, type, event_date, organiser, workers_reached,
       students_reached, school_id, public_reached, materials, headcount_reason, notes, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, owner.unitCode, owner.unitListVersion, f.type, f.date, f.organiser, f.workersReached, f.studentsReached, f.schoolId,
    f.publicReached, f.materials, f.headcountReason, f.notes, stamp.now, stamp.now, stamp.userId, stamp.userId);
  const commune = db.prepare('INSERT INTO outreach_event_commune (id, unit_code, event_id, commune_code) VALUES (?, ?, ?, ?)');
  for (const code of new Set(f.communeCodes)) commune.run(newId(), owner.unitCode, id, code);
  const business = db.prepare('INSERT INTO outreach_event_business (id, unit_code, event_id, business_id) VALUES (?, ?, ?, ?)');
  for (const businessId of new Set(f.businessIds)) business.run(newId(), owner.unitCode, id, businessId);
}

interface EventRow {
  id: string;
  type: OutreachEvent['type'];
  event_date: string;
  organiser: string;
  workers_reached: number;
  students_reached: number;
  school_id: string | null;
  public_reached: number;
  materials: string;
  headcount_reason: string;
  notes: string;
  communes: string | null;
  businesses: string | null;
}

/** Events of a year (or all), or the one event with `id`. */
export function listOutreachEvents(db: Db, year: number | null, id: string | null = null, filter: OfficeFilter = {}): OutreachEvent[] {
  const rows = db
    .prepare(
      `SELECT e.*,
         (SELECT group_concat(commune_code) FROM outreach_event_commune c WHERE c.event_id = e.id) AS communes,
         (SELECT group_concat(business_id) FROM outreach_event_business b WHERE b.event_id = e.id) AS businesses
       FROM outreach_event e WHERE (@year IS NULL OR substr(e.event_date, 1, 4) = @year) AND (@id IS NULL OR e.id = @id)
         AND ${officeFilterSql('outreach_event', 'e')}
       ORDER BY e.event_date DESC, e.id`,
    )
    .all({ year: year === null ? null : String(year), id, ...officeFilterParams(filter) }) as EventRow[];
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    date: r.event_date,
    communeCodes: r.communes ? r.communes.split(',').sort() : [],
    organiser: r.organiser,
    workersReached: r.workers_reached,
    businessIds: r.businesses ? r.businesses.split(',') : [],
    studentsReached: r.students_reached,
    schoolId: r.school_id,
    publicReached: r.public_reached,
    materials: r.materials,
    headcountReason: r.headcount_reason,
    notes: r.notes,
  }));
}

export function updateSchool(db: Db, id: string, fields: SchoolFields, stamp: WriteStamp): void {
  db.prepare('UPDATE school SET name = ?, kind = ?, commune_code = ?, enrolment = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    fields.name, fields.kind, fields.communeCode, fields.enrolment, stamp.now, stamp.userId, id);
}

/** Events that name the school (it cannot be deleted while they do). */
export function eventsOfSchool(db: Db, id: string): number {
  return (db.prepare('SELECT count(*) AS n FROM outreach_event WHERE school_id = ?').get(id) as { n: number }).n;
}

export function deleteSchool(db: Db, id: string): void {
  db.prepare('DELETE FROM school WHERE id = ?').run(id);
}

/** Replaces an event's fields, communes and businesses (rows kept where unchanged). Call inside a transaction. */
export function updateOutreachEvent(db: Db, id: string, owner: RecordOwner, f: OutreachEventFields, stamp: WriteStamp, newId: () => string): void {
  db.prepare(
    `UPDATE outreach_event SET type = ?, event_date = ?, organiser = ?, workers_reached = ?, students_reached = ?, school_id = ?,
       public_reached = ?, materials = ?, headcount_reason = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(f.type, f.date, f.organiser, f.workersReached, f.studentsReached, f.schoolId, f.publicReached, f.materials, f.headcountReason,
    f.notes, stamp.now, stamp.userId, id);
  const links = [
    { table: 'outreach_event_commune', column: 'commune_code', values: f.communeCodes },
    { table: 'outreach_event_business', column: 'business_id', values: f.businessIds },
  ] as const;
  for (const { table, column, values } of links) {
    const wanted = JSON.stringify([...new Set(values)]);
    db.prepare(`DELETE FROM ${table} WHERE event_id = ? AND ${column} NOT IN (SELECT value FROM json_each(?))`).run(id, wanted);
    const have = new Set((db.prepare(`SELECT ${column} AS v FROM ${table} WHERE event_id = ?`).all(id) as { v: string }[]).map((r) => r.v));
    const insert = db.prepare(`INSERT INTO ${table} (id, unit_code, event_id, ${column}) VALUES (?, ?, ?, ?)`);
    for (const value of new Set(values)) if (!have.has(value)) insert.run(newId(), owner.unitCode, id, value);
  }
}

export function deleteOutreachEvent(db: Db, id: string): void {
  db.prepare('DELETE FROM outreach_event_commune WHERE event_id = ?').run(id);
  db.prepare('DELETE FROM outreach_event_business WHERE event_id = ?').run(id);
  db.prepare('DELETE FROM outreach_event WHERE id = ?').run(id);
}

import type Database from 'better-sqlite3';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';
import type { WriteStamp } from './business';
import type { StaffFields, StaffPerson } from './staffTypes';
import { escapeLike, identityKey, normalizeForSearch, vietnameseSortKey } from './text';

type Db = Database.Database;

export interface RecordOwner {
  unitCode: string;
  unitListVersion: string;
}

interface StaffRow {
  id: string;
  unit_list_version: string;
  full_name: string;
  gender: StaffFields['gender'];
  birth_year: number | null;
  position: string;
  agency: string;
  level: StaffFields['level'];
  work_unit_code: string;
  staff_group: StaffFields['group'];
  phone: string;
  status: StaffFields['status'];
  left_on: string | null;
  updated_at: string;
  unit_name: string | null;
}

/** Same normalised name + year of birth + unit: probably the same person entered twice. */
export function staffIdentityKey(fields: Pick<StaffFields, 'fullName' | 'birthYear' | 'unitCode'>): string {
  return identityKey(fields.fullName, String(fields.birthYear ?? ''), fields.unitCode);
}

function columns(fields: StaffFields) {
  return {
    full_name: fields.fullName,
    gender: fields.gender,
    birth_year: fields.birthYear,
    position: fields.position,
    agency: fields.agency,
    level: fields.level,
    work_unit_code: fields.unitCode,
    staff_group: fields.group,
    phone: fields.phone,
    status: fields.status,
    left_on: fields.status === 'left' ? (fields.leftOn ?? null) : null,
    search_text: normalizeForSearch([fields.fullName, fields.position, fields.agency, fields.phone].join(' ')),
    sort_key: vietnameseSortKey(fields.fullName),
    identity_key: staffIdentityKey(fields),
  };
}

const SELECT = `SELECT p.*, u.name AS unit_name FROM staff_person p
  LEFT JOIN admin_unit u ON u.list_version = p.unit_list_version AND u.code = p.work_unit_code`;

function toPerson(r: StaffRow): StaffPerson {
  return {
    id: r.id,
    fullName: r.full_name,
    gender: r.gender,
    birthYear: r.birth_year,
    position: r.position,
    agency: r.agency,
    level: r.level,
    unitCode: r.work_unit_code,
    unitName: r.unit_name ?? r.work_unit_code,
    group: r.staff_group,
    phone: r.phone,
    status: r.status,
    leftOn: r.left_on,
    updatedAt: r.updated_at,
  };
}

const insertStatements = new WeakMap<Db, Database.Statement>();

export function insertStaff(db: Db, id: string, owner: RecordOwner, fields: StaffFields, stamp: WriteStamp): void {
  let insert = insertStatements.get(db);
  if (!insert) {
    insert = db.prepare(
    `INSERT INTO staff_person (id, unit_code, unit_list_version, full_name, gender, birth_year, position, agency, level,
       work_unit_code, staff_group, phone, status, left_on, search_text, sort_key, identity_key, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @unit_code, @unit_list_version, @full_name, @gender, @birth_year, @position, @agency, @level,
       @work_unit_code, @staff_group, @phone, @status, @left_on, @search_text, @sort_key, @identity_key, @now, @now, @user, @user)`,
    );
    insertStatements.set(db, insert);
  }
  insert.run({ id, unit_code: owner.unitCode, unit_list_version: owner.unitListVersion, ...columns(fields), now: stamp.now, user: stamp.userId });
}

export function updateStaff(db: Db, id: string, fields: StaffFields, stamp: WriteStamp): boolean {
  const result = db
    .prepare(
      `UPDATE staff_person SET full_name = @full_name, gender = @gender, birth_year = @birth_year, position = @position,
         agency = @agency, level = @level, work_unit_code = @work_unit_code, staff_group = @staff_group, phone = @phone,
         status = @status, left_on = @left_on, search_text = @search_text, sort_key = @sort_key, identity_key = @identity_key,
         updated_at = @now, updated_by = @user
       WHERE id = @id`,
    )
    .run({ id, ...columns(fields), now: stamp.now, user: stamp.userId });
  return result.changes === 1;
}

export function getStaff(db: Db, id: string): StaffPerson | undefined {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as StaffRow | undefined;
  return row && toPerson(row);
}

export function listStaff(db: Db, query: { search: string; offset: number; limit: number } & OfficeFilter): { total: number; rows: StaffPerson[] } {
  const where = `WHERE (@search = '' OR p.search_text LIKE @pattern ESCAPE '\\') AND ${officeFilterSql('staff_person', 'p')}`;
  const search = normalizeForSearch(query.search);
  const params = { search, pattern: `%${escapeLike(search)}%`, ...officeFilterParams(query) };
  const total = (db.prepare(`SELECT count(*) AS n FROM staff_person p ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY p.sort_key, p.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.limit, offset: query.offset }) as StaffRow[];
  return { total, rows: rows.map(toPerson) };
}

/** A person already registered with the same identity key (the first by name order). */
const identityStatements = new WeakMap<Db, Database.Statement>();

export function findStaffByIdentity(db: Db, key: string): StaffPerson | undefined {
  let find = identityStatements.get(db);
  if (!find) {
    find = db.prepare(`${SELECT} WHERE p.identity_key = ? ORDER BY p.created_at, p.id LIMIT 1`);
    identityStatements.set(db, find);
  }
  const row = find.get(key) as StaffRow | undefined;
  return row && toPerson(row);
}

/**
 * Pairs of people sharing an identity key, offered for merging (never merged silently), except pairs the
 * clerk has marked as two different people. Each pair is in name-then-entry order: the earlier record first.
 */
export function likelyDuplicates(db: Db): StaffPerson[][] {
  const rows = db
    .prepare(
      `${SELECT} WHERE p.identity_key IN (SELECT identity_key FROM staff_person GROUP BY identity_key HAVING count(*) > 1)
       ORDER BY p.sort_key, p.identity_key, p.created_at, p.id`,
    )
    .all() as (StaffRow & { identity_key: string })[];
  const groups = new Map<string, StaffPerson[]>();
  for (const row of rows) groups.set(row.identity_key, [...(groups.get(row.identity_key) ?? []), toPerson(row)]);
  const marked = new Set(
    (db.prepare('SELECT first_id AS a, second_id AS b FROM staff_not_duplicate').all() as { a: string; b: string }[]).map((r) => `${r.a} ${r.b}`),
  );
  const pairs: StaffPerson[][] = [];
  for (const group of groups.values()) {
    group.forEach((first, i) => {
      for (const second of group.slice(i + 1)) if (!marked.has(staffPair(first.id, second.id).join(' '))) pairs.push([first, second]);
    });
  }
  return pairs;
}

/** The units staff of an office may serve: the office's own unit and every unit under it. */
export function staffUnits(db: Db, listVersion: string, unitCode: string): { code: string; name: string; level: StaffFields['level'] }[] {
  return db
    .prepare(
      `WITH RECURSIVE tree(code) AS (
         SELECT code FROM admin_unit WHERE list_version = @listVersion AND code = @unitCode
         UNION ALL
         SELECT u.code FROM admin_unit u JOIN tree t ON u.parent_code = t.code WHERE u.list_version = @listVersion
       )
       SELECT u.code, u.name, u.level FROM admin_unit u JOIN tree t ON t.code = u.code
       WHERE u.list_version = @listVersion
       ORDER BY CASE u.level WHEN 'province' THEN 0 WHEN 'district' THEN 1 ELSE 2 END, u.sort_key`,
    )
    .all({ listVersion, unitCode }) as { code: string; name: string; level: StaffFields['level'] }[];
}

/** The pair in its stored order (smaller id first). */
export function staffPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Records that two people with the same identity key are different people. Call inside a transaction. */
export function markNotDuplicate(db: Db, id: string, unitCode: string, a: string, b: string, stamp: WriteStamp): boolean {
  const [first, second] = staffPair(a, b);
  const result = db
    .prepare(
      `INSERT INTO staff_not_duplicate (id, unit_code, first_id, second_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (first_id, second_id) DO NOTHING`,
    )
    .run(id, unitCode, first, second, stamp.now, stamp.userId);
  return result.changes === 1;
}

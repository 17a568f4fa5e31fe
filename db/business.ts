import type Database from 'better-sqlite3';
import type {
  Business,
  BusinessChange,
  BusinessFields,
  BusinessListRow,
  BusinessPage,
  BusinessQuery,
} from './businessTypes';
import { changesForRow } from './changeLog';
import { fromOriginSql } from './packageRecords';
import { escapeLike, identityKey, normalizeForSearch, vietnameseSortKey } from './text';

type Db = Database.Database;

/** One row of the business table, exactly as stored. */
interface BusinessRow {
  id: string;
  unit_code: string;
  unit_list_version: string;
  name: string;
  type: Business['type'];
  address: string;
  commune_code: string;
  owner_name: string;
  phone: string;
  registration_no: string;
  registration_date: string | null;
  security_cert_no: string;
  security_cert_date: string | null;
  licence_no: string;
  licence_date: string | null;
  licence_issuer: string;
  workers_total: number | null;
  workers_women: number | null;
  status: Business['status'];
  notes: string;
  search_text: string;
  sort_key: string;
  registration_key: string;
  identity_key: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
}

export interface WriteStamp {
  userId: string | null;
  now: string;
}

export interface BusinessOwner {
  unitCode: string;
  unitListVersion: string;
}

export function registrationKey(registrationNo: string): string {
  return normalizeForSearch(registrationNo).replace(/[^a-z0-9]/g, '');
}

export function businessIdentityKey(fields: Pick<BusinessFields, 'name' | 'address'>): string {
  return identityKey(fields.name, fields.address);
}

function derivedColumns(fields: BusinessFields) {
  return {
    search_text: normalizeForSearch(
      [fields.name, fields.address, fields.ownerName, fields.registrationNo, fields.phone].join(' '),
    ),
    sort_key: vietnameseSortKey(fields.name),
    registration_key: registrationKey(fields.registrationNo),
    identity_key: businessIdentityKey(fields),
  };
}

function fieldColumns(fields: BusinessFields) {
  return {
    name: fields.name,
    type: fields.type,
    address: fields.address,
    commune_code: fields.communeCode,
    owner_name: fields.ownerName,
    phone: fields.phone,
    registration_no: fields.registrationNo,
    registration_date: fields.registrationDate,
    security_cert_no: fields.securityCertNo,
    security_cert_date: fields.securityCertDate,
    licence_no: fields.licenceNo ?? '',
    licence_date: fields.licenceDate ?? null,
    licence_issuer: fields.licenceIssuer ?? '',
    workers_total: fields.workersTotal,
    workers_women: fields.workersWomen,
    status: fields.status,
    notes: fields.notes,
    ...derivedColumns(fields),
  };
}

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  const writable = `name = @name, type = @type, address = @address, commune_code = @commune_code,
    owner_name = @owner_name, phone = @phone, registration_no = @registration_no,
    registration_date = @registration_date, security_cert_no = @security_cert_no,
    security_cert_date = @security_cert_date, licence_no = @licence_no, licence_date = @licence_date,
    licence_issuer = @licence_issuer, workers_total = @workers_total,
    workers_women = @workers_women, status = @status, notes = @notes, search_text = @search_text,
    sort_key = @sort_key, registration_key = @registration_key, identity_key = @identity_key`;
  return {
    insert: db.prepare(`INSERT INTO business (id, unit_code, unit_list_version, name, type, address,
      commune_code, owner_name, phone, registration_no, registration_date, security_cert_no,
      security_cert_date, licence_no, licence_date, licence_issuer, workers_total, workers_women, status, notes, search_text, sort_key,
      registration_key, identity_key, created_at, updated_at, created_by, updated_by)
      VALUES (@id, @unit_code, @unit_list_version, @name, @type, @address, @commune_code, @owner_name,
      @phone, @registration_no, @registration_date, @security_cert_no, @security_cert_date,
      @licence_no, @licence_date, @licence_issuer, @workers_total, @workers_women, @status, @notes, @search_text, @sort_key, @registration_key,
      @identity_key, @now, @now, @user, @user)`),
    update: db.prepare(`UPDATE business SET ${writable}, updated_at = @now, updated_by = @user WHERE id = @id`),
    get: db.prepare(`SELECT b.*, coalesce(u.name, b.commune_code) AS commune_name FROM business b
      LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code
      WHERE b.id = ?`),
  };
}

function statementsFor(db: Db) {
  let s = statements.get(db);
  if (!s) {
    s = prepare(db);
    statements.set(db, s);
  }
  return s;
}

export function insertBusiness(db: Db, id: string, owner: BusinessOwner, fields: BusinessFields, stamp: WriteStamp) {
  statementsFor(db).insert.run({
    id,
    unit_code: owner.unitCode,
    unit_list_version: owner.unitListVersion,
    ...fieldColumns(fields),
    now: stamp.now,
    user: stamp.userId,
  });
}

/** Returns false when no business has that id. */
export function updateBusiness(db: Db, id: string, fields: BusinessFields, stamp: WriteStamp): boolean {
  const result = statementsFor(db).update.run({ id, ...fieldColumns(fields), now: stamp.now, user: stamp.userId });
  return result.changes === 1;
}

type BusinessRowWithCommune = BusinessRow & { commune_name: string };

function toBusiness(row: BusinessRowWithCommune): Business {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    address: row.address,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    ownerName: row.owner_name,
    phone: row.phone,
    registrationNo: row.registration_no,
    registrationDate: row.registration_date,
    securityCertNo: row.security_cert_no,
    securityCertDate: row.security_cert_date,
    licenceNo: row.licence_no,
    licenceDate: row.licence_date,
    licenceIssuer: row.licence_issuer,
    workersTotal: row.workers_total,
    workersWomen: row.workers_women,
    status: row.status,
    notes: row.notes,
    unitCode: row.unit_code,
    unitListVersion: row.unit_list_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

export function getBusiness(db: Db, id: string): Business | undefined {
  const row = statementsFor(db).get.get(id) as BusinessRowWithCommune | undefined;
  return row && toBusiness(row);
}

export function businessFields(b: Business): BusinessFields {
  return {
    name: b.name,
    type: b.type,
    address: b.address,
    communeCode: b.communeCode,
    ownerName: b.ownerName,
    phone: b.phone,
    registrationNo: b.registrationNo,
    registrationDate: b.registrationDate,
    securityCertNo: b.securityCertNo,
    securityCertDate: b.securityCertDate,
    licenceNo: b.licenceNo ?? '',
    licenceDate: b.licenceDate ?? null,
    licenceIssuer: b.licenceIssuer ?? '',
    workersTotal: b.workersTotal,
    workersWomen: b.workersWomen,
    status: b.status,
    notes: b.notes,
  };
}

const SORT_COLUMNS: Record<BusinessQuery['sort'], string> = {
  name: 'b.sort_key',
  commune: 'u.sort_key',
  type: 'b.type',
  status: 'b.status',
  updated: 'b.updated_at',
};

/** FTS5 trigram needs three characters; shorter words are matched by LIKE on the same column. */
const TRIGRAM = 3;

function searchClause(words: string[]): { sql: string[]; params: string[] } {
  const long = words.filter((w) => w.length >= TRIGRAM);
  const short = words.filter((w) => w.length < TRIGRAM);
  const sql: string[] = [];
  const params: string[] = [];
  if (long.length > 0) {
    sql.push('b.row_no IN (SELECT rowid FROM business_search WHERE business_search MATCH ?)');
    params.push(ftsQuery(long));
  }
  for (const word of short) {
    sql.push("b.search_text LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(word)}%`);
  }
  return { sql, params };
}

/** The FTS5 query for words of three characters or more: each as a quoted trigram phrase, all required. */
export function ftsQuery(words: string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

/**
 * Search relevance, best first, computed from the stored search text (which begins with the folded
 * name: names are stored NFC and trimmed, so the name's length measures that prefix):
 * 0 the name is exactly what was typed; 1 the name starts with it; 2 every typed word starts a word of
 * the name ("anh duong" -> "Karaoke Ánh Dương"); 3 every word starts a word anywhere (address, owner,
 * numbers); 4 the words are only inside other words ("anh" in "Thanh").
 */
function rankSql(words: string[]): { sql: string; params: string[] } {
  const phrase = words.join(' ');
  const name = 'substr(b.search_text, 1, length(b.name))';
  const startsWord = (within: string) => words.map(() => `instr(' ' || ${within}, ' ' || ?) > 0`).join(' AND ');
  return {
    sql: `CASE
      WHEN ${name} = ? THEN 0
      WHEN substr(b.search_text, 1, length(?) + 1) = ? || ' ' THEN 1
      WHEN ${startsWord(name)} THEN 2
      WHEN ${startsWord('b.search_text')} THEN 3
      ELSE 4 END`,
    params: [phrase, phrase, phrase, ...words, ...words],
  };
}

const listStatements = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepared once per connection and SQL text: a search typed letter by letter reuses its statements. */
function cached(db: Db, sql: string): Database.Statement {
  let byText = listStatements.get(db);
  if (!byText) {
    byText = new Map();
    listStatements.set(db, byText);
  }
  let statement = byText.get(sql);
  if (!statement) {
    if (byText.size >= 64) byText.clear();
    statement = db.prepare(sql);
    byText.set(sql, statement);
  }
  return statement;
}

export function listBusinesses(db: Db, query: BusinessQuery): BusinessPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const words = normalizeForSearch(query.search).split(' ').filter(Boolean);
  const search = searchClause(words);
  where.push(...search.sql);
  params.push(...search.params);
  if (query.communeCode !== null) {
    where.push('b.commune_code = ?');
    params.push(query.communeCode);
  }
  if (query.type !== null) {
    where.push('b.type = ?');
    params.push(query.type);
  }
  if (query.status !== null) {
    where.push('b.status = ?');
    params.push(query.status);
  }
  if (query.originInstallationId) {
    where.push(fromOriginSql('business', 'b'));
    params.push(query.originInstallationId);
  }
  if (query.unitCode) {
    where.push('b.unit_code = ?');
    params.push(query.unitCode);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const direction = query.descending ? 'DESC' : 'ASC';
  // Searching in name order (the register's default), the best matches come first.
  const rank = words.length > 0 && query.sort === 'name' && !query.descending ? rankSql(words) : null;
  const order = `${rank ? `${rank.sql}, ` : ''}${SORT_COLUMNS[query.sort]} ${direction}, b.sort_key ${direction}, b.id`;
  // The page's keys first (the commune's name joined only when it is the order), then its 200 rows:
  // matches outside the page are ranked from the row alone, never joined or copied whole.
  const communeJoin = query.sort === 'commune' ? 'LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code' : '';
  const page = cached(db, `SELECT b.row_no FROM business b ${communeJoin} ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, ...(rank?.params ?? []), query.limit, query.offset) as number[];
  const onlyFts = search.sql.length === 1 && where.length === 1 && words.every((w) => w.length >= TRIGRAM);
  // The trigram index holds exactly the register's rows (kept by triggers): it counts its matches alone.
  const total =
    page.length < query.limit && (query.offset === 0 || page.length > 0)
      ? query.offset + page.length
      : onlyFts
        ? (cached(db, 'SELECT count(*) FROM business_search WHERE business_search MATCH ?').pluck().get(...params) as number)
        : (cached(db, `SELECT count(*) FROM business b ${filter}`).pluck().get(...params) as number);
  const found = cached(
    db,
    `SELECT b.row_no, b.id, b.name, b.type, b.address, b.commune_code, coalesce(u.name, b.commune_code) AS commune_name,
        b.owner_name, b.registration_no, b.status, b.updated_at
       FROM business b LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code
       WHERE b.row_no IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(page)) as (BusinessRowWithCommune & { row_no: number })[];
  const byRow = new Map(found.map((r) => [r.row_no, r]));
  const rows = page.map((rowNo) => byRow.get(rowNo)).filter((r) => r !== undefined);
  return {
    total,
    rows: rows.map(
      (r): BusinessListRow => ({
        id: r.id,
        name: r.name,
        type: r.type,
        address: r.address,
        communeCode: r.commune_code,
        communeName: r.commune_name,
        ownerName: r.owner_name,
        registrationNo: r.registration_no,
        status: r.status,
        updatedAt: r.updated_at,
      }),
    ),
  };
}

/** Every business, in name order, for export. */
export function allBusinesses(db: Db): Business[] {
  const rows = db
    .prepare(
      `SELECT b.*, coalesce(u.name, b.commune_code) AS commune_name FROM business b
       LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code
       ORDER BY b.sort_key, b.id`,
    )
    .all() as BusinessRowWithCommune[];
  return rows.map(toBusiness);
}

export interface ExistingMatch {
  id: string;
  name: string;
}

/** Businesses already registered under a registration number or the same name and address. */
export function findExistingMatches(db: Db, fields: Pick<BusinessFields, 'name' | 'address' | 'registrationNo'>) {
  const key = registrationKey(fields.registrationNo);
  const byRegistration = key
    ? // The repeated condition lets SQLite use the partial index on non-empty registration keys.
      (db.prepare("SELECT id, name FROM business WHERE registration_key = ? AND registration_key <> '' LIMIT 1").get(key) as
        | ExistingMatch
        | undefined)
    : undefined;
  const byIdentity = db
    .prepare('SELECT id, name FROM business WHERE identity_key = ? LIMIT 1')
    .get(businessIdentityKey(fields)) as ExistingMatch | undefined;
  return { byRegistration, byIdentity };
}

const HIDDEN_FIELDS = new Set(['search_text', 'sort_key', 'registration_key', 'identity_key', 'updated_at', 'updated_by', 'created_at', 'created_by']);

/** The business's change history, each entry with the fields that changed. */
export function businessHistory(db: Db, id: string): BusinessChange[] {
  let previous: Record<string, unknown> = {};
  return changesForRow(db, 'business', id).map((entry) => {
    const fields = Object.keys(entry.row)
      .filter((field) => !HIDDEN_FIELDS.has(field) && previous[field] !== entry.row[field])
      .map((field) => ({ field, before: previous[field] ?? null, after: entry.row[field] ?? null }));
    previous = entry.row;
    const changedBy = entry.row.updated_by;
    return {
      seq: entry.seq,
      op: entry.op,
      changedAt: entry.changedAt,
      changedBy: typeof changedBy === 'string' ? changedBy : null,
      fields: entry.op === 'I' ? fields.filter((f) => f.after !== '' && f.after !== null) : fields,
    };
  });
}

import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir, rawConnection } from './testing';
import { DatabaseTooNewError, latestVersion, loadMigrations, migrate, migrationVersion } from './migrate';
import { installChangeLogTriggers } from './changeLog';
import { DB_FILE_NAME, DbError, openDatabase, pragmaProblems } from './open';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function dataDir(): string {
  const { dir, cleanup } = tempDataDir();
  cleanups.push(cleanup);
  return dir;
}

/** The whole schema as SQL text: any change to it must be made on purpose, with a migration. */
function schemaOf(db: Database.Database): string {
  return (
    db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name").all() as {
      type: string;
      name: string;
      sql: string;
    }[]
  )
    .map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/\s+/g, ' ')}`)
    .join('\n');
}

describe('openDatabase', () => {
  it('opens with WAL, synchronous=FULL and foreign keys, at the latest schema', () => {
    const db = openDatabase(dataDir());
    expect(pragmaProblems(db)).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('refuses a database written by a newer app version and leaves it untouched', () => {
    const dir = dataDir();
    openDatabase(dir).close();
    const file = path.join(dir, DB_FILE_NAME);
    const raw = rawConnection(file);
    raw.pragma(`user_version = ${latestVersion() + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(dir)).toThrow(DatabaseTooNewError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('says plainly when the file is not a database (encrypted, a wrong key looks the same)', () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, DB_FILE_NAME), 'this is not sqlite '.repeat(100));
    expect(() => openDatabase(dir)).toThrow(expect.objectContaining({ messageKey: 'errors.db.keyWrong' }) as DbError);
  });

  it.skipIf(process.getuid?.() === 0)('says plainly when the data folder is read-only', () => {
    const dir = dataDir();
    fs.chmodSync(dir, 0o500);
    expect(() => openDatabase(dir)).toThrow(DbError);
  });
});

describe('migrations', () => {
  it('are numbered without gaps and each applies in its own transaction', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('roll back a failing migration completely', () => {
    const db = new Database(':memory:');
    const good = loadMigrations();
    const broken = [...good, { version: good.length + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM missing_table;' }];
    expect(() => migrate(db, { migrations: broken })).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(good.length);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half'").get()).toBeUndefined();
  });

  it('0001 creates the register with change-log triggers that record every write', () => {
    const db = new Database(':memory:');
    migrate(db, { target: 1 });
    db.prepare(
      `INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
       VALUES ('b1', '20', 'VN-2025', 'Karaoke Ánh Dương', 'karaoke', '05977', 'operating', 'karaoke anh duong', 'k', 'k', 'now', 'now')`,
    ).run();
    db.prepare("UPDATE business SET status = 'closed' WHERE id = 'b1'").run();
    db.prepare("DELETE FROM business WHERE id = 'b1'").run();
    const log = db.prepare('SELECT op, row_json FROM change_log ORDER BY seq').all() as { op: string; row_json: string }[];
    expect(log.map((l) => l.op)).toEqual(['I', 'U', 'D']);
    expect(JSON.parse(log[1]?.row_json ?? '{}')).toMatchObject({ id: 'b1', status: 'closed', name: 'Karaoke Ánh Dương' });
    expect(JSON.parse(log[0]?.row_json ?? '{}')).not.toHaveProperty('row_no');
  });

  it('refresh only the change-log triggers whose table changed, and log the new column', () => {
    const db = new Database(':memory:');
    migrate(db);
    const triggers = () =>
      new Map((db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'change_log_%'").all() as { name: string; sql: string }[]).map((t) => [t.name, t.sql]));
    const before = triggers();
    installChangeLogTriggers(db);
    expect(triggers()).toEqual(before);
    db.exec("ALTER TABLE staff_person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''");
    installChangeLogTriggers(db);
    const after = triggers();
    const changed = [...after.keys()].filter((name) => after.get(name) !== before.get(name));
    expect(changed.sort()).toEqual(['change_log_staff_person_delete', 'change_log_staff_person_insert', 'change_log_staff_person_update']);
    expect(after.get('change_log_staff_person_insert')).toContain("'nickname', NEW.nickname");
  });

  it('leave synchronous=FULL on the connection after migrating with per-step flushes off', () => {
    const db = new Database(':memory:');
    db.pragma('synchronous = FULL');
    migrate(db);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('keep the schema snapshot (update db/schema.snapshot.sql only together with a new migration)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const snapshotFile = path.join(__dirname, 'schema.snapshot.sql');
    const schema = schemaOf(db) + '\n';
    // After adding a migration: UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run db/migrate, then review the diff.
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') fs.writeFileSync(snapshotFile, schema);
    expect(schema).toBe(fs.readFileSync(snapshotFile, 'utf8'));
  });
});

describe('0002 unit lists', () => {
  it('registers the unit lists already loaded, keeping their units', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('unit_lists') - 1 });
    db.prepare(
      "INSERT INTO admin_unit (list_version, code, name, level, kind, parent_code, sort_key) VALUES ('VN-2025', '20', 'Tỉnh Lạng Sơn', 'province', 'tỉnh', NULL, 'k')",
    ).run();
    migrate(db, { target: migrationVersion('unit_lists') });
    expect(db.prepare('SELECT list_version, label FROM unit_list').all()).toEqual([{ list_version: 'VN-2025', label: 'VN-2025' }]);
    expect(db.prepare('SELECT count(*) AS n FROM admin_unit').get()).toEqual({ n: 1 });
  });
});

import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalEntry, entryHash, latestAuditHash, listAudit, recordAudit, sealAudit, verifyAuditChain, withAuditActor, type AuditActor } from './audit';
import { insertBusiness, updateBusiness } from './business';
import { loadMigrations, migrate, migrationVersion } from './migrate';
import { DB_FILE_NAME, openDatabase, type Db } from './open';
import { businessFields, tempDataDir, rawConnection } from './testing';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function open(): { db: Db; dir: string } {
  const { dir, cleanup } = tempDataDir();
  const db = openDatabase(dir);
  cleanups.push(() => {
    if (db.open) db.close();
    cleanup();
  });
  return { db, dir };
}

const OWNER = { unitCode: '20', unitListVersion: 'VN-2025' };
const STAMP = { userId: null, now: '2026-11-28T08:00:00.000Z' };
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const clerk = (): AuditActor => ({ userId: 'u-1', userName: 'Nguyễn Thị Hoa', via: 'businesses.update', recorded: 0 });

function addBusinesses(db: Db, count: number): void {
  for (let i = 1; i <= count; i += 1) {
    insertBusiness(db, id(i), OWNER, businessFields({ name: `Nhà nghỉ số ${i}`, registrationNo: `14A${i}` }), STAMP);
  }
}

/** What an attacker with the file does: drop the guard, edit, go. */
function tamper(db: Db, sql: string, ...params: unknown[]): void {
  db.exec('DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_seal_only');
  db.prepare(sql).run(...params);
}

describe('audit trail of record changes', () => {
  it('logs every create and change of a synced table with its fields, user, and a sealed hash', () => {
    const { db } = open();
    withAuditActor(clerk(), () => insertBusiness(db, id(1), OWNER, businessFields({ notes: '' }), STAMP));
    withAuditActor(clerk(), () =>
      updateBusiness(db, id(1), businessFields({ notes: '', phone: '0912 345 678', status: 'suspended' }), STAMP),
    );
    const { rows, total } = listAudit(db, {});
    expect(total).toBe(2);
    const [update, create] = rows;
    expect(update).toMatchObject({
      action: 'record.update',
      via: 'businesses.update',
      userName: 'Nguyễn Thị Hoa',
      targetTable: 'business',
      recordId: id(1),
      recordLabel: 'Nhà nghỉ Hoàng Anh',
      fields: ['phone', 'status'],
    });
    expect(create?.action).toBe('record.create');
    expect(create?.fields).toEqual(expect.arrayContaining(['name', 'type', 'phone', 'unit_code']));
    expect(create?.fields).not.toContain('search_text');
    expect(create?.fields).not.toContain('notes'); // empty
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(0);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 2, headHash: latestAuditHash(db) });
  });

  it('rolls the entry back with a failed write, leaving no hole in the numbering', () => {
    const { db } = open();
    addBusinesses(db, 1);
    expect(() =>
      db.transaction(() => {
        insertBusiness(db, id(2), OWNER, businessFields({ name: 'Karaoke' }), STAMP);
        throw new Error('power cut');
      })(),
    ).toThrow('power cut');
    insertBusiness(db, id(3), OWNER, businessFields({ name: 'Karaoke' }), STAMP);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 2 });
  });

  it('covers a synced table added by a later migration, with no code change', () => {
    const { db } = open();
    const extra = {
      version: loadMigrations().length + 1,
      name: 'test_inspection',
      sql: `CREATE TABLE test_inspection (id TEXT PRIMARY KEY, name TEXT NOT NULL, result TEXT NOT NULL, updated_at TEXT) STRICT;
            INSERT INTO synced_table (name) VALUES ('test_inspection');`,
    };
    migrate(db, { migrations: [...loadMigrations(), extra] });
    withAuditActor(clerk(), () => {
      db.prepare("INSERT INTO test_inspection VALUES ('i-1', 'Kiểm tra quý IV', 'đạt', 'a')").run();
      db.prepare("UPDATE test_inspection SET result = 'không đạt', updated_at = 'b' WHERE id = 'i-1'").run();
      db.prepare("DELETE FROM test_inspection WHERE id = 'i-1'").run();
    });
    const { rows } = listAudit(db, { record: 'kiem tra quy' });
    expect(rows.map((r) => [r.action, r.targetTable, r.fields, r.userName])).toEqual([
      ['record.delete', 'test_inspection', null, 'Nguyễn Thị Hoa'],
      ['record.update', 'test_inspection', ['result'], 'Nguyễn Thị Hoa'],
      ['record.create', 'test_inspection', ['name', 'result'], 'Nguyễn Thị Hoa'],
    ]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('refuses to delete or change an entry', () => {
    const { db } = open();
    addBusinesses(db, 2);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET user_name = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET hash = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
  });
});

describe('verifyAuditChain', () => {
  it('finds an entry deleted by someone who dropped the guard, and says which', () => {
    const { db } = open();
    addBusinesses(db, 5);
    tamper(db, 'DELETE FROM audit_log WHERE seq = 3');
    const result = verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, entries: 2, problem: { kind: 'deleted', seq: 3 } });
    expect(result.problem?.at).toBe(db.prepare('SELECT at FROM audit_log WHERE seq = 4').pluck().get());
  });

  it('finds the newest entries deleted', () => {
    const { db } = open();
    addBusinesses(db, 4);
    tamper(db, 'DELETE FROM audit_log WHERE seq >= 3');
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, problem: { kind: 'deleted', seq: 3 } });
  });

  it('finds an altered entry, even when the attacker re-hashed it', () => {
    const { db } = open();
    addBusinesses(db, 5);
    tamper(db, "UPDATE audit_log SET user_name = 'Người khác' WHERE seq = 2");
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, problem: { kind: 'altered', seq: 2 } });

    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 2').get() as Record<string, unknown>;
    const rehashed = entryHash(
      canonicalEntry([2, row.at, row.user_id, row.user_name, row.action, row.via, row.target_table, row.record_id, row.record_label, row.fields, row.detail, row.prev_hash]),
    );
    db.prepare('UPDATE audit_log SET hash = ? WHERE seq = 2').run(rehashed);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, problem: { kind: 'altered', seq: 2 } });
  });

  it('encodes entries in JavaScript exactly as SQLite does', () => {
    const { db } = open();
    const values = [7, 'Nhà nghỉ "Hoàng" \\ Đức\n\t\u0001\u001f\u007f 😀', null, '["a",1]', ''];
    const sql = db.prepare('SELECT json_array(CAST(? AS INTEGER), ?, ?, ?, ?)').pluck().get(...values);
    expect(canonicalEntry(values)).toBe(sql);
  });

  it('verifies an empty trail', () => {
    const { db } = open();
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 0, headHash: null });
  });
});

describe('sealing', () => {
  it('seals at the next open an entry committed by a connection that could not seal it (a crash, another tool)', () => {
    const { db, dir } = open();
    addBusinesses(db, 2);
    db.close();
    // A plain connection has the persistent triggers but not the app's seal trigger.
    const raw = rawConnection(path.join(dir, DB_FILE_NAME));
    insertBusiness(raw, id(9), OWNER, businessFields({ name: 'Quán karaoke' }), STAMP);
    expect(raw.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(1);
    raw.close();

    const reopened = openDatabase(dir);
    cleanups.push(() => reopened.close());
    expect(reopened.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(0);
    expect(verifyAuditChain(reopened)).toMatchObject({ ok: true, entries: 3 });
    expect(sealAudit(reopened)).toBe(0);
  });

  it('records entries of services outside the router, sealed', () => {
    const { db } = open();
    recordAudit(db, { userId: null, userName: null, action: 'backup.automatic', detail: { file: 'daily.sqlite' } });
    expect(listAudit(db, { action: 'backup.automatic' }).rows[0]).toMatchObject({ userName: null, detail: { file: 'daily.sqlite' } });
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, entries: 1 });
  });
});

describe('migration audit', () => {
  it('starts an empty trail and records later changes of rows that existed before it', () => {
    const { dir, cleanup } = tempDataDir();
    cleanups.push(cleanup);
    const db = rawConnection(path.join(dir, DB_FILE_NAME));
    cleanups.unshift(() => db.close());
    migrate(db, { target: migrationVersion('audit') - 1 });
    // Raw SQL: the schema of that version, not today's query module (later migrations add columns).
    db.prepare(
      `INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, owner_name, status, search_text, sort_key, identity_key, created_at, updated_at)
       VALUES (?, '20', 'VN-2025', 'Nhà nghỉ Hoàng Anh', 'guest_house', '05977', 'Nguyễn Văn An', 'operating', 'nha nghi hoang anh', 'nha nghi hoang anh', 'k1', ?, ?)`,
    ).run(id(1), STAMP.now, STAMP.now);
    migrate(db, { target: migrationVersion('audit') });
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
    db.prepare('UPDATE business SET owner_name = ? WHERE id = ?').run('Trần Văn Bình', id(1));
    sealAudit(db);
    const row = db.prepare('SELECT action, fields, user_id FROM audit_log').get();
    expect(row).toEqual({ action: 'record.update', fields: '["owner_name"]', user_id: null });
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});

describe('read-only connections', () => {
  it('list and verify the trail without writing', () => {
    const { db, dir } = open();
    addBusinesses(db, 2);
    db.close();
    const readonly = openDatabase(dir, { readonly: true });
    cleanups.unshift(() => readonly.close());
    expect(listAudit(readonly, { record: 'nha nghi so 2' }).total).toBe(1);
    expect(verifyAuditChain(readonly)).toMatchObject({ ok: true, entries: 2 });
  });
});

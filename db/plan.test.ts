import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { syncedTables } from './changeLog';
import { migrate, migrationVersion } from './migrate';

describe('annual_plan migration', () => {
  it('keeps the register, sets legal case deadlines and makes plans, targets and cases travel', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('annual_plan') - 1 });
    db.prepare(
      `INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
       VALUES ('b1', '20', 'VN-2025', 'Karaoke Ánh Dương', 'karaoke', '05977', 'operating', 'karaoke anh duong', 'k', 'k', '2026-01-01', '2026-01-01')`,
    ).run();
    migrate(db, { target: migrationVersion('annual_plan') });
    expect(db.prepare('SELECT name FROM business').all()).toEqual([{ name: 'Karaoke Ánh Dương' }]);
    expect(db.prepare('SELECT kind, days FROM case_deadline ORDER BY kind').all()).toEqual([
      { kind: 'complaint', days: 30 },
      { kind: 'denunciation', days: 20 },
      { kind: 'report', days: 20 },
    ]);
    expect(syncedTables(db)).toEqual(expect.arrayContaining(['annual_plan', 'plan_target', 'case_record']));
    db.prepare(
      `INSERT INTO case_record (id, unit_code, kind, received_on, channel, business_id, content, deadline_on, created_at, updated_at)
       VALUES ('c1', '20', 'denunciation', '2026-02-01', 'phone', 'b1', 'Nghi chứa mại dâm', '2026-02-21', 'x', 'x')`,
    ).run();
    expect(db.prepare("SELECT op FROM change_log WHERE table_name = 'case_record'").all()).toEqual([{ op: 'I' }]);
    expect(() => db.prepare("UPDATE case_record SET resolved_on = '2026-01-15' WHERE id = 'c1'").run()).toThrow(/CHECK/);
  });
});

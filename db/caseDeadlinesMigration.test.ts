import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configTables } from './configTables';
import { deadlineRules } from './caseDeadlines';
import { migrate, migrationVersion } from './migrate';
import { syncedTables } from './changeLog';

describe('migration case_deadlines', () => {
  it('keeps every case and its stored deadline; a complaint counts as accepted on receipt; the rules become data with their articles', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('case_deadlines') - 1 });
    db.exec(`
      INSERT INTO office (singleton, installation_id, office_name, level, unit_code, unit_list_version, created_at, updated_at)
        VALUES (1, 'i', 'Văn phòng', 'commune', '05977', 'VN-2025', 'now', 'now');
      UPDATE case_deadline SET days = 25 WHERE kind = 'complaint';
      INSERT INTO case_record (id, unit_code, kind, received_on, channel, anonymous, reporter_name, content, deadline_on, transferred_on, resolved_on, created_at, updated_at)
        VALUES ('c1', '05977', 'denunciation', '2026-02-01', 'phone', 0, 'Nguyễn Văn A', 'Tố giác', '2026-02-21', '2026-02-02', NULL, 'c', 'u'),
               ('c2', '05977', 'report', '2026-02-01', 'hotline', 1, '', 'Tin báo', '2026-02-21', NULL, '2026-02-10', 'c', 'u'),
               ('c3', '05977', 'complaint', '2026-02-01', 'letter', 0, 'Trần Thị B', 'Khiếu nại', '2026-02-26', NULL, NULL, 'c', 'u');
    `);
    const before = db.prepare('SELECT id, kind, received_on, reporter_name, content, deadline_on, transferred_on, resolved_on, created_at, updated_at FROM case_record ORDER BY id').all();
    migrate(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT id, kind, received_on, reporter_name, content, deadline_on, transferred_on, resolved_on, created_at, updated_at FROM case_record ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT id, accepted_on, complex FROM case_record ORDER BY id').all()).toEqual([
      { id: 'c1', accepted_on: null, complex: 0 },
      { id: 'c2', accepted_on: null, complex: 0 },
      { id: 'c3', accepted_on: '2026-02-01', complex: 0 },
    ]);
    const rules = deadlineRules(db);
    // The office's own complaint days carry over; the law's others come with article, source and date checked.
    expect(rules.find((r) => r.id === 'complaint.resolve')).toMatchObject({ days: 25 });
    expect(rules.find((r) => r.id === 'complaint.resolve.remote_complex')).toMatchObject({ days: 60, status: 'confirm', article: 'Luật Khiếu nại 2011, Điều 28' });
    expect(rules.every((r) => r.article !== '' && r.source !== '' && r.checkedOn === '2026-12-02')).toBe(true);
    expect(rules.filter((r) => r.source.includes('136/2025/QH15')).every((r) => r.status === 'confirm')).toBe(true);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'case_deadline'").get()).toBeUndefined();
    expect(configTables(db)).toContain('case_deadline_rule');
    expect(syncedTables(db)).toEqual(expect.arrayContaining(['case_record', 'case_extension']));
    expect(db.prepare('SELECT remote_area FROM office').get()).toEqual({ remote_area: 0 });
    // New kinds fit; an extension must move the deadline later.
    db.prepare(
      "INSERT INTO case_record (id, unit_code, kind, received_on, channel, content, deadline_on, created_at, updated_at) VALUES ('c4', '05977', 'violation_denunciation', '2026-03-01', 'letter', 'Tố cáo', '2026-04-01', 'c', 'u')",
    ).run();
    expect(() =>
      db
        .prepare("INSERT INTO case_extension (id, unit_code, case_id, extended_on, reason, previous_deadline, new_deadline, created_at, updated_at) VALUES ('e1', '05977', 'c4', '2026-03-30', 'x', '2026-04-01', '2026-03-31', 'c', 'u')")
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

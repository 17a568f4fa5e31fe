import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { inspectionFigures } from './inspectionFigures';
import { migrate, migrationVersion } from './migrate';

describe('migration violation_handling', () => {
  it('keeps every violation and maps the old handling kinds; a reminder stays a reminder, not handled', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('violation_handling') - 1 });
    db.exec(`
      INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
        VALUES ('b1', '05977', 'VN-2025', 'Karaoke', 'karaoke', '05977', 'operating', 'karaoke', 'karaoke', 'k1', 'now', 'now');
      INSERT INTO checklist_template (id, template_key, version, unit_code, business_type, title, sections_json, created_at, updated_at)
        VALUES ('t1', 'karaoke', 1, '05977', 'karaoke', 'Phiếu', '[]', 'now', 'now');
      INSERT INTO inspection_plan (id, unit_code, title, period_from, period_to, decision_no, decision_date, team_json, created_at, updated_at)
        VALUES ('p1', '05977', 'Kế hoạch', '2026-01-01', '2026-12-31', '1/QĐ', '2026-01-01', '[]', 'now', 'now');
      INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, created_at, updated_at)
        VALUES ('i1', '05977', 'K-26-0001', 'p1', 'b1', 't1', 'final', 2026, 'now', 'now');
      INSERT INTO violation (id, unit_code, inspection_id, item_key, description, severity, found_on, handling, fine_amount, decision_no, handled_on, deadline, closed_on, created_at, updated_at)
        VALUES ('v-none', '05977', 'i1', 'a', 'Chưa xử lý', 'minor', '2026-05-01', NULL, NULL, '', NULL, NULL, NULL, 'c', 'u'),
               ('v-reminder', '05977', 'i1', 'b', 'Nhắc nhở', 'minor', '2026-05-01', 'reminder', NULL, '', '2026-05-02', '2026-05-30', '2026-06-01', 'c', 'u'),
               ('v-warning', '05977', 'i1', 'c', 'Cảnh cáo', 'minor', '2026-05-01', 'warning', NULL, '01/QĐ-XPCC', '2026-05-03', NULL, NULL, 'c', 'u'),
               ('v-fine', '05977', 'i1', 'd', 'Phạt tiền', 'serious', '2026-05-01', 'fine', 6000000, '02/QĐ-XPVPHC', '2026-05-04', '2026-06-30', '2026-07-01', 'c', 'u'),
               ('v-suspension', '05977', 'i1', 'e', 'Đình chỉ', 'serious', '2026-05-01', 'suspension', NULL, '03/QĐ-XPVPHC', '2026-05-05', NULL, NULL, 'c', 'u'),
               ('v-referral', '05977', 'i1', 'f', 'Chuyển công an', 'serious', '2026-05-01', 'referral', NULL, '', '2026-05-06', NULL, NULL, 'c', 'u');
    `);
    expect(db.prepare('SELECT count(*) AS n FROM violation').get()).toEqual({ n: 6 });
    migrate(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const rows = db
      .prepare(
        `SELECT id, reminded_on, outcome, handled_on, decision_no, main_sanction, fine_amount, suspended, transferred_to, legacy_handling, deadline, closed_on,
           created_at, updated_at FROM violation ORDER BY item_key`,
      )
      .all();
    const base = { created_at: 'c', updated_at: 'u' };
    expect(rows).toEqual([
      { id: 'v-none', reminded_on: null, outcome: null, handled_on: null, decision_no: '', main_sanction: null, fine_amount: null, suspended: 0, transferred_to: '', legacy_handling: null, deadline: null, closed_on: null, ...base },
      // Closed under the old rules on a reminder alone: open again, not handled.
      { id: 'v-reminder', reminded_on: '2026-05-02', outcome: null, handled_on: null, decision_no: '', main_sanction: null, fine_amount: null, suspended: 0, transferred_to: '', legacy_handling: 'reminder', deadline: '2026-05-30', closed_on: null, ...base },
      { id: 'v-warning', reminded_on: null, outcome: 'sanctioned', handled_on: '2026-05-03', decision_no: '01/QĐ-XPCC', main_sanction: 'warning', fine_amount: null, suspended: 0, transferred_to: '', legacy_handling: 'warning', deadline: null, closed_on: null, ...base },
      { id: 'v-fine', reminded_on: null, outcome: 'sanctioned', handled_on: '2026-05-04', decision_no: '02/QĐ-XPVPHC', main_sanction: 'fine', fine_amount: 6000000, suspended: 0, transferred_to: '', legacy_handling: 'fine', deadline: '2026-06-30', closed_on: '2026-07-01', ...base },
      { id: 'v-suspension', reminded_on: null, outcome: 'sanctioned', handled_on: '2026-05-05', decision_no: '03/QĐ-XPVPHC', main_sanction: null, fine_amount: null, suspended: 1, transferred_to: '', legacy_handling: 'suspension', deadline: null, closed_on: null, ...base },
      { id: 'v-referral', reminded_on: null, outcome: 'transferred_police', handled_on: '2026-05-06', decision_no: '', main_sanction: null, fine_amount: null, suspended: 0, transferred_to: 'Cơ quan công an', legacy_handling: 'referral', deadline: null, closed_on: null, ...base },
    ]);
    // T8: a reminder or nothing is not handled; the decisions and the referral are.
    expect(inspectionFigures(db as never, 2026, '2026-12-01')).toMatchObject({ violationsFound: 6, violationsHandled: 4 });
    // The report names each way of handling.
    expect(db.prepare("SELECT text FROM report_layout WHERE id = 'term.handling.record_only'").get()).toEqual({ text: 'Đã lập biên bản, chưa có quyết định' });
    const versions = db.prepare("SELECT DISTINCT version FROM report_layout WHERE id LIKE 'term.handling.%' AND id NOT IN ('term.handling.warning', 'term.handling.fine', 'term.handling.suspension', 'term.handling.referral', 'term.handling.none')").all();
    expect(versions).toHaveLength(1);
    // The rules hold: a sanction needs its decision date; a fine only with a fine as main sanction.
    expect(() => db.prepare("UPDATE violation SET outcome = 'sanctioned', handled_on = NULL WHERE id = 'v-none'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE violation SET fine_amount = 100 WHERE id = 'v-warning'").run()).toThrow(/CHECK/);
    db.close();
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from './migrate';

describe('migration inspection_code_per_unit', () => {
  it('keeps every inspection and what points at it; codes become unique per unit', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('inspection_code_per_unit') - 1 });
    db.exec(`
      INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
        VALUES ('b1', '05977', 'VN-2025', 'Karaoke', 'karaoke', '05977', 'operating', 'karaoke', 'karaoke', 'k1', 'now', 'now'),
               ('b2', '06001', 'VN-2025', 'Nhà nghỉ', 'guest_house', '06001', 'operating', 'nha nghi', 'nha nghi', 'k2', 'now', 'now');
      INSERT INTO checklist_template (id, template_key, version, unit_code, business_type, title, sections_json, created_at, updated_at)
        VALUES ('t1', 'karaoke', 1, '05977', 'karaoke', 'Phiếu', '[]', 'now', 'now');
      INSERT INTO inspection_plan (id, unit_code, title, period_from, period_to, decision_no, decision_date, team_json, created_at, updated_at)
        VALUES ('p1', '05977', 'Kế hoạch', '2026-01-01', '2026-12-31', '1/QĐ', '2026-01-01', '[]', 'now', 'now'),
               ('p2', '06001', 'Kế hoạch', '2026-01-01', '2026-12-31', '1/QĐ', '2026-01-01', '[]', 'now', 'now');
      INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, created_at, updated_at)
        VALUES ('i1', '05977', 'K-26-0001', 'p1', 'b1', 't1', 'final', 2026, 'now', 'now');
      INSERT INTO violation (id, unit_code, inspection_id, item_key, description, severity, found_on, created_at, updated_at)
        VALUES ('v1', '05977', 'i1', 'hours', 'Quá giờ', 'minor', '2026-05-01', 'now', 'now');
    `);
    const before = db.prepare('SELECT * FROM inspection').all();
    migrate(db);
    expect(db.prepare('SELECT * FROM inspection').all()).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT inspection_id FROM violation WHERE id = 'v1'").get()).toEqual({ inspection_id: 'i1' });
    // Another unit's K-26-0001 fits beside it; the same unit's does not; the foreign keys still hold.
    const add = db.prepare(
      `INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 't1', 'planned', 2026, 'now', 'now')`,
    );
    add.run('i2', '06001', 'K-26-0001', 'p2', 'b2');
    expect(() => add.run('i3', '05977', 'K-26-0001', 'p2', 'b1')).toThrow(/UNIQUE/);
    expect(() => add.run('i4', '06001', 'K-26-0002', 'p2', 'no-such-business')).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

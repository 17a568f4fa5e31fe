import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from './migrate';

describe('migration scan_evidence', () => {
  it('adds the scanned pages table beside existing inspections, untouched, and keeps pages out of the change log', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('scan_evidence') - 1 });
    const tables = () => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables()).not.toContain('scan_page');
    db.exec(`
      INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
        VALUES ('b1', '05977', 'VN-2025', 'Karaoke', 'karaoke', '05977', 'operating', 'karaoke', 'karaoke', 'k1', 'now', 'now');
      INSERT INTO checklist_template (id, template_key, version, unit_code, business_type, title, sections_json, created_at, updated_at)
        VALUES ('t1', 'karaoke', 1, '05977', 'karaoke', 'Phiếu', '[]', 'now', 'now');
      INSERT INTO inspection_plan (id, unit_code, title, period_from, period_to, decision_no, decision_date, team_json, created_at, updated_at)
        VALUES ('p1', '05977', 'Kế hoạch', '2026-01-01', '2026-12-31', '1/QĐ', '2026-01-01', '[]', 'now', 'now');
      INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, created_at, updated_at)
        VALUES ('i1', '05977', 'K-26-0001', 'p1', 'b1', 't1', 'draft', 2026, 'now', 'now');
      INSERT INTO inspection_answer (id, unit_code, inspection_id, item_key, value, created_at, updated_at) VALUES ('a1', '05977', 'i1', 'k', 'yes', 'now', 'now');
    `);
    const before = db.prepare('SELECT * FROM inspection').all();
    const answers = db.prepare('SELECT * FROM inspection_answer').all();
    migrate(db);
    expect(tables()).toContain('scan_page');
    expect(db.prepare('SELECT * FROM inspection').all()).toEqual(before);
    expect(db.prepare('SELECT * FROM inspection_answer').all()).toEqual(answers);
    // No change-log trigger: a kept page does not travel in data packages.
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'scan_page'").get()).toEqual({ n: 0 });
    // A page belongs to an inspection, has an image and valid readings.
    const insert = db.prepare(
      "INSERT INTO scan_page (id, unit_code, inspection_id, batch_id, page, source_index, template_version, image, readings, created_at) VALUES ('s', '05977', ?, 'b', 1, 1, 1, ?, ?, 'now')",
    );
    expect(() => insert.run('no-such-inspection', Buffer.from([1]), '[]')).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('i1', Buffer.from([1]), 'not json')).toThrow(/CHECK/);
    insert.run('i1', Buffer.from([0xff, 0xd8]), '[]');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

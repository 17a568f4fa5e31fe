import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { changesSince } from './changeLog';
import { migrate, migrationVersion } from './migrate';

describe('migration unit_mapping', () => {
  it('adds the mapping table and the previous code and list on records that already exist, logged with their changes', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('unit_mapping') - 1 });
    db.prepare(
      `INSERT INTO business (id, unit_code, unit_list_version, name, type, commune_code, status, search_text, sort_key, identity_key, created_at, updated_at)
       VALUES ('b1', '183', 'VN-2004', 'Nhà nghỉ Hoa Mai', 'guest_house', '06226', 'operating', '', '', 'k1', 'now', 'now')`,
    ).run();
    const seq = (db.prepare('SELECT max(seq) AS n FROM change_log').get() as { n: number }).n;
    migrate(db, { target: migrationVersion('unit_mapping') });
    expect(db.prepare('SELECT id, commune_code AS c, previous_commune_code AS p, previous_list_version AS v FROM business').all()).toEqual([
      { id: 'b1', c: '06226', p: null, v: null },
    ]);
    db.prepare(`INSERT INTO unit_mapping VALUES ('VN-2004', 'VN-2025', '06226', 'Xã Hợp Thành', 'Huyện Cao Lộc', '20', '06187')`).run();
    db.prepare(`UPDATE business SET commune_code = '06187', unit_list_version = 'VN-2025', previous_commune_code = '06226', previous_list_version = 'VN-2004' WHERE id = 'b1'`).run();
    const change = changesSince(db, seq).find((c) => c.rowId === 'b1');
    expect(change?.row).toMatchObject({ commune_code: '06187', previous_commune_code: '06226', previous_list_version: 'VN-2004' });
    db.close();
  });
});

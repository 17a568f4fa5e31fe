import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { changesSince } from './changeLog';
import { migrate, migrationVersion } from './migrate';

describe('migration staff_left_on', () => {
  it('adds the day a person left to a register that already has people, and logs it with their changes', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('staff_left_on') - 1 });
    const person = db.prepare(
      `INSERT INTO staff_person (id, unit_code, unit_list_version, full_name, level, work_unit_code, staff_group, status, search_text,
         sort_key, identity_key, created_at, updated_at) VALUES (?, '20', 'VN-2025', ?, 'commune', '05977', 'other', ?, '', '', 'k', 'now', 'now')`,
    );
    person.run('a', 'Nguyễn Văn Đức', 'active');
    person.run('b', 'Trần Thị Hà', 'left');
    const seq = (db.prepare('SELECT max(seq) AS n FROM change_log').get() as { n: number }).n;
    migrate(db, { target: migrationVersion('staff_left_on') });
    expect(db.prepare('SELECT id, status, left_on AS leftOn FROM staff_person ORDER BY id').all()).toEqual([
      { id: 'a', status: 'active', leftOn: null },
      { id: 'b', status: 'left', leftOn: null },
    ]);
    db.prepare("UPDATE staff_person SET left_on = '2026-05-31' WHERE id = 'b'").run();
    expect(changesSince(db, seq).map((c) => [c.rowId, c.row['left_on']])).toEqual([['b', '2026-05-31']]);
    db.close();
  });
});

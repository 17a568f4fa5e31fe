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

describe('migration user_display_name', () => {
  it('copies the existing users’ names, keeps them with the users, and logs them to travel in packages', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('user_display_name') - 1 });
    const user = db.prepare(
      `INSERT INTO app_user (id, unit_code, name, name_key, role, password_hash, created_at, updated_at) VALUES (?, '20', ?, ?, 'clerk', 'x', 'now', 'now')`,
    );
    user.run('u1', 'Nông Văn Khải', 'nong van khai');
    migrate(db, { target: migrationVersion('user_display_name') });
    user.run('u2', 'Lý Thị Hoa', 'ly thi hoa');
    db.prepare("UPDATE app_user SET name = 'Nông Văn Khai' WHERE id = 'u1'").run();
    expect(db.prepare('SELECT id, name FROM user_display_name ORDER BY id').all()).toEqual([
      { id: 'u1', name: 'Nông Văn Khai' },
      { id: 'u2', name: 'Lý Thị Hoa' },
    ]);
    expect(changesSince(db, 0).filter((c) => c.tableName === 'user_display_name').map((c) => [c.rowId, c.op])).toEqual([
      ['u2', 'I'],
      ['u1', 'U'],
    ]);
    // The password hash never travels.
    expect(JSON.stringify(changesSince(db, 0).filter((c) => c.tableName === 'user_display_name'))).not.toContain('password');
    db.close();
  });
});

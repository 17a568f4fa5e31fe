import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from './migrate';
import { userAreas } from './permissions';

describe('migration user_access', () => {
  it("gives every existing user the areas of the role's defaults, and no one a one-time code", () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('user_access') - 1 });
    const add = db.prepare(
      "INSERT INTO app_user (id, unit_code, name, name_key, role, password_hash, created_at, updated_at) VALUES (?, '05977', ?, ?, ?, 'h', 'now', 'now')",
    );
    add.run('a', 'Quản trị', 'quan tri', 'admin');
    add.run('c', 'Văn thư', 'van thu', 'clerk');
    add.run('i', 'Thanh tra', 'thanh tra', 'inspector');
    const before = db.prepare('SELECT * FROM app_user ORDER BY id').all();
    migrate(db);
    expect(db.prepare('SELECT * FROM app_user ORDER BY id').all()).toEqual(before);
    expect(userAreas(db, 'a')).toEqual(['case_log', 'inspections', 'training', 'registers', 'administration']);
    expect(userAreas(db, 'c')).toEqual(['inspections', 'training', 'registers']);
    expect(userAreas(db, 'i')).toEqual(['inspections']);
    expect(db.prepare('SELECT count(*) AS n FROM user_one_time_code').get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO user_permission VALUES ('c', 'everything', 'now', NULL)").run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

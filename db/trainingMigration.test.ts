import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { changesSince } from './changeLog';
import { migrate, migrationVersion } from './migrate';

describe('migration training', () => {
  it('adds the training tables beside existing data, as synced tables whose writes are logged', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('training') - 1 });
    const before = (db.prepare('SELECT count(*) AS n FROM synced_table').get() as { n: number }).n;
    migrate(db, { target: migrationVersion('training') });
    const synced = (db.prepare('SELECT name FROM synced_table ORDER BY name').all() as { name: string }[]).map((r) => r.name);
    expect(synced).toEqual(expect.arrayContaining(['staff_person', 'training_course', 'training_attendance', 'outreach_event', 'school']));
    expect(synced).toHaveLength(before + 9);
    db.prepare(
      `INSERT INTO school (id, unit_code, unit_list_version, name, kind, commune_code, enrolment, created_at, updated_at)
       VALUES ('s1', '20', 'VN-2025', 'THPT Việt Bắc', 'high_school', '05977', 800, 'now', 'now')`,
    ).run();
    expect(changesSince(db, 0).map((c) => [c.tableName, c.rowId, c.op])).toEqual([['school', 's1', 'I']]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO training_course (id, unit_code, unit_list_version, title, start_date, end_date, completion_percent, created_at, updated_at)
           VALUES ('c1', '20', 'VN-2025', 'Lớp', '2026-03-11', '2026-03-10', 80, 'now', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('keeps staff pairs marked as different people once each, as a synced table', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('staff_not_duplicates') });
    const person = db.prepare(
      `INSERT INTO staff_person (id, unit_code, unit_list_version, full_name, level, work_unit_code, staff_group, status, search_text,
         sort_key, identity_key, created_at, updated_at) VALUES (?, '20', 'VN-2025', 'Nguyễn Văn Đức', 'commune', '05977', 'other', 'active', '', '', 'k', 'now', 'now')`,
    );
    person.run('a');
    person.run('b');
    const pair = db.prepare(`INSERT INTO staff_not_duplicate (id, unit_code, first_id, second_id, created_at) VALUES (?, '20', ?, ?, 'now')`);
    pair.run('p1', 'a', 'b');
    expect(() => pair.run('p2', 'b', 'a')).toThrow(/CHECK/);
    expect(() => pair.run('p3', 'a', 'b')).toThrow(/UNIQUE/);
    expect(changesSince(db, 0).filter((c) => c.tableName === 'staff_not_duplicate').map((c) => [c.rowId, c.op])).toEqual([['p1', 'I']]);
    // Deleting one of the two (a merge) takes the decision with it.
    db.prepare("DELETE FROM staff_person WHERE id = 'b'").run();
    expect(db.prepare('SELECT count(*) AS n FROM staff_not_duplicate').get()).toEqual({ n: 0 });
    db.close();
  });
});

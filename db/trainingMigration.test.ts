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
});

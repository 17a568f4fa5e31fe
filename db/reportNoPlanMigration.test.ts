import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from './migrate';

describe('migration report_no_plan_text', () => {
  it('adds the targets line for a year without a plan and keeps a province’s reworded rows', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('report_no_plan_text') - 1 });
    db.prepare("UPDATE report_layout SET text = 'BÁO CÁO KẾT QUẢ', version = 3 WHERE id = 'text.title'").run();
    const before = (db.prepare('SELECT count(*) AS n FROM report_layout').get() as { n: number }).n;
    migrate(db, { target: migrationVersion('report_no_plan_text') });
    expect(db.prepare("SELECT text FROM report_layout WHERE id = 'text.noPlan'").get()).toEqual({
      text: 'Năm {year} chưa ban hành kế hoạch phòng, chống mại dâm: chưa có chỉ tiêu để đánh giá.',
    });
    expect(db.prepare("SELECT text, version FROM report_layout WHERE id = 'text.title'").get()).toEqual({ text: 'BÁO CÁO KẾT QUẢ', version: 3 });
    expect((db.prepare('SELECT count(*) AS n FROM report_layout').get() as { n: number }).n).toBe(before + 1);
    db.close();
  });
});

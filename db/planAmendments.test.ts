import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from './migrate';
import { insertPlanAmendment, planAmendments, updatePlanHeader } from './planAmendments';

function planDb() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, { target: migrationVersion('plan_amendment') - 1 });
  db.exec(`
    INSERT INTO annual_plan (id, unit_code, year, document_ref, adopted_on, created_at, updated_at)
      VALUES ('p1', '05977', 2026, '12/KH-UBND', '2026-01-15', 'now', 'now');
    INSERT INTO plan_target (id, plan_id, code, position, text, kind, threshold, indicator_id, created_at, updated_at)
      VALUES ('t1', 'p1', 'T1', 1, 'Chỉ tiêu 1', 'computed', 80, 'training_t1', 'now', 'now');
  `);
  return db;
}

describe('migration plan_amendment', () => {
  it('keeps the adopted plans and their targets, and adds the history of amendments', () => {
    const db = planDb();
    const before = { plans: db.prepare('SELECT * FROM annual_plan').all(), targets: db.prepare('SELECT * FROM plan_target').all() };
    migrate(db, { target: migrationVersion('plan_amendment') });
    expect(db.prepare('SELECT * FROM annual_plan').all()).toEqual(before.plans);
    expect(db.prepare('SELECT * FROM plan_target').all()).toEqual(before.targets);
    expect(planAmendments(db, 'p1')).toEqual([]);
    db.close();
  });

  it('records an amendment with its changes and reason, and refuses one without a reason or changes', () => {
    const db = planDb();
    migrate(db);
    const stamp = { userId: 'u1', now: '2026-03-01T02:00:00.000Z' };
    updatePlanHeader(db, 'p1', { documentRef: '30/KH-UBND', adoptedOn: '2026-02-20' }, stamp);
    const changes = [{ field: 'documentRef' as const, code: null, before: '12/KH-UBND', after: '30/KH-UBND' }];
    insertPlanAmendment(db, { id: 'a1', unitCode: '05977', planId: 'p1', reason: 'Kế hoạch sửa đổi của tỉnh', changes }, stamp);
    expect(planAmendments(db, 'p1')).toEqual([{ id: 'a1', planId: 'p1', reason: 'Kế hoạch sửa đổi của tỉnh', changes, createdAt: stamp.now, createdBy: 'u1' }]);
    expect(db.prepare("SELECT document_ref, adopted_on FROM annual_plan WHERE id = 'p1'").get()).toEqual({ document_ref: '30/KH-UBND', adopted_on: '2026-02-20' });
    expect(() => insertPlanAmendment(db, { id: 'a2', unitCode: '05977', planId: 'p1', reason: '  ', changes }, stamp)).toThrow(/CHECK/);
    expect(() => insertPlanAmendment(db, { id: 'a3', unitCode: '05977', planId: 'p1', reason: 'x', changes: [] }, stamp)).toThrow(/CHECK/);
    // The amendment travels to the province like the plan itself.
    expect(db.prepare("SELECT count(*) AS n FROM change_log WHERE table_name = 'plan_amendment'").get()).toEqual({ n: 1 });
    db.close();
  });
});

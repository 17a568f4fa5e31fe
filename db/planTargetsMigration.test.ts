import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from './migrate';
import { getPlan } from './plan';

describe('migration plan_targets_two_tier', () => {
  it('keeps every plan and target as a percentage on calendar periods, and then takes counts above 100', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, { target: migrationVersion('plan_targets_two_tier') - 1 });
    db.exec(`
      INSERT INTO annual_plan (id, unit_code, year, document_ref, adopted_on, created_at, updated_at)
        VALUES ('p1', '05977', 2025, '45/KH-UBND', '2025-02-27', 'now', 'now');
      INSERT INTO plan_target (id, plan_id, code, position, text, kind, threshold, indicator_id, denominator_id, frozen_denominator,
          declared_value, declared_on, created_at, updated_at)
        VALUES ('t1', 'p1', 'T3', 0, 'Ít nhất 20% người lao động', 'computed', 20, 'outreach.workers', 'businesses.workers', 849, NULL, NULL, 'now', 'now'),
               ('t2', 'p1', 'T2', 1, 'Báo, đài', 'declared_yes_no', 100, NULL, NULL, NULL, 1, '2025-06-01', 'now', 'now');
    `);
    const before = db.prepare('SELECT * FROM plan_target ORDER BY id').all() as Record<string, unknown>[];
    migrate(db);
    const after = db.prepare('SELECT * FROM plan_target ORDER BY id').all() as Record<string, unknown>[];
    expect(after).toEqual(before.map((row) => ({ ...row, threshold_kind: 'percent', measure: '' })));
    const plan = getPlan(db, '05977', 2025);
    expect(plan).toMatchObject({ periodConvention: 'calendar', documentRef: '45/KH-UBND' });
    expect(plan?.targets.map((t) => [t.code, t.thresholdKind, t.threshold, t.frozenDenominator])).toEqual([
      ['T3', 'percent', 20, 849],
      ['T2', 'percent', 100, null],
    ]);
    // The rebuilt table is still logged for packages, and a count may exceed 100 while a percentage may not.
    db.prepare("UPDATE plan_target SET threshold_kind = 'count', threshold = 3500 WHERE id = 't1'").run();
    expect(db.prepare("SELECT count(*) AS n FROM change_log WHERE table_name = 'plan_target' AND row_id = 't1' AND op = 'U'").get()).toEqual({ n: 1 });
    expect(() => db.prepare("UPDATE plan_target SET threshold = 150 WHERE id = 't2'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE annual_plan SET period_convention = 'lunar' WHERE id = 'p1'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM annual_plan WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM plan_target').get()).toEqual({ n: 0 });
    db.close();
  });
});

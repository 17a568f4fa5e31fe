import { localDate } from './localDate';
import type Database from 'better-sqlite3';

type Db = Database.Database;

export const TARGET_KINDS = ['computed', 'declared_yes_no', 'declared_number'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** What a target says, independent of the plan it belongs to (defaults, last year's plan, the province's). */
export interface TargetSpec {
  code: string;
  text: string;
  kind: TargetKind;
  /** A percentage, 0 < threshold <= 100. */
  threshold: number;
  indicatorId: string | null;
  /** A stock denominator frozen at adoption (electron/plan/denominators.ts), or null for flows. */
  denominatorId: string | null;
}

export interface PlanTarget extends TargetSpec {
  id: string;
  planId: string;
  position: number;
  frozenDenominator: number | null;
  declaredValue: number | null;
  declaredOn: string | null;
}

export interface AnnualPlan {
  id: string;
  unitCode: string;
  year: number;
  documentRef: string;
  adoptedOn: string;
  targets: PlanTarget[];
}

interface PlanRow {
  id: string;
  unit_code: string;
  year: number;
  document_ref: string;
  adopted_on: string;
}

interface TargetRow {
  id: string;
  plan_id: string;
  code: string;
  position: number;
  text: string;
  kind: TargetKind;
  threshold: number;
  indicator_id: string | null;
  denominator_id: string | null;
  frozen_denominator: number | null;
  declared_value: number | null;
  declared_on: string | null;
}

function toTarget(r: TargetRow): PlanTarget {
  return {
    id: r.id,
    planId: r.plan_id,
    code: r.code,
    position: r.position,
    text: r.text,
    kind: r.kind,
    threshold: r.threshold,
    indicatorId: r.indicator_id,
    denominatorId: r.denominator_id,
    frozenDenominator: r.frozen_denominator,
    declaredValue: r.declared_value,
    declaredOn: r.declared_on,
  };
}

export function getPlan(db: Db, unitCode: string, year: number): AnnualPlan | undefined {
  const row = db.prepare('SELECT * FROM annual_plan WHERE unit_code = ? AND year = ?').get(unitCode, year) as PlanRow | undefined;
  if (!row) return undefined;
  const targets = (db.prepare('SELECT * FROM plan_target WHERE plan_id = ? ORDER BY position').all(row.id) as TargetRow[]).map(toTarget);
  return { id: row.id, unitCode: row.unit_code, year: row.year, documentRef: row.document_ref, adoptedOn: row.adopted_on, targets };
}

export function planYears(db: Db, unitCode: string): number[] {
  return (db.prepare('SELECT year FROM annual_plan WHERE unit_code = ? ORDER BY year DESC').all(unitCode) as { year: number }[]).map((r) => r.year);
}

export function getTarget(db: Db, id: string): PlanTarget | undefined {
  const row = db.prepare('SELECT * FROM plan_target WHERE id = ?').get(id) as TargetRow | undefined;
  return row && toTarget(row);
}

export interface NewPlan {
  id: string;
  unitCode: string;
  year: number;
  documentRef: string;
  adoptedOn: string;
  targets: (TargetSpec & { id: string; frozenDenominator: number | null })[];
}

/** Inserts a plan and its targets; the caller holds the transaction. */
export function insertPlan(db: Db, plan: NewPlan, stamp: { userId: string | null; now: string }): void {
  db.prepare(
    `INSERT INTO annual_plan (id, unit_code, year, document_ref, adopted_on, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @unitCode, @year, @documentRef, @adoptedOn, @now, @now, @user, @user)`,
  ).run({ ...plan, now: stamp.now, user: stamp.userId });
  const insert = db.prepare(
    `INSERT INTO plan_target (id, plan_id, code, position, text, kind, threshold, indicator_id, denominator_id,
       frozen_denominator, created_at, updated_at, updated_by)
     VALUES (@id, @planId, @code, @position, @text, @kind, @threshold, @indicatorId, @denominatorId,
       @frozenDenominator, @now, @now, @user)`,
  );
  plan.targets.forEach((t, position) =>
    insert.run({ ...t, planId: plan.id, position, now: stamp.now, user: stamp.userId }),
  );
}

export function updateTargetThreshold(db: Db, id: string, threshold: number, stamp: { userId: string | null; now: string }): boolean {
  return (
    db
      .prepare('UPDATE plan_target SET threshold = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(threshold, stamp.now, stamp.userId, id).changes === 1
  );
}

/** A declared target's value: 1/0 for yes/no, a percentage for numbers; null clears it. */
export function declareTarget(db: Db, id: string, value: number | null, stamp: { userId: string | null; now: string }): boolean {
  return (
    db
      .prepare(
        `UPDATE plan_target SET declared_value = ?, declared_on = ?, updated_at = ?, updated_by = ?
         WHERE id = ? AND kind <> 'computed'`,
      )
      .run(value, value === null ? null : localDate(stamp.now), stamp.now, stamp.userId, id).changes === 1
  );
}

/** A periodic report as made: enough to regenerate it identically. */
export interface PeriodReportRecord {
  id: string;
  unitCode: string;
  period: string;
  asOf: string;
  changeLogSeq: number;
  narrative: string;
  layoutVersion: number;
  createdAt: string;
}

export function insertPeriodReport(db: Db, r: PeriodReportRecord, userId: string | null): void {
  db.prepare(
    `INSERT INTO period_report (id, unit_code, period, as_of, change_log_seq, narrative, layout_version, created_at, created_by)
     VALUES (@id, @unitCode, @period, @asOf, @changeLogSeq, @narrative, @layoutVersion, @createdAt, @userId)`,
  ).run({ ...r, userId });
}

export function getPeriodReport(db: Db, id: string): PeriodReportRecord | undefined {
  return db
    .prepare(
      `SELECT id, unit_code AS unitCode, period, as_of AS asOf, change_log_seq AS changeLogSeq, narrative,
         layout_version AS layoutVersion, created_at AS createdAt
       FROM period_report WHERE id = ?`,
    )
    .get(id) as PeriodReportRecord | undefined;
}

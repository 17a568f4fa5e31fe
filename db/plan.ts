import { localDate } from './localDate';
import type Database from 'better-sqlite3';

type Db = Database.Database;

export const TARGET_KINDS = ['computed', 'declared_yes_no', 'declared_number'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
/** A threshold is a percentage of the denominator, or a count the numerator must reach (2026 plans: 3.500 workers). */
export const THRESHOLD_KINDS = ['percent', 'count'] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];
/** How a plan's reporting periods run: as on the calendar, or the administrative cut-off (15th of the month before to the 14th). */
export const PERIOD_CONVENTIONS = ['calendar', 'cutoff'] as const;
export type PeriodConvention = (typeof PERIOD_CONVENTIONS)[number];

/** What a target says, independent of the plan it belongs to (defaults, last year's plan, the province's). */
export interface TargetSpec {
  code: string;
  text: string;
  kind: TargetKind;
  /** percent: 0 < threshold <= 100 of the denominator; count: the numerator to reach. */
  thresholdKind: ThresholdKind;
  threshold: number;
  /** What the figure counts, in words (empty: the text says it). */
  measure: string;
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
  periodConvention: PeriodConvention;
  targets: PlanTarget[];
}

interface PlanRow {
  id: string;
  unit_code: string;
  year: number;
  document_ref: string;
  adopted_on: string;
  period_convention: PeriodConvention;
}

interface TargetRow {
  id: string;
  plan_id: string;
  code: string;
  position: number;
  text: string;
  kind: TargetKind;
  threshold_kind: ThresholdKind;
  threshold: number;
  measure: string;
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
    thresholdKind: r.threshold_kind,
    threshold: r.threshold,
    measure: r.measure,
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
  return { id: row.id, unitCode: row.unit_code, year: row.year, documentRef: row.document_ref, adoptedOn: row.adopted_on, periodConvention: row.period_convention, targets };
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
  periodConvention: PeriodConvention;
  targets: (TargetSpec & { id: string; frozenDenominator: number | null })[];
}

/** Inserts a plan and its targets; the caller holds the transaction. */
export function insertPlan(db: Db, plan: NewPlan, stamp: { userId: string | null; now: string }): void {
  db.prepare(
    `INSERT INTO annual_plan (id, unit_code, year, document_ref, adopted_on, period_convention, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @unitCode, @year, @documentRef, @adoptedOn, @periodConvention, @now, @now, @user, @user)`,
  ).run({ ...plan, now: stamp.now, user: stamp.userId });
  const insert = db.prepare(
    `INSERT INTO plan_target (id, plan_id, code, position, text, kind, threshold_kind, threshold, measure, indicator_id, denominator_id,
       frozen_denominator, created_at, updated_at, updated_by)
     VALUES (@id, @planId, @code, @position, @text, @kind, @thresholdKind, @threshold, @measure, @indicatorId, @denominatorId,
       @frozenDenominator, @now, @now, @user)`,
  );
  plan.targets.forEach((t, position) =>
    insert.run({ ...t, planId: plan.id, position, now: stamp.now, user: stamp.userId }),
  );
}

export function updateTargetThreshold(db: Db, id: string, threshold: number, thresholdKind: ThresholdKind, stamp: { userId: string | null; now: string }): boolean {
  return (
    db
      .prepare('UPDATE plan_target SET threshold = ?, threshold_kind = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(threshold, thresholdKind, stamp.now, stamp.userId, id).changes === 1
  );
}

/** The plan's reporting-period convention (calendar or administrative cut-off). */
export function setPeriodConvention(db: Db, planId: string, convention: PeriodConvention, stamp: { userId: string | null; now: string }): boolean {
  return (
    db
      .prepare('UPDATE annual_plan SET period_convention = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(convention, stamp.now, stamp.userId, planId).changes === 1
  );
}

/** A declared target's value: 1/0 for yes/no, a percentage or a count for numbers; null clears it. */
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

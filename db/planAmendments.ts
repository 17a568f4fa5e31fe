import type Database from 'better-sqlite3';

type Db = Database.Database;
type Stamp = { userId: string | null; now: string };

/** One change an amendment made to an adopted plan. */
export type PlanChange =
  | { field: 'threshold'; code: string; before: number; after: number }
  | { field: 'documentRef'; code: null; before: string; after: string }
  | { field: 'adoptedOn'; code: null; before: string; after: string };

export interface PlanAmendment {
  id: string;
  planId: string;
  reason: string;
  changes: PlanChange[];
  createdAt: string;
  createdBy: string | null;
}

interface Row {
  id: string;
  plan_id: string;
  reason: string;
  changes: string;
  created_at: string;
  created_by: string | null;
}

/** The plan's document number and date, changed by an amendment (in the caller's transaction). */
export function updatePlanHeader(db: Db, planId: string, header: { documentRef: string; adoptedOn: string }, stamp: Stamp): void {
  db.prepare('UPDATE annual_plan SET document_ref = ?, adopted_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    header.documentRef,
    header.adoptedOn,
    stamp.now,
    stamp.userId,
    planId,
  );
}

export function insertPlanAmendment(db: Db, a: { id: string; unitCode: string; planId: string; reason: string; changes: PlanChange[] }, stamp: Stamp): void {
  db.prepare(
    `INSERT INTO plan_amendment (id, unit_code, plan_id, reason, changes, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.unitCode, a.planId, a.reason, JSON.stringify(a.changes), stamp.now, stamp.now, stamp.userId, stamp.userId);
}

/** A plan's amendments, oldest first. */
export function planAmendments(db: Db, planId: string): PlanAmendment[] {
  const rows = db.prepare('SELECT id, plan_id, reason, changes, created_at, created_by FROM plan_amendment WHERE plan_id = ? ORDER BY created_at, rowid').all(planId) as Row[];
  return rows.map((r) => ({ id: r.id, planId: r.plan_id, reason: r.reason, changes: JSON.parse(r.changes) as PlanChange[], createdAt: r.created_at, createdBy: r.created_by }));
}

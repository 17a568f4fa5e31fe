import type { WriteStamp } from './checklistTemplates';
import type { Handling, Severity } from './inspectionTypes';
import type { Db } from './open';

export interface ViolationRecord {
  id: string;
  inspectionId: string;
  inspectionCode: string;
  businessId: string;
  businessName: string;
  itemKey: string;
  description: string;
  severity: Severity;
  foundOn: string;
  handling: Handling | null;
  fineAmount: number | null;
  decisionNo: string;
  handledOn: string | null;
  deadline: string | null;
  closedOn: string | null;
  /** The re-inspection planned from this violation, if any. */
  reinspectionCode: string | null;
  /** Open, with a correction deadline already past. */
  overdue: boolean;
}

export interface HandlingFields {
  handling: Handling;
  fineAmount: number | null;
  decisionNo: string;
  handledOn: string;
  deadline: string | null;
}

const SELECT = `SELECT v.id, v.inspection_id AS inspectionId, i.code AS inspectionCode, b.id AS businessId, b.name AS businessName,
  v.item_key AS itemKey, v.description, v.severity, v.found_on AS foundOn, v.handling, v.fine_amount AS fineAmount,
  v.decision_no AS decisionNo, v.handled_on AS handledOn, v.deadline, v.closed_on AS closedOn,
  (SELECT r.code FROM inspection r WHERE r.follow_up_of = v.id ORDER BY r.created_at DESC LIMIT 1) AS reinspectionCode,
  (v.closed_on IS NULL AND v.deadline IS NOT NULL AND v.deadline < @today) AS overdue
  FROM violation v JOIN inspection i ON i.id = v.inspection_id JOIN business b ON b.id = i.business_id`;

type ViolationRow = Omit<ViolationRecord, 'overdue'> & { overdue: number };
const toRecord = (r: ViolationRow): ViolationRecord => ({ ...r, overdue: r.overdue === 1 });

/** Open violations first (overdue, then by deadline), or every violation of an inspection. */
export function listViolations(db: Db, filter: { openOnly: boolean; inspectionId: string | null; today: string }): ViolationRecord[] {
  const where: string[] = [];
  if (filter.openOnly) where.push('v.closed_on IS NULL');
  if (filter.inspectionId !== null) where.push('v.inspection_id = @inspection');
  const rows = db
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY v.closed_on IS NOT NULL, overdue DESC, v.deadline IS NULL, v.deadline, v.found_on, i.code, v.item_key`,
    )
    .all({ today: filter.today, inspection: filter.inspectionId }) as ViolationRow[];
  return rows.map(toRecord);
}

export function getViolation(db: Db, id: string, today: string): ViolationRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE v.id = @id`).get({ id, today }) as ViolationRow | undefined;
  return row && toRecord(row);
}

export function recordHandling(db: Db, id: string, h: HandlingFields, stamp: WriteStamp): boolean {
  return (
    db
      .prepare(
        `UPDATE violation SET handling = ?, fine_amount = ?, decision_no = ?, handled_on = ?, deadline = ?, updated_at = ?, updated_by = ?
         WHERE id = ?`,
      )
      .run(h.handling, h.fineAmount, h.decisionNo, h.handledOn, h.deadline, stamp.now, stamp.userId, id).changes === 1
  );
}

export function closeViolation(db: Db, id: string, closedOn: string, stamp: WriteStamp): boolean {
  return (
    db
      .prepare('UPDATE violation SET closed_on = ?, updated_at = ?, updated_by = ? WHERE id = ? AND handling IS NOT NULL')
      .run(closedOn, stamp.now, stamp.userId, id).changes === 1
  );
}

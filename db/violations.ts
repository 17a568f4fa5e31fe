import type { WriteStamp } from './checklistTemplates';
import type { CloseReason, LegacyHandling, MainSanction, Outcome, Severity } from './inspectionTypes';
import type { Db } from './open';

/** A violation found at an inspection, and how far its handling has come (see migration violation_handling). */
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
  /** A reminder (nhắc nhở): recorded, not a sanction. */
  remindedOn: string | null;
  /** The violation record (biên bản vi phạm hành chính). */
  recordNo: string;
  recordOn: string | null;
  recordBy: string;
  provision: string;
  /** Null while not handled according to law. */
  outcome: Outcome | null;
  handledOn: string | null;
  decisionNo: string;
  decisionBy: string;
  mainSanction: MainSanction | null;
  fineAmount: number | null;
  licenceWithdrawn: string;
  licenceMonths: number | null;
  suspended: boolean;
  suspensionMonths: number | null;
  confiscation: string;
  remedial: string;
  transferredTo: string;
  closeReason: CloseReason | null;
  closeNote: string;
  legacyHandling: LegacyHandling | null;
  deadline: string | null;
  closedOn: string | null;
  /** The re-inspection planned from this violation, if any. */
  reinspectionCode: string | null;
  /** Open, with a correction deadline already past. */
  overdue: boolean;
}

export interface RecordFields {
  recordNo: string;
  recordOn: string;
  recordBy: string;
  provision: string;
  deadline: string | null;
}

export interface DecisionFields {
  decisionNo: string;
  decidedOn: string;
  decisionBy: string;
  mainSanction: MainSanction;
  fineAmount: number | null;
  licenceWithdrawn: string;
  licenceMonths: number | null;
  suspensionMonths: number | null;
  confiscation: string;
  remedial: string;
  deadline: string | null;
}

export interface TransferFields {
  to: 'competent' | 'police';
  transferredTo: string;
  transferredOn: string;
}

export interface CloseFields {
  reason: CloseReason;
  note: string;
  closedOn: string;
}

const SELECT = `SELECT v.id, v.inspection_id AS inspectionId, i.code AS inspectionCode, b.id AS businessId, b.name AS businessName,
  v.item_key AS itemKey, v.description, v.severity, v.found_on AS foundOn, v.reminded_on AS remindedOn,
  v.record_no AS recordNo, v.record_on AS recordOn, v.record_by AS recordBy, v.provision,
  v.outcome, v.handled_on AS handledOn, v.decision_no AS decisionNo, v.decision_by AS decisionBy, v.main_sanction AS mainSanction,
  v.fine_amount AS fineAmount, v.licence_withdrawn AS licenceWithdrawn, v.licence_months AS licenceMonths, v.suspended,
  v.suspension_months AS suspensionMonths, v.confiscation, v.remedial, v.transferred_to AS transferredTo,
  v.close_reason AS closeReason, v.close_note AS closeNote, v.legacy_handling AS legacyHandling, v.deadline, v.closed_on AS closedOn,
  (SELECT r.code FROM inspection r WHERE r.follow_up_of = v.id ORDER BY r.created_at DESC LIMIT 1) AS reinspectionCode,
  (v.closed_on IS NULL AND v.deadline IS NOT NULL AND v.deadline < @today) AS overdue
  FROM violation v JOIN inspection i ON i.id = v.inspection_id JOIN business b ON b.id = i.business_id`;

type ViolationRow = Omit<ViolationRecord, 'overdue' | 'suspended'> & { overdue: number; suspended: number };
const toRecord = (r: ViolationRow): ViolationRecord => ({ ...r, overdue: r.overdue === 1, suspended: r.suspended === 1 });

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

/** The violations of one inspection written in one violation record (same number). */
export function violationsOfRecord(db: Db, inspectionId: string, recordNo: string, today: string): ViolationRecord[] {
  return (db.prepare(`${SELECT} WHERE v.inspection_id = @inspection AND v.record_no = @recordNo ORDER BY v.rowid`).all({ inspection: inspectionId, recordNo, today }) as ViolationRow[]).map(
    toRecord,
  );
}

const stamped = 'updated_at = @now, updated_by = @user';
const run = (db: Db, sql: string, params: Record<string, unknown>, stamp: WriteStamp) =>
  db.prepare(`UPDATE violation SET ${sql}, ${stamped} WHERE id = @id`).run({ ...params, now: stamp.now, user: stamp.userId }).changes === 1;

/** A reminder: recorded on the violation, which stays not handled. */
export function recordReminder(db: Db, id: string, on: string, stamp: WriteStamp): boolean {
  return run(db, 'reminded_on = @on', { id, on }, stamp);
}

export function recordViolationRecord(db: Db, id: string, f: RecordFields, stamp: WriteStamp): boolean {
  return run(
    db,
    'record_no = @recordNo, record_on = @recordOn, record_by = @recordBy, provision = @provision, deadline = coalesce(@deadline, deadline)',
    { id, ...f },
    stamp,
  );
}

/** The sanction decision: the violation is handled. Replaces a transfer or a closing recorded before. */
export function recordDecision(db: Db, id: string, f: DecisionFields, stamp: WriteStamp): boolean {
  return run(
    db,
    `outcome = 'sanctioned', handled_on = @decidedOn, decision_no = @decisionNo, decision_by = @decisionBy, main_sanction = @mainSanction,
     fine_amount = @fineAmount, licence_withdrawn = @licenceWithdrawn, licence_months = @licenceMonths, suspended = @suspended,
     suspension_months = @suspensionMonths, confiscation = @confiscation, remedial = @remedial, deadline = coalesce(@deadline, deadline),
     transferred_to = '', close_reason = NULL, close_note = ''`,
    { id, ...f, fineAmount: f.mainSanction === 'fine' ? f.fineAmount : null, suspended: f.suspensionMonths === null ? 0 : 1 },
    stamp,
  );
}

const NO_SANCTION = `decision_no = '', decision_by = '', main_sanction = NULL, fine_amount = NULL, licence_withdrawn = '', licence_months = NULL,
  suspended = 0, suspension_months = NULL, confiscation = '', remedial = ''`;

export function recordTransfer(db: Db, id: string, f: TransferFields, stamp: WriteStamp): boolean {
  return run(
    db,
    `outcome = @outcome, handled_on = @transferredOn, transferred_to = @transferredTo, close_reason = NULL, close_note = '', ${NO_SANCTION}`,
    { id, outcome: f.to === 'police' ? 'transferred_police' : 'transferred_competent', transferredTo: f.transferredTo, transferredOn: f.transferredOn },
    stamp,
  );
}

/** No sanction decision, for a reason the law gives: handled, and the file is closed. */
export function recordLawfulClosing(db: Db, id: string, f: CloseFields, stamp: WriteStamp): boolean {
  return run(
    db,
    `outcome = 'closed_lawful', handled_on = @closedOn, close_reason = @reason, close_note = @note, transferred_to = '', ${NO_SANCTION},
     closed_on = coalesce(closed_on, @closedOn)`,
    { id, ...f },
    stamp,
  );
}

export function closeViolation(db: Db, id: string, closedOn: string, stamp: WriteStamp): boolean {
  return (
    db
      .prepare('UPDATE violation SET closed_on = ?, updated_at = ?, updated_by = ? WHERE id = ? AND outcome IS NOT NULL')
      .run(closedOn, stamp.now, stamp.userId, id).changes === 1
  );
}

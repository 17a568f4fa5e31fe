import { localDate } from './localDate';
import type { WriteStamp } from './checklistTemplates';
import { isViolation, itemsInOrder } from './inspectionRules';
import type { ChecklistTemplate, InspectionStatus } from './inspectionTypes';
import type { Db } from './open';

export interface InspectionRecord {
  id: string;
  unitCode: string;
  code: string;
  planId: string;
  businessId: string;
  templateId: string;
  status: InspectionStatus;
  year: number;
  inspectedOn: string | null;
  finalisedAt: string | null;
  finalisedBy: string | null;
  followUpOf: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface Answer {
  itemKey: string;
  value: string;
  note: string;
  updatedAt: string;
}

export interface Amendment {
  itemKey: string;
  before: string | null;
  after: string;
  reason: string;
  at: string;
  by: string | null;
}

interface InspectionRow {
  id: string;
  unit_code: string;
  code: string;
  plan_id: string;
  business_id: string;
  template_id: string;
  status: InspectionStatus;
  year: number;
  inspected_on: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
  follow_up_of: string | null;
  created_at: string;
  created_by: string | null;
}

function toRecord(r: InspectionRow): InspectionRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    code: r.code,
    planId: r.plan_id,
    businessId: r.business_id,
    templateId: r.template_id,
    status: r.status,
    year: r.year,
    inspectedOn: r.inspected_on,
    finalisedAt: r.finalised_at,
    finalisedBy: r.finalised_by,
    followUpOf: r.follow_up_of,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

/**
 * Codes are typed or scanned: any case, spaces and the scanner's stray characters are forgiven, and a code typed
 * loosely is read as the printed one: k260008, K-26-8, 26-8, "26 8", k26.8 and K 26 0008 are all K-26-0008
 * (a two-digit year, then the number). Anything else is kept, upper-cased, to be looked up as it is.
 */
export function normaliseCode(code: string): string {
  const upper = code.normalize('NFKC').toUpperCase().trim();
  const loose = /^K?[\s._/-]*(\d{2})(?:[\s._/-]+0*(\d{1,6})|0*(\d{1,6}))$/.exec(upper);
  const number = loose?.[2] ?? loose?.[3];
  if (loose && number !== undefined && Number(number) > 0) return `K-${loose[1]}-${number.padStart(4, '0')}`;
  return upper.replace(/[^A-Z0-9-]/g, '');
}

export function inspectionByCode(db: Db, code: string): InspectionRecord | undefined {
  const row = db.prepare('SELECT * FROM inspection WHERE code = ?').get(normaliseCode(code)) as InspectionRow | undefined;
  return row && toRecord(row);
}

export function inspectionById(db: Db, id: string): InspectionRecord | undefined {
  const row = db.prepare('SELECT * FROM inspection WHERE id = ?').get(id) as InspectionRow | undefined;
  return row && toRecord(row);
}

export function answersOf(db: Db, inspectionId: string): Answer[] {
  return db
    .prepare('SELECT item_key AS itemKey, value, note, updated_at AS updatedAt FROM inspection_answer WHERE inspection_id = ?')
    .all(inspectionId) as Answer[];
}

export function answerMap(answers: readonly Answer[]): Map<string, string> {
  return new Map(answers.map((a) => [a.itemKey, a.value]));
}

/** Saves one answer of a draft (every keystroke's field); an empty value clears it. */
export function saveAnswer(
  db: Db,
  inspection: InspectionRecord,
  answer: { id: string; itemKey: string; value: string; note: string },
  stamp: WriteStamp,
): void {
  if (answer.value === '' && answer.note === '') {
    db.prepare('DELETE FROM inspection_answer WHERE inspection_id = ? AND item_key = ?').run(inspection.id, answer.itemKey);
  } else {
    db.prepare(
      `INSERT INTO inspection_answer (id, unit_code, inspection_id, item_key, value, note, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (inspection_id, item_key) DO UPDATE SET value = excluded.value, note = excluded.note,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by
       WHERE value IS NOT excluded.value OR note IS NOT excluded.note`,
    ).run(answer.id, inspection.unitCode, inspection.id, answer.itemKey, answer.value, answer.note, stamp.now, stamp.now, stamp.userId, stamp.userId);
  }
  if (inspection.status === 'planned') {
    db.prepare("UPDATE inspection SET status = 'draft', updated_at = ?, updated_by = ? WHERE id = ?").run(stamp.now, stamp.userId, inspection.id);
  }
}

export function setInspectedOn(db: Db, inspectionId: string, inspectedOn: string | null, stamp: WriteStamp): void {
  db.prepare(
    `UPDATE inspection SET inspected_on = ?, year = coalesce(CAST(substr(?, 1, 4) AS INTEGER), year), updated_at = ?, updated_by = ?
     WHERE id = ? AND inspected_on IS NOT ?`,
  ).run(inspectedOn, inspectedOn, stamp.now, stamp.userId, inspectionId, inspectedOn);
}

export function markFinal(db: Db, inspectionId: string, stamp: WriteStamp): void {
  db.prepare("UPDATE inspection SET status = 'final', finalised_at = ?, finalised_by = ?, updated_at = ?, updated_by = ? WHERE id = ?").run(
    stamp.now,
    stamp.userId,
    stamp.now,
    stamp.userId,
    inspectionId,
  );
}

export function insertAmendment(
  db: Db,
  a: { id: string; inspection: InspectionRecord; itemKey: string; before: string | null; after: string; reason: string },
  stamp: WriteStamp,
): void {
  db.prepare(
    `INSERT INTO inspection_amendment (id, unit_code, inspection_id, item_key, value_before, value_after, reason, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.inspection.unitCode, a.inspection.id, a.itemKey, a.before, a.after, a.reason, stamp.now, stamp.now, stamp.userId, stamp.userId);
}

export function amendmentsOf(db: Db, inspectionId: string): Amendment[] {
  return db
    .prepare(
      `SELECT a.item_key AS itemKey, a.value_before AS before, a.value_after AS after, a.reason, a.created_at AS at,
         coalesce(u.name, d.name) AS by
       FROM inspection_amendment a LEFT JOIN app_user u ON u.id = a.created_by LEFT JOIN user_display_name d ON d.id = a.created_by
       WHERE a.inspection_id = ? ORDER BY a.created_at, a.rowid`,
    )
    .all(inspectionId) as Amendment[];
}

/**
 * Brings the violation records of an inspection in line with its answers: a violating answer gets a
 * record; a record whose answer no longer violates is removed unless its handling was already recorded.
 */
export function syncViolations(
  db: Db,
  inspection: InspectionRecord,
  template: ChecklistTemplate,
  answers: ReadonlyMap<string, string>,
  newId: () => string,
  stamp: WriteStamp,
): void {
  const foundOn = inspection.inspectedOn ?? localDate(stamp.now);
  const insert = db.prepare(
    `INSERT INTO violation (id, unit_code, inspection_id, item_key, description, severity, found_on, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (inspection_id, item_key) DO NOTHING`,
  );
  // A violation with anything recorded on it (a reminder, a violation record, a handling) stays.
  const drop = db.prepare(
    "DELETE FROM violation WHERE inspection_id = ? AND item_key = ? AND outcome IS NULL AND reminded_on IS NULL AND record_no = ''",
  );
  for (const item of itemsInOrder(template.sections)) {
    if (isViolation(item, answers.get(item.key))) {
      insert.run(newId(), inspection.unitCode, inspection.id, item.key, item.text, item.severity, foundOn, stamp.now, stamp.now, stamp.userId, stamp.userId);
    } else {
      drop.run(inspection.id, item.key);
    }
  }
}

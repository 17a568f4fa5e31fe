import type { BusinessType } from './businessTypes';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';
import type { WriteStamp } from './checklistTemplates';
import type { InspectionStatus, PlanFields, TeamMember } from './inspectionTypes';
import type { Db } from './open';

export interface InspectionPlan extends PlanFields {
  id: string;
  unitCode: string;
  createdAt: string;
  updatedAt: string;
  /** Businesses in the plan, and how many of their inspections are final. */
  businesses: number;
  finalised: number;
}

export interface PlannedInspection {
  inspectionId: string;
  code: string;
  businessId: string;
  businessName: string;
  businessType: BusinessType;
  communeName: string;
  status: InspectionStatus;
}

interface PlanRow {
  id: string;
  unit_code: string;
  title: string;
  period_from: string;
  period_to: string;
  decision_no: string;
  decision_date: string;
  team_json: string;
  created_at: string;
  updated_at: string;
  businesses: number;
  finalised: number;
}

const SELECT = `SELECT p.*, (SELECT count(*) FROM inspection i WHERE i.plan_id = p.id) AS businesses,
  (SELECT count(*) FROM inspection i WHERE i.plan_id = p.id AND i.status = 'final') AS finalised FROM inspection_plan p`;

function toPlan(r: PlanRow): InspectionPlan {
  return {
    id: r.id,
    unitCode: r.unit_code,
    title: r.title,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    decisionNo: r.decision_no,
    decisionDate: r.decision_date,
    team: JSON.parse(r.team_json) as TeamMember[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    businesses: r.businesses,
    finalised: r.finalised,
  };
}

export function insertPlan(db: Db, id: string, unitCode: string, f: PlanFields, stamp: WriteStamp): void {
  db.prepare(
    `INSERT INTO inspection_plan (id, unit_code, title, period_from, period_to, decision_no, decision_date, team_json,
       created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, unitCode, f.title, f.periodFrom, f.periodTo, f.decisionNo, f.decisionDate, JSON.stringify(f.team), stamp.now, stamp.now, stamp.userId, stamp.userId);
}

export function updatePlan(db: Db, id: string, f: PlanFields, stamp: WriteStamp): boolean {
  const result = db
    .prepare(
      `UPDATE inspection_plan SET title = ?, period_from = ?, period_to = ?, decision_no = ?, decision_date = ?, team_json = ?,
         updated_at = ?, updated_by = ? WHERE id = ?`,
    )
    .run(f.title, f.periodFrom, f.periodTo, f.decisionNo, f.decisionDate, JSON.stringify(f.team), stamp.now, stamp.userId, id);
  // Planned inspections count for the year the plan starts in.
  db.prepare("UPDATE inspection SET year = ?, updated_at = ? WHERE plan_id = ? AND inspected_on IS NULL AND year <> ?").run(
    Number(f.periodFrom.slice(0, 4)),
    stamp.now,
    id,
    Number(f.periodFrom.slice(0, 4)),
  );
  return result.changes === 1;
}

export function getPlan(db: Db, id: string): InspectionPlan | undefined {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PlanRow | undefined;
  return row && toPlan(row);
}

/** Plans whose period touches the year (all plans when year is null), newest first. */
export function listPlans(db: Db, year: number | null): InspectionPlan[] {
  const rows = (
    year === null
      ? db.prepare(`${SELECT} ORDER BY p.period_from DESC, p.created_at DESC`).all()
      : db
          .prepare(`${SELECT} WHERE p.period_from <= ? AND p.period_to >= ? ORDER BY p.period_from DESC, p.created_at DESC`)
          .all(`${year}-12-31`, `${year}-01-01`)
  ) as PlanRow[];
  return rows.map(toPlan);
}

export function plannedInspections(db: Db, planId: string): PlannedInspection[] {
  return db
    .prepare(
      `SELECT i.id AS inspectionId, i.code, i.business_id AS businessId, b.name AS businessName, b.type AS businessType,
         coalesce(u.name, b.commune_code) AS communeName, i.status
       FROM inspection i JOIN business b ON b.id = i.business_id
       LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code
       WHERE i.plan_id = ? ORDER BY i.code`,
    )
    .all(planId) as PlannedInspection[];
}

/** The next short code of the year: K-26-0001, K-26-0002, ... unique in the office. */
export function nextInspectionCode(db: Db, year: number): string {
  const prefix = `K-${String(year % 100).padStart(2, '0')}-`;
  // A range on the unique code index ('.' sorts right after '-'): only this year's codes are read.
  const row = db
    .prepare('SELECT max(CAST(substr(code, ?) AS INTEGER)) AS n FROM inspection WHERE code >= ? AND code < ?')
    .get(prefix.length + 1, prefix, `${prefix.slice(0, -1)}.`) as { n: number | null };
  return `${prefix}${String((row.n ?? 0) + 1).padStart(4, '0')}`;
}

export interface NewInspection {
  id: string;
  unitCode: string;
  planId: string;
  businessId: string;
  templateId: string;
  year: number;
  followUpOf: string | null;
}

/** Adds a business to a plan with the template version it will be printed with; returns its code. */
export function insertInspection(db: Db, n: NewInspection, stamp: WriteStamp): string {
  const code = nextInspectionCode(db, n.year);
  db.prepare(
    `INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, follow_up_of,
       created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?, ?)`,
  ).run(n.id, n.unitCode, code, n.planId, n.businessId, n.templateId, n.year, n.followUpOf, stamp.now, stamp.now, stamp.userId, stamp.userId);
  return code;
}

/** Takes a business out of a plan; refused once results were entered for it. */
export function removePlannedInspection(db: Db, planId: string, businessId: string): 'removed' | 'has_results' | 'absent' {
  const row = db.prepare('SELECT id, status FROM inspection WHERE plan_id = ? AND business_id = ?').get(planId, businessId) as
    | { id: string; status: InspectionStatus }
    | undefined;
  if (!row) return 'absent';
  const answered = db.prepare('SELECT 1 FROM inspection_answer WHERE inspection_id = ? LIMIT 1').get(row.id);
  if (row.status !== 'planned' || answered) return 'has_results';
  db.prepare('DELETE FROM inspection WHERE id = ?').run(row.id);
  return 'removed';
}

export interface CandidateFilter {
  communeCode: string | null;
  type: BusinessType | null;
  /** Only businesses whose last completed inspection is before this date (or who never had one). */
  lastInspectedBefore: string | null;
  neverInspected: boolean;
  limit: number;
}

export interface PlanCandidate {
  id: string;
  name: string;
  type: BusinessType;
  communeCode: string;
  communeName: string;
  address: string;
  lastInspectedOn: string | null;
}

/** Active businesses a plan may choose from, with the date of their last completed inspection. */
export function planCandidates(db: Db, filter: CandidateFilter): PlanCandidate[] {
  const where = ["b.status <> 'closed'"];
  const params: (string | number)[] = [];
  if (filter.communeCode !== null) {
    where.push('b.commune_code = ?');
    params.push(filter.communeCode);
  }
  if (filter.type !== null) {
    where.push('b.type = ?');
    params.push(filter.type);
  }
  const having: string[] = [];
  if (filter.neverInspected) having.push('last IS NULL');
  else if (filter.lastInspectedBefore !== null) {
    having.push('(last IS NULL OR last < ?)');
    params.push(filter.lastInspectedBefore);
  }
  return db
    .prepare(
      `SELECT id, name, type, communeCode, communeName, address, last AS lastInspectedOn FROM (
         SELECT b.id, b.name, b.type, b.commune_code AS communeCode, coalesce(u.name, b.commune_code) AS communeName, b.address,
           (SELECT max(i.inspected_on) FROM inspection i WHERE i.business_id = b.id AND i.status = 'final') AS last, b.sort_key
         FROM business b LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code
         WHERE ${where.join(' AND ')})
       ${having.length ? `WHERE ${having.join(' AND ')}` : ''}
       ORDER BY sort_key, id LIMIT ?`,
    )
    .all(...params, filter.limit) as PlanCandidate[];
}

export interface InspectionListRow {
  code: string;
  businessName: string;
  communeName: string;
  status: InspectionStatus;
  inspectedOn: string | null;
  planTitle: string;
  violations: number;
}

/** Every inspection counting for the year, by code. */
export function inspectionsOfYear(db: Db, year: number, filter: OfficeFilter = {}): InspectionListRow[] {
  return db
    .prepare(
      `SELECT i.code, b.name AS businessName, coalesce(u.name, b.commune_code) AS communeName, i.status, i.inspected_on AS inspectedOn,
         p.title AS planTitle, (SELECT count(*) FROM violation v WHERE v.inspection_id = i.id) AS violations
       FROM inspection i JOIN business b ON b.id = i.business_id JOIN inspection_plan p ON p.id = i.plan_id
       LEFT JOIN admin_unit u ON u.list_version = b.unit_list_version AND u.code = b.commune_code
       WHERE i.year = @year AND ${officeFilterSql('inspection', 'i')} ORDER BY i.code`,
    )
    .all({ year, ...officeFilterParams(filter) }) as InspectionListRow[];
}

/** The office's active users, who may be picked as team members (by name as typed). */
export function teamUsers(db: Db): { id: string; name: string }[] {
  return db.prepare('SELECT id, name FROM app_user WHERE active = 1 ORDER BY name_key').all() as { id: string; name: string }[];
}

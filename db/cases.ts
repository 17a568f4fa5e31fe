import type Database from 'better-sqlite3';
import { officeFilterParams, officeFilterSql, type OfficeFilter } from './packageRecords';

type Db = Database.Database;

/** Crime denunciation, crime report, denunciation of a violation (tố cáo), complaint, recommendation or reflection. */
export const CASE_KINDS = ['denunciation', 'report', 'violation_denunciation', 'complaint', 'petition'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_CHANNELS = ['in_person', 'phone', 'letter', 'hotline', 'online', 'transferred', 'other'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** What a clerk enters for a case (tố giác, tin báo, khiếu nại). The reporter's identity is sensitive: never log it. */
export interface CaseFields {
  kind: CaseKind;
  receivedOn: string;
  /** Ngày thụ lý: the deadline of a denunciation or complaint runs from it. */
  acceptedOn: string | null;
  /** A complex complaint: 45 days (60 in a remote area). */
  complex: boolean;
  channel: CaseChannel;
  anonymous: boolean;
  reporterName: string;
  reporterContact: string;
  businessId: string | null;
  place: string;
  communeCode: string | null;
  content: string;
  classification: string;
  handler: string;
  deadlineOn: string;
  verifiedOn: string | null;
  classifiedOn: string | null;
  transferredOn: string | null;
  transferredTo: string;
  resolvedOn: string | null;
  outcome: string;
}

export interface CaseRecord extends CaseFields {
  id: string;
  businessName: string | null;
  communeName: string | null;
  createdAt: string;
}

interface CaseRow {
  id: string;
  kind: CaseKind;
  received_on: string;
  accepted_on: string | null;
  complex: number;
  channel: CaseChannel;
  anonymous: number;
  reporter_name: string;
  reporter_contact: string;
  business_id: string | null;
  business_name: string | null;
  place: string;
  commune_code: string | null;
  commune_name: string | null;
  content: string;
  classification: string;
  handler: string;
  deadline_on: string;
  verified_on: string | null;
  classified_on: string | null;
  transferred_on: string | null;
  transferred_to: string;
  resolved_on: string | null;
  outcome: string;
  created_at: string;
}

function toCase(r: CaseRow): CaseRecord {
  return {
    id: r.id,
    kind: r.kind,
    receivedOn: r.received_on,
    acceptedOn: r.accepted_on,
    complex: r.complex === 1,
    channel: r.channel,
    anonymous: r.anonymous === 1,
    reporterName: r.reporter_name,
    reporterContact: r.reporter_contact,
    businessId: r.business_id,
    businessName: r.business_name,
    place: r.place,
    communeCode: r.commune_code,
    communeName: r.commune_name,
    content: r.content,
    classification: r.classification,
    handler: r.handler,
    deadlineOn: r.deadline_on,
    verifiedOn: r.verified_on,
    classifiedOn: r.classified_on,
    transferredOn: r.transferred_on,
    transferredTo: r.transferred_to,
    resolvedOn: r.resolved_on,
    outcome: r.outcome,
    createdAt: r.created_at,
  };
}

function columns(f: CaseFields) {
  return {
    kind: f.kind,
    received_on: f.receivedOn,
    accepted_on: f.acceptedOn,
    complex: f.complex ? 1 : 0,
    channel: f.channel,
    anonymous: f.anonymous ? 1 : 0,
    // An anonymous case keeps no name or contact, whatever the form held.
    reporter_name: f.anonymous ? '' : f.reporterName,
    reporter_contact: f.anonymous ? '' : f.reporterContact,
    business_id: f.businessId,
    place: f.place,
    commune_code: f.communeCode,
    content: f.content,
    classification: f.classification,
    handler: f.handler,
    deadline_on: f.deadlineOn,
    verified_on: f.verifiedOn,
    classified_on: f.classifiedOn,
    transferred_on: f.transferredOn,
    transferred_to: f.transferredTo,
    resolved_on: f.resolvedOn,
    outcome: f.outcome,
  };
}

const SELECT = `SELECT c.*, b.name AS business_name, u.name AS commune_name FROM case_record c
  LEFT JOIN business b ON b.id = c.business_id
  LEFT JOIN office o ON o.singleton = 1
  LEFT JOIN admin_unit u ON u.list_version = o.unit_list_version AND u.code = c.commune_code`;

export function getCase(db: Db, id: string): CaseRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  return row && toCase(row);
}

export function insertCase(db: Db, id: string, unitCode: string, f: CaseFields, stamp: { userId: string | null; now: string }): void {
  db.prepare(
    `INSERT INTO case_record (id, unit_code, kind, received_on, accepted_on, complex, channel, anonymous, reporter_name, reporter_contact,
       business_id, place, commune_code, content, classification, handler, deadline_on, verified_on, classified_on,
       transferred_on, transferred_to, resolved_on, outcome, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @unit_code, @kind, @received_on, @accepted_on, @complex, @channel, @anonymous, @reporter_name, @reporter_contact,
       @business_id, @place, @commune_code, @content, @classification, @handler, @deadline_on, @verified_on,
       @classified_on, @transferred_on, @transferred_to, @resolved_on, @outcome, @now, @now, @user, @user)`,
  ).run({ id, unit_code: unitCode, ...columns(f), now: stamp.now, user: stamp.userId });
}

export function updateCase(db: Db, id: string, f: CaseFields, stamp: { userId: string | null; now: string }): boolean {
  const set = Object.keys(columns(f)).map((c) => `${c} = @${c}`).join(', ');
  return (
    db
      .prepare(`UPDATE case_record SET ${set}, updated_at = @now, updated_by = @user WHERE id = @id`)
      .run({ id, ...columns(f), now: stamp.now, user: stamp.userId }).changes === 1
  );
}

export type CaseListFilter = 'all' | 'open' | 'overdue';

/** When the office's part is done: a crime report once passed to the police, any other case once settled. */
export const DONE_ON = `(CASE WHEN c.kind IN ('denunciation', 'report') THEN coalesce(c.transferred_on, c.resolved_on) ELSE c.resolved_on END)`;

/** The office's part of a case done on this day, or null. */
export function doneOn(c: Pick<CaseFields, 'kind' | 'transferredOn' | 'resolvedOn'>): string | null {
  return c.kind === 'denunciation' || c.kind === 'report' ? (c.transferredOn ?? c.resolvedOn) : c.resolvedOn;
}

/** Open cases soonest deadline first (overdue ones lead); all cases newest first. */
/** `office`: the office's own unit, or at the province the consolidated view's filter (null unit: every unit). */
export function listCases(db: Db, unitCode: string | null, filter: CaseListFilter, today: string, office: OfficeFilter = {}): CaseRecord[] {
  const where = {
    all: '',
    open: `AND ${DONE_ON} IS NULL`,
    overdue: `AND ${DONE_ON} IS NULL AND c.deadline_on < @today`,
  }[filter];
  const order = filter === 'all' ? 'c.received_on DESC, c.created_at DESC' : 'c.deadline_on, c.received_on';
  const rows = db
    .prepare(`${SELECT} WHERE ${officeFilterSql('case_record', 'c')} ${where} ORDER BY ${order} LIMIT 5000`)
    .all({ ...officeFilterParams({ ...office, unitCode }), today }) as CaseRow[];
  return rows.map(toCase);
}

/**
 * A case counted by T7: due in the period (its deadline, as extended, falls in it), on time when the office's
 * part was done by the deadline (a crime report passed to the police; any other case settled).
 */
export interface DueCase {
  id: string;
  kind: CaseKind;
  content: string;
  communeCode: string | null;
  receivedOn: string;
  deadlineOn: string;
  resolvedOn: string | null;
  onTime: boolean;
}

/**
 * Cases whose deadline falls in [from, to] and that are due by `today`: resolved, or past their deadline.
 * A case still open before its deadline is not yet due and counts neither way. `unitCode` null: every
 * unit's cases held (the province), narrowed by `office` (the consolidated filter).
 */
export function dueCases(db: Db, unitCode: string | null, from: string, to: string, today: string, office: OfficeFilter = {}): DueCase[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.kind, c.content, coalesce(c.commune_code, b.commune_code) AS commune_code, c.received_on,
         c.deadline_on, ${DONE_ON} AS resolved_on
       FROM case_record c LEFT JOIN business b ON b.id = c.business_id
       WHERE ${unitCode === null ? '' : 'c.unit_code = @ownUnit AND'} ${officeFilterSql('case_record', 'c', office)} AND c.deadline_on BETWEEN @from AND @to
         AND ((${DONE_ON} IS NOT NULL AND ${DONE_ON} <= @today) OR c.deadline_on < @today)
       ORDER BY c.deadline_on, c.received_on`,
    )
    .all({ ownUnit: unitCode, from, to, today, ...officeFilterParams(office) }) as {
    id: string;
    kind: CaseKind;
    content: string;
    commune_code: string | null;
    received_on: string;
    deadline_on: string;
    resolved_on: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    content: r.content,
    communeCode: r.commune_code,
    receivedOn: r.received_on,
    deadlineOn: r.deadline_on,
    resolvedOn: r.resolved_on,
    onTime: r.resolved_on !== null && r.resolved_on <= r.deadline_on && r.resolved_on <= today,
  }));
}

/**
 * Case deadlines as the laws count them, from rules held as data (case_deadline_rule, see migration
 * case_deadlines): a crime report's is the office's time to pass it to the police (the police's own 20 days
 * are shown, not counted against the office); a denunciation's or complaint's runs from acceptance (thụ lý),
 * and before acceptance the time to accept runs from receipt; an extension replaces the deadline.
 */
import type Database from 'better-sqlite3';
import { addDays } from './localDate';

type Db = Database.Database;

export const CRIME_KINDS = ['denunciation', 'report'] as const;
export const RULE_STAGES = ['transfer', 'police', 'accept', 'resolve'] as const;
export const RULE_VARIANTS = ['', 'complex', 'remote', 'remote_complex'] as const;

export interface DeadlineRule {
  id: string;
  kind: string;
  stage: (typeof RULE_STAGES)[number];
  variant: (typeof RULE_VARIANTS)[number];
  days: number;
  workingDays: boolean;
  article: string;
  source: string;
  checkedOn: string;
  status: 'checked' | 'confirm';
  note: string;
}

interface RuleRow {
  id: string;
  kind: string;
  stage: DeadlineRule['stage'];
  variant: DeadlineRule['variant'];
  days: number;
  working_days: number;
  article: string;
  source: string;
  checked_on: string;
  status: DeadlineRule['status'];
  note: string;
}

export function deadlineRules(db: Db): DeadlineRule[] {
  return (db.prepare('SELECT * FROM case_deadline_rule ORDER BY kind, stage, variant').all() as RuleRow[]).map((r) => ({
    id: r.id,
    kind: r.kind,
    stage: r.stage,
    variant: r.variant,
    days: r.days,
    workingDays: r.working_days === 1,
    article: r.article,
    source: r.source,
    checkedOn: r.checked_on,
    status: r.status,
    note: r.note,
  }));
}

/** The province edits a rule's days and citation (and marks it checked on a date); false when there is no such rule. */
export function updateDeadlineRule(db: Db, id: string, f: Pick<DeadlineRule, 'days' | 'article' | 'source' | 'checkedOn' | 'status' | 'note'>): boolean {
  return (
    db
      .prepare('UPDATE case_deadline_rule SET days = ?, article = ?, source = ?, checked_on = ?, status = ?, note = ? WHERE id = ?')
      .run(f.days, f.article, f.source, f.checkedOn, f.status, f.note, id).changes === 1
  );
}

export function remoteArea(db: Db): boolean {
  return (db.prepare('SELECT remote_area FROM office WHERE singleton = 1').get() as { remote_area: number } | undefined)?.remote_area === 1;
}

export function setRemoteArea(db: Db, remote: boolean, now: string): void {
  db.prepare('UPDATE office SET remote_area = ?, updated_at = ? WHERE singleton = 1').run(remote ? 1 : 0, now);
}

/** Monday to Friday (public holidays are not known to the app: the province's rule note says so when it matters). */
export function addWorkingDays(date: string, days: number): string {
  let at = date;
  let left = days;
  while (left > 0) {
    at = addDays(at, 1);
    const weekday = new Date(`${at}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return at;
}

export interface DeadlineInput {
  kind: string;
  receivedOn: string;
  acceptedOn: string | null;
  transferredOn: string | null;
  complex: boolean;
}

export interface Deadline {
  deadlineOn: string;
  /** The rule it was counted by (null: no rule for the kind, the received day stands). */
  rule: DeadlineRule | null;
  /** Crime reports passed on: the investigating body's own deadline (CPC art. 147), for the record only. */
  policeDeadlineOn: string | null;
}

function pick(rules: readonly DeadlineRule[], kind: string, stage: DeadlineRule['stage'], variants: readonly DeadlineRule['variant'][]): DeadlineRule | null {
  for (const variant of variants) {
    const found = rules.find((r) => r.kind === kind && r.stage === stage && r.variant === variant);
    if (found) return found;
  }
  return null;
}

const count = (from: string, rule: DeadlineRule) => (rule.workingDays ? addWorkingDays(from, rule.days) : addDays(from, rule.days));

/** The legal deadline of a case (before any extension). */
export function legalDeadline(rules: readonly DeadlineRule[], c: DeadlineInput, remote: boolean): Deadline {
  if ((CRIME_KINDS as readonly string[]).includes(c.kind)) {
    const transfer = pick(rules, c.kind, 'transfer', ['']);
    const police = pick(rules, c.kind, 'police', ['']);
    return {
      deadlineOn: transfer ? count(c.receivedOn, transfer) : c.receivedOn,
      rule: transfer,
      policeDeadlineOn: police && c.transferredOn ? count(c.transferredOn, police) : null,
    };
  }
  if (c.acceptedOn === null) {
    const accept = pick(rules, c.kind, 'accept', ['']);
    if (accept) return { deadlineOn: count(c.receivedOn, accept), rule: accept, policeDeadlineOn: null };
  }
  const variants: DeadlineRule['variant'][] = remote ? (c.complex ? ['remote_complex', 'remote', 'complex', ''] : ['remote', '']) : c.complex ? ['complex', ''] : [''];
  const resolve = pick(rules, c.kind, 'resolve', variants);
  const from = c.acceptedOn ?? c.receivedOn;
  return { deadlineOn: resolve ? count(from, resolve) : from, rule: resolve, policeDeadlineOn: null };
}

export interface CaseExtension {
  id: string;
  extendedOn: string;
  reason: string;
  previousDeadline: string;
  newDeadline: string;
}

export function extensionsOf(db: Db, caseId: string): CaseExtension[] {
  return db
    .prepare(
      `SELECT id, extended_on AS extendedOn, reason, previous_deadline AS previousDeadline, new_deadline AS newDeadline
       FROM case_extension WHERE case_id = ? ORDER BY new_deadline, created_at`,
    )
    .all(caseId) as CaseExtension[];
}

export function insertExtension(db: Db, id: string, unitCode: string, caseId: string, e: Omit<CaseExtension, 'id'>, stamp: { userId: string | null; now: string }): void {
  db.prepare(
    `INSERT INTO case_extension (id, unit_code, case_id, extended_on, reason, previous_deadline, new_deadline, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, unitCode, caseId, e.extendedOn, e.reason, e.previousDeadline, e.newDeadline, stamp.now, stamp.now, stamp.userId, stamp.userId);
  db.prepare('UPDATE case_record SET deadline_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(e.newDeadline, stamp.now, stamp.userId, caseId);
}

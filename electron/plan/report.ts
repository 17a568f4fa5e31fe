import { communesOfUnit } from '../../db/adminUnits';
import { unitsOn } from '../../db/units/index';
import { CASE_KINDS, dueCases } from '../../db/cases';
import { documentSettings, type DocumentSettings } from '../../db/documentSettings';
import { getOffice } from '../../db/office';
import type { Db } from '../../db/open';
import { getPlan } from '../../db/plan';
import { businessesByType, casesReceived, inspectionsByType, outreachByType, trainingCounts, violationsByHandling, REPORT_HANDLINGS } from '../../db/reportFigures';
import { lastChangeSeq, snapshotAt } from '../../db/snapshot';
import { ApiError } from '../api/errors';
import { planFigures } from './figures';
import type { ReportPeriod } from './period';
import { fill } from '../../renderer/print/decree';
import { layoutTerm, periodName, readReportLayout, type ReportLayout } from './reportLayout';

type Cell = string | number | null;
type RawRow = Record<string, Cell>;

/** One table of a periodic report as the layout shows it: Vietnamese headers, numbers kept as numbers. */
export interface ReportTable {
  id: string;
  name: string;
  columns: { key: string; label: string }[];
  headers: string[];
  rows: Cell[][];
  /** Said instead of the rows when the table cannot have any (targets before the year's plan is adopted). */
  note?: string;
}

export interface ReportData {
  period: string;
  periodName: string;
  from: string;
  to: string;
  /** The day the figures were taken on (the period's end, or the day it was made if earlier). */
  asOf: string;
  /** The change-log sequence it was made from: regenerating at this sequence gives the same figures. */
  changeLogSeq: number;
  unitCode: string;
  unitName: string;
  officeName: string;
  /** The office's document settings: parent body, place, number symbol, signer titles, recipients. */
  documents: DocumentSettings;
  layoutVersion: number;
  /** The layout's document lines (title, headings, signatures), unfilled. */
  texts: Record<string, string>;
  /** Labels of the report's facts (period, narrative parts...): the layout's "about" table. */
  about: { title: string; labels: { key: string; label: string }[] };
  tables: ReportTable[];
}

/** Sums the numeric columns of rows into a total row labelled in `labelKey`. */
function withTotal(rows: RawRow[], labelKey: string, label: string): RawRow[] {
  if (rows.length === 0) return rows;
  const total: RawRow = { [labelKey]: label };
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) if (typeof value === 'number') total[key] = ((total[key] as number | undefined) ?? 0) + value;
  }
  return [...rows, total];
}

/** Whose report: the office's unit; at the province, `records` is null and every office's records count. */
interface ReportScope {
  unitCode: string;
  records: string | null;
  communeCodes: string[];
}

/** The plan's figures; null before the year's plan is adopted (the report is still made and says so). */
function targetsRows(db: Db, layout: ReportLayout, scope: ReportScope, period: ReportPeriod, asOf: string): RawRow[] | null {
  const plan = getPlan(db, scope.unitCode, period.year);
  if (!plan) return null;
  const figures = planFigures(db, plan, {
    year: period.year,
    unitCode: scope.unitCode,
    communeCodes: scope.communeCodes,
    // The last instant of the as-of day in the office's calendar (UTC+7).
    now: `${asOf}T16:59:59.000Z`,
    ...(scope.records === null ? { office: {} } : {}),
  });
  return figures.map((f) => ({
    code: f.code,
    text: f.text,
    threshold: f.threshold,
    numerator: f.numerator,
    denominator: f.denominator,
    frozen: f.frozenDenominator,
    live: f.liveDenominator,
    value: f.value,
    status: layoutTerm(layout, `status.${f.status}`),
  }));
}

function rawTables(db: Db, layout: ReportLayout, scope: ReportScope, period: ReportPeriod, asOf: string): Record<string, () => RawRow[]> {
  // The unit whose records count; null at the province: every office's.
  const records = scope.records;
  const to = asOf < period.to ? asOf : period.to;
  const total = layoutTerm(layout, 'total');
  /** Rows per type named by the layout's terms, and their total. */
  const byType = <T extends { type: string }>(rows: T[], terms: string): RawRow[] =>
    withTotal(rows.map((r) => ({ ...r, type: layoutTerm(layout, `${terms}.${r.type}`) })), 'type', total);
  return {
    targets: () => targetsRows(db, layout, scope, period, asOf) ?? [],
    businesses: () => byType(businessesByType(db, records), 'business'),
    inspections: () => byType(inspectionsByType(db, records, period.from, to), 'business'),
    violations: () => {
      const counts = violationsByHandling(db, records, period.from, to);
      const rows = REPORT_HANDLINGS.map((handling) => {
        const found = counts.find((c) => c.handling === handling);
        return { handling: layoutTerm(layout, `handling.${handling ?? 'none'}`), count: found?.count ?? 0, fines: found?.fines ?? 0, closed: found?.closed ?? 0 };
      });
      return withTotal(rows, 'handling', total);
    },
    training: () => {
      const t = trainingCounts(db, records, period.from, to);
      return (['courses', 'participants', 'completed', 'people', 'activeStaff'] as const).map((key) => ({
        item: layoutTerm(layout, `training.${key}`),
        count: t[key],
      }));
    },
    outreach: () => byType(outreachByType(db, records, period.from, to), 'outreach'),
    cases: () => {
      const received = casesReceived(db, records, period.from, to);
      const due = dueCases(db, records, period.from, period.to, asOf);
      const rows = CASE_KINDS.map((kind) => {
        const ofKind = due.filter((c) => c.kind === kind);
        return {
          kind: layoutTerm(layout, `case.${kind}`),
          received: received.find((r) => r.kind === kind)?.received ?? 0,
          due: ofKind.length,
          onTime: ofKind.filter((c) => c.onTime).length,
          late: ofKind.filter((c) => !c.onTime).length,
        };
      });
      return withTotal(rows, 'kind', total);
    },
  };
}

function aboutOf(layout: ReportLayout): ReportData['about'] {
  const about = layout.tables.find((t) => t.id === 'about' && t.shown);
  return { title: about?.title ?? '', labels: (about?.columns ?? []).map(([key, label]) => ({ key, label })) };
}

/**
 * The figures of a period, laid out by the report layout (`layout`, read from the live database even when
 * the figures come from a snapshot, so a regenerated report uses today's labels on the same figures).
 */
export function buildReport(db: Db, period: ReportPeriod, asOf: string, changeLogSeq: number, layout: ReportLayout = readReportLayout(db)): ReportData {
  const office = getOffice(db);
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  // The communes that existed when the plan's year began (unit end dates: Resolution 1246/NQ-UBTVQH15).
  const communeCodes = unitsOn(communesOfUnit(db, office.unitListVersion, office.unitCode), `${period.year}-01-01`).map((c) => c.code);
  const scope = { unitCode: office.unitCode, records: office.level === 'province' ? null : office.unitCode, communeCodes };
  const raw = rawTables(db, layout, scope, period, asOf);
  // Before the year's plan is adopted the rest of the report is still made; its targets table says why it is empty.
  const targets = targetsRows(db, layout, scope, period, asOf);
  // A layout a province sent without the line (migration report_no_plan_text) says "no figures".
  const noPlan = fill(layout.texts['noPlan'] ?? layout.texts['empty'] ?? '', { year: period.year });
  const tables = layout.tables
    .filter((t) => t.shown && t.id !== 'about' && raw[t.id])
    .map((t): ReportTable => {
      const rows = t.id === 'targets' ? (targets ?? []) : (raw[t.id]?.() ?? []);
      const columns = t.columns.map(([key, label]) => ({ key, label }));
      const table: ReportTable = { id: t.id, name: t.title, columns, headers: columns.map((c) => c.label), rows: rows.map((r) => columns.map((c) => r[c.key] ?? null)) };
      return t.id === 'targets' && targets === null ? { ...table, note: noPlan } : table;
    });
  return {
    period: period.code,
    periodName: periodName(layout, period.code),
    from: period.from,
    to: period.to,
    asOf,
    changeLogSeq,
    unitCode: office.unitCode,
    unitName: office.unitName,
    officeName: office.officeName,
    documents: documentSettings(db),
    layoutVersion: layout.version,
    texts: layout.texts,
    about: aboutOf(layout),
    tables,
  };
}

/** A new report from the current data, as of today (or the period's end if it is over). */
export function reportNow(db: Db, period: ReportPeriod, today: string): ReportData {
  return buildReport(db, period, today < period.to ? today : period.to, lastChangeSeq(db));
}

/** The same report again, from the data as it stood at its recorded sequence. */
export function regenerateReport(db: Db, period: ReportPeriod, asOf: string, changeLogSeq: number): ReportData {
  const layout = readReportLayout(db);
  const snapshot = snapshotAt(db, changeLogSeq);
  try {
    return buildReport(snapshot, period, asOf, changeLogSeq, layout);
  } finally {
    snapshot.close();
  }
}

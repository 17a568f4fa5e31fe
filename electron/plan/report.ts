import { communesOfUnit } from '../../db/adminUnits';
import { dueCases } from '../../db/cases';
import { getOffice } from '../../db/office';
import type { Db } from '../../db/open';
import { getPlan } from '../../db/plan';
import { lastChangeSeq, snapshotAt } from '../../db/snapshot';
import { ApiError } from '../api/errors';
import { planFigures } from './figures';
import type { ReportPeriod } from './period';

/** One table of a periodic report: Vietnamese headers, numbers kept as numbers. */
export interface ReportTable {
  name: string;
  headers: string[];
  rows: (string | number | null)[][];
}

export interface ReportData {
  period: string;
  from: string;
  to: string;
  /** The day the figures were taken on (the period's end, or the day it was made if earlier). */
  asOf: string;
  /** The change-log sequence it was made from: regenerating at this sequence gives the same figures. */
  changeLogSeq: number;
  unitCode: string;
  tables: ReportTable[];
}

const BUSINESS_TYPE_VI: Record<string, string> = {
  karaoke: 'Karaoke', dance_hall: 'Vũ trường', massage_sauna: 'Massage, xông hơi', hotel: 'Khách sạn', guest_house: 'Nhà nghỉ',
  rental_rooms: 'Nhà trọ', hostess_venue: 'Nhà hàng, quán có tiếp viên', barber: 'Cắt tóc, gội đầu', other: 'Khác',
};
const CASE_KIND_VI: Record<string, string> = { denunciation: 'Tố giác', report: 'Tin báo', complaint: 'Khiếu nại' };
const STATUS_VI: Record<string, string> = {
  met: 'Đạt', on_track: 'Đúng tiến độ', behind: 'Chậm tiến độ', no_data: 'Chưa có dữ liệu', nothing_due: 'Chưa phát sinh', not_declared: 'Chưa khai báo',
};

function targetsTable(db: Db, unitCode: string, communeCodes: string[], period: ReportPeriod, asOf: string): ReportTable {
  const plan = getPlan(db, unitCode, period.year);
  if (!plan) throw new ApiError('NO_PLAN', 'plan.error.noPlan', { year: String(period.year) });
  const figures = planFigures(db, plan, { year: period.year, unitCode, communeCodes, now: `${asOf}T23:59:59.000Z` });
  return {
    name: 'Chỉ tiêu kế hoạch',
    headers: ['Mã', 'Chỉ tiêu', 'Chỉ tiêu đặt ra (%)', 'Tử số', 'Mẫu số', 'Mẫu số chốt', 'Mẫu số hiện tại', 'Kết quả (%)', 'Đánh giá'],
    rows: figures.map((f) => [f.code, f.text, f.threshold, f.numerator, f.denominator, f.frozenDenominator, f.liveDenominator, f.value, STATUS_VI[f.status] ?? f.status]),
  };
}

function businessesTable(db: Db, unitCode: string): ReportTable {
  const rows = db
    .prepare(
      `SELECT type, sum(status = 'operating') AS operating, sum(status = 'suspended') AS suspended, sum(status = 'closed') AS closed, count(*) AS total
       FROM business WHERE unit_code = ? GROUP BY type ORDER BY type`,
    )
    .all(unitCode) as { type: string; operating: number; suspended: number; closed: number; total: number }[];
  return {
    name: 'Cơ sở kinh doanh',
    headers: ['Loại hình', 'Đang hoạt động', 'Tạm ngừng', 'Đã đóng cửa', 'Tổng số'],
    rows: rows.map((r) => [BUSINESS_TYPE_VI[r.type] ?? r.type, r.operating, r.suspended, r.closed, r.total]),
  };
}

function casesTable(db: Db, unitCode: string, period: ReportPeriod, asOf: string): ReportTable {
  const received = db
    .prepare('SELECT kind, count(*) AS n FROM case_record WHERE unit_code = ? AND received_on BETWEEN ? AND ? GROUP BY kind')
    .all(unitCode, period.from, asOf < period.to ? asOf : period.to) as { kind: string; n: number }[];
  const due = dueCases(db, unitCode, period.from, period.to, asOf);
  return {
    name: 'Tố giác, tin báo, khiếu nại',
    headers: ['Loại', 'Tiếp nhận trong kỳ', 'Đến hạn trong kỳ', 'Giải quyết đúng hạn', 'Quá hạn'],
    rows: Object.entries(CASE_KIND_VI).map(([kind, label]) => {
      const ofKind = due.filter((c) => c.kind === kind);
      return [label, received.find((r) => r.kind === kind)?.n ?? 0, ofKind.length, ofKind.filter((c) => c.onTime).length, ofKind.filter((c) => !c.onTime).length];
    }),
  };
}

/**
 * The figures of a period. Inspections and training tables join here when their areas land (their
 * targets already appear in the targets table through the indicator registry).
 */
export function buildReport(db: Db, period: ReportPeriod, asOf: string, changeLogSeq: number): ReportData {
  const office = getOffice(db);
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  const communeCodes = communesOfUnit(db, office.unitListVersion, office.unitCode).map((c) => c.code);
  return {
    period: period.code,
    from: period.from,
    to: period.to,
    asOf,
    changeLogSeq,
    unitCode: office.unitCode,
    tables: [targetsTable(db, office.unitCode, communeCodes, period, asOf), businessesTable(db, office.unitCode), casesTable(db, office.unitCode, period, asOf)],
  };
}

/** A new report from the current data, as of today (or the period's end if it is over). */
export function reportNow(db: Db, period: ReportPeriod, today: string): ReportData {
  return buildReport(db, period, today < period.to ? today : period.to, lastChangeSeq(db));
}

/** The same report again, from the data as it stood at its recorded sequence. */
export function regenerateReport(db: Db, period: ReportPeriod, asOf: string, changeLogSeq: number): ReportData {
  const snapshot = snapshotAt(db, changeLogSeq);
  try {
    return buildReport(snapshot, period, asOf, changeLogSeq);
  } finally {
    snapshot.close();
  }
}

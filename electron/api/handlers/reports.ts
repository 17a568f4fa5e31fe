import { getPeriodReport, insertPeriodReport, type PeriodReportRecord } from '../../../db/plan';
import { parsePeriod } from '../../plan/period';
import { regenerateReport, reportNow, type ReportData } from '../../plan/report';
import { writeReportSheet } from '../../plan/reportSheet';
import { ApiError } from '../errors';
import type { Handler } from '../router';

async function fileOf(record: PeriodReportRecord, data: ReportData) {
  const bytes = await writeReportSheet(data, record.narrative);
  return {
    id: record.id,
    period: data.period,
    asOf: data.asOf,
    changeLogSeq: data.changeLogSeq,
    fileName: `bao-cao-${data.period}.xlsx`,
    bytes: Buffer.from(bytes).toString('base64'),
  };
}

export const reportHandlers: {
  'reports.make': Handler<'reports.make'>;
  'reports.regenerate': Handler<'reports.regenerate'>;
} = {
  'reports.make': async (ctx, { period: text, format, narrative }) => {
    const period = parsePeriod(text);
    // The PDF needs the Decree 30/2020 A4 print pipeline, built in another area; until then only .xlsx.
    if (format === 'pdf') throw new ApiError('PDF_NOT_AVAILABLE', 'report.error.pdfPending');
    const office = ctx.app.office();
    if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
    const data = reportNow(ctx.app.db, period, ctx.app.now().slice(0, 10));
    const record = { id: ctx.app.newId(), unitCode: office.unitCode, period: data.period, asOf: data.asOf, changeLogSeq: data.changeLogSeq, narrative, createdAt: ctx.app.now() };
    insertPeriodReport(ctx.app.db, record, ctx.session.user?.id ?? null);
    return fileOf(record, data);
  },

  'reports.regenerate': async (ctx, { id }) => {
    const record = getPeriodReport(ctx.app.db, id);
    if (!record) throw new ApiError('NOT_FOUND', 'report.error.notFound');
    return fileOf(record, regenerateReport(ctx.app.db, parsePeriod(record.period), record.asOf, record.changeLogSeq));
  },
};

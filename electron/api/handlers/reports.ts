import { localDate } from '../../../db/localDate';
import { getPeriodReport, getPlan, insertPeriodReport, type PeriodReportRecord } from '../../../db/plan';
import { reportLayoutRows, updateReportLayoutRow } from '../../../db/reportLayout';
import { readNarrative, storeNarrative } from '../../plan/narrative';
import { periodChoices, planPeriod } from '../../plan/period';
import type { CallContext } from '../context';
import { regenerateReport, reportNow, type ReportData } from '../../plan/report';
import { writeReportSheet } from '../../plan/reportSheet';
import { ApiError } from '../errors';
import type { Handler } from '../router';

/**
 * A made report as the screen and the CLI need it: the .xlsx bytes, or for a PDF the document the print
 * preview (or the CLI's headless Chromium) renders.
 */
async function fileOf(record: PeriodReportRecord, data: ReportData, format: 'xlsx' | 'pdf') {
  const narrative = readNarrative(record.narrative);
  const bytes = format === 'xlsx' ? Buffer.from(await writeReportSheet(data, narrative)).toString('base64') : '';
  return {
    id: record.id,
    period: data.period,
    asOf: data.asOf,
    changeLogSeq: data.changeLogSeq,
    format,
    fileName: `bao-cao-${data.period}.${format}`,
    bytes,
    document: { ...data, narrative, madeOn: localDate(record.createdAt) },
  };
}

/** The period as the year's plan counts it: calendar, or the administrative cut-off (15th to 14th). */
function periodOf(ctx: CallContext, text: string) {
  const unitCode = ctx.app.office()?.unitCode ?? '';
  return planPeriod(text, (year) => getPlan(ctx.app.db, unitCode, year)?.periodConvention);
}

export const reportHandlers: {
  'reports.make': Handler<'reports.make'>;
  'reports.regenerate': Handler<'reports.regenerate'>;
  'reports.periods': Handler<'reports.periods'>;
  'reports.layout': Handler<'reports.layout'>;
  'reports.setLayout': Handler<'reports.setLayout'>;
} = {
  'reports.make': async (ctx, { period: text, format, narrative }) => {
    const period = periodOf(ctx, text);
    const office = ctx.app.office();
    if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
    const data = reportNow(ctx.app.db, period, localDate(ctx.app.now()));
    const record = {
      id: ctx.app.newId(),
      unitCode: office.unitCode,
      period: data.period,
      asOf: data.asOf,
      changeLogSeq: data.changeLogSeq,
      narrative: storeNarrative(narrative),
      layoutVersion: data.layoutVersion,
      createdAt: ctx.app.now(),
    };
    insertPeriodReport(ctx.app.db, record, ctx.session.user?.id ?? null);
    return fileOf(record, data, format);
  },

  'reports.periods': (ctx, { year }) => {
    const convention = getPlan(ctx.app.db, ctx.app.office()?.unitCode ?? '', year)?.periodConvention ?? 'calendar';
    const { current, periods } = periodChoices(year, convention, localDate(ctx.app.now()));
    return { current, periods: periods.map(({ code, from, to }) => ({ code, from, to })) };
  },

  'reports.regenerate': async (ctx, { id, format }) => {
    const record = getPeriodReport(ctx.app.db, id);
    if (!record) throw new ApiError('NOT_FOUND', 'report.error.notFound');
    return fileOf(record, regenerateReport(ctx.app.db, periodOf(ctx, record.period), record.asOf, record.changeLogSeq), format);
  },

  'reports.layout': (ctx) => reportLayoutRows(ctx.app.db),

  /** The province's wording of the report; offices receive it in the configuration package. */
  'reports.setLayout': (ctx, { id, text, columns, shown }) => {
    if (ctx.app.office()?.level !== 'province') throw new ApiError('PROVINCE_ONLY', 'report.error.layoutProvinceOnly');
    const row = reportLayoutRows(ctx.app.db).find((r) => r.id === id);
    if (!row) throw new ApiError('NOT_FOUND', 'report.error.layoutNotFound', { id });
    if (columns && (row.kind !== 'table' || !columns.every(([key]) => row.columns.some(([known]) => known === key)))) {
      throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'columns', messageKey: 'report.error.layoutColumns' }]);
    }
    ctx.app.db.transaction(() => updateReportLayoutRow(ctx.app.db, id, { text, ...(columns ? { columns } : {}), ...(shown === undefined ? {} : { shown }) })).immediate();
    return reportLayoutRows(ctx.app.db);
  },
};

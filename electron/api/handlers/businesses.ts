import {
  allBusinesses,
  findExistingMatches,
  getBusiness,
  insertBusiness,
  listBusinesses,
  updateBusiness,
  businessFields,
  businessHistory,
} from '../../../db/business';
import type { Business, BusinessFields } from '../../../db/businessTypes';
import { userNames } from '../../../db/users';
import { missingRequired, suggestMapping, type ColumnMapping } from '../../businesses/columns';
import { writeBusinessesSheet, writeImportTemplate } from '../../businesses/exportSheet';
import { validateImport, type ImportPreview } from '../../businesses/importRows';
import { readSheetInWorker } from '../../businesses/sheetJob';
import type { SheetTable } from '../../businesses/sheetReader';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';

const IMPORT_JOB = 'businesses.import';
/** The preview lists this many invalid rows; the counts always cover the whole file. */
const MAX_LISTED_INVALID_ROWS = 1000;

function officeOf(ctx: CallContext) {
  const office = ctx.app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  return office;
}

function stamp(ctx: CallContext) {
  return { userId: ctx.session.user?.id ?? null, now: ctx.app.now() };
}

function communes(ctx: CallContext) {
  officeOf(ctx);
  return ctx.app.communes();
}

function assertCommune(ctx: CallContext, fields: BusinessFields): void {
  if (!communes(ctx).some((c) => c.code === fields.communeCode)) {
    throw new ApiError('VALIDATION', 'errors.validation', undefined, [
      { path: 'communeCode', messageKey: 'import.unknownCommune' },
    ]);
  }
}

function mustGet(ctx: CallContext, id: string): Business {
  const business = getBusiness(ctx.app.db, id);
  if (!business) throw new ApiError('NOT_FOUND', 'business.notFound');
  return business;
}

function save(ctx: CallContext, id: string, fields: BusinessFields): Business {
  assertCommune(ctx, fields);
  const db = ctx.app.db;
  db.transaction(() => {
    if (!updateBusiness(db, id, fields, stamp(ctx))) throw new ApiError('NOT_FOUND', 'business.notFound');
  }).immediate();
  return mustGet(ctx, id);
}

function sheetOf(ctx: CallContext, jobId: string): SheetTable {
  const table = ctx.app.jobs.result<SheetTable>(jobId, IMPORT_JOB);
  if (!table) throw new ApiError('IMPORT_EXPIRED', 'import.expired');
  return table;
}

function preview(ctx: CallContext, table: SheetTable, requested: ColumnMapping | null) {
  const mapping = requested ?? suggestMapping(table.headers);
  const missing = missingRequired(mapping);
  const db = ctx.app.db;
  const result: ImportPreview | null =
    missing.length > 0
      ? null
      : validateImport(table, mapping, {
          communes: communes(ctx),
          findExisting: (f) => {
            const match = findExistingMatches(db, f);
            return match.byRegistration ?? match.byIdentity;
          },
        });
  return { mapping, missing, result };
}

function fileOut(fileName: string, bytes: Uint8Array) {
  return { fileName, bytes: Buffer.from(bytes).toString('base64') };
}

function today(ctx: CallContext): string {
  return ctx.app.now().slice(0, 10);
}


export const businessHandlers: {
  'businesses.list': Handler<'businesses.list'>;
  'businesses.get': Handler<'businesses.get'>;
  'businesses.create': Handler<'businesses.create'>;
  'businesses.update': Handler<'businesses.update'>;
  'businesses.close': Handler<'businesses.close'>;
  'businesses.history': Handler<'businesses.history'>;
  'businesses.importRead': Handler<'businesses.importRead'>;
  'businesses.importPreview': Handler<'businesses.importPreview'>;
  'businesses.importCommit': Handler<'businesses.importCommit'>;
  'businesses.export': Handler<'businesses.export'>;
  'businesses.template': Handler<'businesses.template'>;
} = {
  'businesses.list': (ctx, query) => listBusinesses(ctx.app.db, query),

  'businesses.get': (ctx, { id }) => mustGet(ctx, id),

  'businesses.create': (ctx, fields) => {
    assertCommune(ctx, fields);
    const office = officeOf(ctx);
    const id = ctx.app.newId();
    const db = ctx.app.db;
    db.transaction(() => {
      const match = findExistingMatches(db, fields);
      const existing = match.byRegistration ?? match.byIdentity;
      if (existing) throw new ApiError('DUPLICATE', 'business.duplicate', { name: existing.name });
      insertBusiness(db, id, { unitCode: office.unitCode, unitListVersion: office.unitListVersion }, fields, stamp(ctx));
    }).immediate();
    return mustGet(ctx, id);
  },

  'businesses.update': (ctx, { id, fields }) => save(ctx, id, fields),

  'businesses.close': (ctx, { id }) => save(ctx, id, { ...businessFields(mustGet(ctx, id)), status: 'closed' }),

  'businesses.history': (ctx, { id }) => {
    const history = businessHistory(ctx.app.db, id);
    const names = userNames(
      ctx.app.db,
      history.map((h) => h.changedBy).filter((u): u is string => u !== null),
    );
    return history.map((h) => ({ ...h, changedBy: h.changedBy && (names.get(h.changedBy) ?? h.changedBy) }));
  },

  'businesses.importRead': (ctx, { bytes }) => {
    const data = Buffer.from(bytes, 'base64');
    const { jobId } = ctx.app.jobs.start(IMPORT_JOB, (onProgress, signal) =>
      readSheetInWorker(new Uint8Array(data), { onProgress, signal }),
    );
    return { jobId };
  },

  'businesses.importPreview': (ctx, { jobId, mapping }) => {
    const table = sheetOf(ctx, jobId);
    const { mapping: used, missing, result } = preview(ctx, table, mapping);
    const invalid = result ? result.rows.filter((r) => r.errors.length > 0) : [];
    return {
      headers: table.headers,
      mapping: used,
      missingColumns: missing,
      total: result?.total ?? table.rows.length,
      validCount: result?.validCount ?? 0,
      invalidCount: result?.invalidCount ?? table.rows.length,
      invalidRows: invalid.slice(0, MAX_LISTED_INVALID_ROWS).map((r) => ({ rowNumber: r.rowNumber, errors: r.errors })),
    };
  },

  'businesses.importCommit': (ctx, { jobId, mapping, validOnly }) => {
    const table = sheetOf(ctx, jobId);
    const { missing, result } = preview(ctx, table, mapping);
    if (!result || missing.length > 0) {
      throw new ApiError('IMPORT_MISSING_COLUMNS', 'import.missingColumns', { columns: missing.join(', ') });
    }
    if (!validOnly && result.invalidCount > 0) {
      throw new ApiError('IMPORT_HAS_ERRORS', 'import.hasErrors', { count: result.invalidCount });
    }
    const office = officeOf(ctx);
    const owner = { unitCode: office.unitCode, unitListVersion: office.unitListVersion };
    const db = ctx.app.db;
    const write = stamp(ctx);
    let imported = 0;
    db.transaction(() => {
      for (const row of result.rows) {
        if (!row.fields) continue;
        insertBusiness(db, ctx.app.newId(), owner, row.fields, write);
        imported += 1;
      }
    }).immediate();
    ctx.app.jobs.forget(jobId);
    return { imported, skipped: result.total - imported };
  },

  'businesses.export': async (ctx) =>
    fileOut(`co-so-kinh-doanh-${today(ctx)}.xlsx`, await writeBusinessesSheet(allBusinesses(ctx.app.db))),

  'businesses.template': async (ctx) => fileOut('mau-nhap-co-so-kinh-doanh.xlsx', await writeImportTemplate(communes(ctx))),
};

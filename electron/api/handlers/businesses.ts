import { localDate } from '../../../db/localDate';
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
import { missingRequired, suggestMapping } from '../../businesses/columns';
import { writeBusinessesSheet, writeImportTemplate } from '../../businesses/exportSheet';
import { validateImport } from '../../businesses/importRows';
import { sheetImportHandlers } from '../../sheetImport/flow';
import { communeResolver } from '../../sheetImport/oldCommunes';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import { assertOwnRecord } from './officeScope';

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
  assertOwnRecord(ctx, 'business', id);
  assertCommune(ctx, fields);
  const db = ctx.app.db;
  db.transaction(() => {
    if (!updateBusiness(db, id, fields, stamp(ctx))) throw new ApiError('NOT_FOUND', 'business.notFound');
  }).immediate();
  return mustGet(ctx, id);
}

const businessImport = sheetImportHandlers<BusinessFields>({
  jobKind: 'businesses.import',
  fieldPrefix: 'business.field.',
  rejectedFileName: 'co-so-dong-loi',
  suggestMapping,
  missingRequired,
  validate: (ctx, table, mapping, choices) =>
    validateImport(table, mapping, {
      communes: communes(ctx),
      resolver: communeResolver(ctx, communes(ctx), choices),
      findExisting: (f) => {
        const match = findExistingMatches(ctx.app.db, f);
        return match.byRegistration ?? match.byIdentity;
      },
    }),
  insert(ctx, rows) {
    const office = officeOf(ctx);
    const owner = { unitCode: office.unitCode, unitListVersion: office.unitListVersion };
    const write = stamp(ctx);
    for (const fields of rows) insertBusiness(ctx.app.db, ctx.app.newId(), owner, fields, write);
  },
});

function fileOut(fileName: string, bytes: Uint8Array) {
  return { fileName, bytes: Buffer.from(bytes).toString('base64') };
}

function today(ctx: CallContext): string {
  return localDate(ctx.app.now());
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
  'businesses.importRejected': Handler<'businesses.importRejected'>;
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
    return history.map((h) => ({ ...h, changedBy: h.changedBy && (names.get(h.changedBy) ?? null) }));
  },

  'businesses.importRead': businessImport.read,
  'businesses.importPreview': businessImport.preview,
  'businesses.importRejected': businessImport.rejected,
  'businesses.importCommit': businessImport.commit,

  'businesses.export': async (ctx) =>
    fileOut(`co-so-kinh-doanh-${today(ctx)}.xlsx`, await writeBusinessesSheet(allBusinesses(ctx.app.db))),

  'businesses.template': async (ctx) => fileOut('mau-nhap-co-so-kinh-doanh.xlsx', await writeImportTemplate(communes(ctx))),
};

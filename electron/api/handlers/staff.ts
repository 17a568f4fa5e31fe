import { findStaffByIdentity, getStaff, insertStaff, likelyDuplicates, listStaff, markNotDuplicate, staffIdentityKey, staffUnits, updateStaff } from '../../../db/staff';
import type { StaffFields, StaffPerson } from '../../../db/staffTypes';
import { lastChangeSeq } from '../../../db/snapshot';
import { mergeStaff, undoMerge, type StaffMergeUndo } from '../../../db/training';
import type { AppContext } from '../context';
import { sheetImportHandlers } from '../../sheetImport/flow';
import { validateRows } from '../../sheetImport/validate';
import { communeResolver } from '../../sheetImport/oldCommunes';
import { missingStaffColumns, staffImportKind, suggestStaffMapping } from '../../training/staffImport';
import { writeStaffTemplate } from '../../training/staffTemplate';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import { assertOwnRecord, officeOf, ownerOf, stampOf } from './officeScope';

function units(ctx: CallContext) {
  const office = officeOf(ctx);
  return staffUnits(ctx.app.db, office.unitListVersion, office.unitCode);
}

export function mustGetStaff(ctx: CallContext, id: string): StaffPerson {
  const person = getStaff(ctx.app.db, id);
  if (!person) throw new ApiError('NOT_FOUND', 'staff.notFound');
  return person;
}

function assertUnit(ctx: CallContext, fields: StaffFields): void {
  if (!units(ctx).some((u) => u.code === fields.unitCode)) {
    throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'unitCode', messageKey: 'staff.import.unknownUnit' }]);
  }
}

/** "Đã nghỉ" typed in a form says from when (the live T12 denominator leaves them out from that day). */
function assertLeftOn(fields: StaffFields): void {
  if (fields.status === 'left' && !fields.leftOn) {
    throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'leftOn', messageKey: 'staff.leftOn.required' }]);
  }
}

/** The last merge of each running app, undoable while the change log has not moved since (nothing else changed). */
const lastMerges = new WeakMap<AppContext, { undo: StaffMergeUndo; seq: number }>();

/** Adds a person to the register (call inside a transaction); returns the new id. */
export function createStaff(ctx: CallContext, fields: StaffFields): string {
  assertUnit(ctx, fields);
  const id = ctx.app.newId();
  insertStaff(ctx.app.db, id, ownerOf(ctx), fields, stampOf(ctx));
  return id;
}

const staffImport = sheetImportHandlers<StaffFields>({
  jobKind: 'staff.import',
  fieldPrefix: 'staff.field.',
  rejectedFileName: 'can-bo-dong-loi',
  suggestMapping: suggestStaffMapping,
  missingRequired: missingStaffColumns,
  validate: (ctx, table, mapping, choices) =>
    validateRows(table, mapping, staffImportKind({ units: units(ctx), resolver: communeResolver(ctx, units(ctx), choices), findExisting: (key) => findStaffByIdentity(ctx.app.db, key) })),
  insert(ctx, rows) {
    const owner = ownerOf(ctx);
    const stamp = stampOf(ctx);
    for (const fields of rows) insertStaff(ctx.app.db, ctx.app.newId(), owner, fields, stamp);
  },
});

export const staffHandlers: {
  'staff.list': Handler<'staff.list'>;
  'staff.units': Handler<'staff.units'>;
  'staff.create': Handler<'staff.create'>;
  'staff.update': Handler<'staff.update'>;
  'staff.duplicates': Handler<'staff.duplicates'>;
  'staff.merge': Handler<'staff.merge'>;
  'staff.undoMerge': Handler<'staff.undoMerge'>;
  'staff.importRead': Handler<'staff.importRead'>;
  'staff.importPreview': Handler<'staff.importPreview'>;
  'staff.importRejected': Handler<'staff.importRejected'>;
  'staff.importCommit': Handler<'staff.importCommit'>;
  'staff.notDuplicate': Handler<'staff.notDuplicate'>;
  'staff.template': Handler<'staff.template'>;
} = {
  'staff.list': (ctx, query) => listStaff(ctx.app.db, query),
  'staff.units': (ctx) => units(ctx),
  'staff.create': (ctx, fields) => {
    let id = '';
    ctx.app.db.transaction(() => {
      id = createStaff(ctx, fields);
    }).immediate();
    return mustGetStaff(ctx, id);
  },
  'staff.update': (ctx, { id, fields }) => {
    assertOwnRecord(ctx, 'staff_person', id);
    assertUnit(ctx, fields);
    // Marking an active person as left says from when; a record already left without a date stays as it was.
    if (mustGetStaff(ctx, id).status === 'active') assertLeftOn(fields);
    ctx.app.db.transaction(() => {
      if (!updateStaff(ctx.app.db, id, fields, stampOf(ctx))) throw new ApiError('NOT_FOUND', 'staff.notFound');
    }).immediate();
    return mustGetStaff(ctx, id);
  },
  'staff.duplicates': (ctx) => likelyDuplicates(ctx.app.db),
  'staff.merge': (ctx, { keepId, dropId }) => {
    if (keepId === dropId) throw new ApiError('VALIDATION', 'staff.mergeSame');
    assertOwnRecord(ctx, 'staff_person', keepId);
    assertOwnRecord(ctx, 'staff_person', dropId);
    ctx.app.db.transaction(() => {
      mustGetStaff(ctx, keepId);
      mustGetStaff(ctx, dropId);
      const undo = mergeStaff(ctx.app.db, keepId, dropId, ctx.app.now());
      lastMerges.set(ctx.app, { undo, seq: lastChangeSeq(ctx.app.db) });
    }).immediate();
    return mustGetStaff(ctx, keepId);
  },
  'staff.undoMerge': (ctx, { keepId, dropId }) => {
    ctx.app.db.transaction(() => {
      const last = lastMerges.get(ctx.app);
      if (!last || last.undo.keepId !== keepId || last.undo.dropId !== dropId) throw new ApiError('NOT_FOUND', 'staff.undo.none');
      if (lastChangeSeq(ctx.app.db) !== last.seq) throw new ApiError('CHANGED', 'staff.undo.changed');
      undoMerge(ctx.app.db, last.undo);
      lastMerges.delete(ctx.app);
    }).immediate();
    return mustGetStaff(ctx, dropId);
  },
  'staff.importRead': staffImport.read,
  'staff.importPreview': staffImport.preview,
  'staff.importRejected': staffImport.rejected,
  'staff.importCommit': staffImport.commit,
  'staff.notDuplicate': (ctx, { firstId, secondId }) => {
    if (firstId === secondId) throw new ApiError('VALIDATION', 'staff.mergeSame');
    ctx.app.db.transaction(() => {
      const [first, second] = [mustGetStaff(ctx, firstId), mustGetStaff(ctx, secondId)];
      // Only a pair that was offered can be set aside: people who do not look alike need no decision.
      if (staffIdentityKey(first) !== staffIdentityKey(second)) throw new ApiError('VALIDATION', 'staff.notALikelyPair');
      markNotDuplicate(ctx.app.db, ctx.app.newId(), ownerOf(ctx).unitCode, firstId, secondId, stampOf(ctx));
    }).immediate();
    return likelyDuplicates(ctx.app.db);
  },
  'staff.template': async (ctx) => ({ fileName: 'mau-nhap-danh-sach-can-bo.xlsx', bytes: Buffer.from(await writeStaffTemplate(units(ctx))).toString('base64') }),
};

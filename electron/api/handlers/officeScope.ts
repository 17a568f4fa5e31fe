import { importedFrom } from '../../../db/recordOrigin';
import type { RecordOwner } from '../../../db/staff';
import type { CallContext } from '../context';
import { ApiError } from '../errors';

/** The office a record is written for; refused before setup. */
export function officeOf(ctx: CallContext) {
  const office = ctx.app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  return office;
}

export function ownerOf(ctx: CallContext): RecordOwner {
  const office = officeOf(ctx);
  return { unitCode: office.unitCode, unitListVersion: office.unitListVersion };
}

/** Who writes, and when. */
export function stampOf(ctx: CallContext) {
  return { userId: ctx.session.user?.id ?? null, now: ctx.app.now() };
}

/** Tables whose records a province holds from its offices' packages (the screens that edit them ask records.origin). */
export const OWNED_RECORD_TABLES = ['business', 'staff_person', 'case_record', 'training_course', 'outreach_event', 'school'] as const;
export type OwnedRecordTable = (typeof OWNED_RECORD_TABLES)[number];

/** Refuses a write to a record an office sent (at the province): the office corrects it and sends it again. */
export function assertOwnRecord(ctx: CallContext, table: OwnedRecordTable, id: string): void {
  const origin = importedFrom(ctx.app.db, table, id);
  if (origin) throw new ApiError('IMPORTED_RECORD', 'records.importedReadOnly', { office: origin.officeName });
}

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

import { localDate } from '../../../db/localDate';
import { listAudit, verifyAuditChain } from '../../../db/audit';
import { writeAuditSheet } from '../../audit/exportSheet';
import { hasArea } from '../../../db/permissions';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';

/**
 * The whole office's log is the administration area's: it names who opened which case and when.
 * Anyone else sees (and exports) only the entries of their own account, enough to check what they did.
 */
function scope(ctx: CallContext): { ownUserId: string | null } {
  const user = ctx.session.user;
  if (!user) throw new ApiError('NOT_SIGNED_IN', 'errors.notSignedIn');
  return { ownUserId: hasArea(ctx.app.db, user.id, 'administration') ? null : user.id };
}

/** An export holds at most this many entries (newest first); narrower filters export the rest. */
export const MAX_EXPORT_ENTRIES = 100_000;

export const auditHandlers: {
  'audit.list': Handler<'audit.list'>;
  'audit.verify': Handler<'audit.verify'>;
  'audit.export': Handler<'audit.export'>;
} = {
  'audit.list': (ctx, query) => listAudit(ctx.app.db, { ...query, ...scope(ctx) }),

  'audit.verify': (ctx) => verifyAuditChain(ctx.app.db),

  'audit.export': async (ctx, filters) => {
    const { total, rows } = listAudit(ctx.app.db, { ...filters, ...scope(ctx), limit: MAX_EXPORT_ENTRIES });
    const bytes = await writeAuditSheet(rows);
    return {
      fileName: `nhat-ky-hoat-dong-${localDate(ctx.app.now())}.xlsx`,
      bytes: Buffer.from(bytes).toString('base64'),
      rows: rows.length,
      truncated: total > rows.length,
    };
  },
};

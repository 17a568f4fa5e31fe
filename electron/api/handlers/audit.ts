import { localDate } from '../../../db/localDate';
import { listAudit, verifyAuditChain } from '../../../db/audit';
import { writeAuditSheet } from '../../audit/exportSheet';
import type { Handler } from '../router';

/** An export holds at most this many entries (newest first); narrower filters export the rest. */
export const MAX_EXPORT_ENTRIES = 100_000;

export const auditHandlers: {
  'audit.list': Handler<'audit.list'>;
  'audit.verify': Handler<'audit.verify'>;
  'audit.export': Handler<'audit.export'>;
} = {
  'audit.list': (ctx, query) => listAudit(ctx.app.db, query),

  'audit.verify': (ctx) => verifyAuditChain(ctx.app.db),

  'audit.export': async (ctx, filters) => {
    const { total, rows } = listAudit(ctx.app.db, { ...filters, limit: MAX_EXPORT_ENTRIES });
    const bytes = await writeAuditSheet(rows);
    return {
      fileName: `nhat-ky-hoat-dong-${localDate(ctx.app.now())}.xlsx`,
      bytes: Buffer.from(bytes).toString('base64'),
      rows: rows.length,
      truncated: total > rows.length,
    };
  },
};

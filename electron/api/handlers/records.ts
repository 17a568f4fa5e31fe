import { importedFrom } from '../../../db/recordOrigin';
import type { Handler } from '../router';

export const recordHandlers: { 'records.origin': Handler<'records.origin'> } = {
  'records.origin': (ctx, { table, id }) => {
    const origin = importedFrom(ctx.app.db, table, id);
    return origin ? { officeName: origin.officeName } : null;
  },
};

import { listUnits } from '../../../db/adminUnits';
import { EMBEDDED_UNIT_LISTS } from '../../../db/units/index';
import { ensureEmbeddedUnits } from '../../office/setup';
import type { Handler } from '../router';

export const unitHandlers: {
  'units.lists': Handler<'units.lists'>;
  'units.list': Handler<'units.list'>;
  'units.communes': Handler<'units.communes'>;
} = {
  'units.lists': () => EMBEDDED_UNIT_LISTS.map(({ listVersion, label }) => ({ listVersion, label })),

  'units.list': ({ app }, input) => {
    if (!app.office()) ensureEmbeddedUnits(app);
    return listUnits(app.db, input.listVersion, { level: input.level, parentCode: input.parentCode });
  },

  'units.communes': ({ app }) => app.communes(),
};

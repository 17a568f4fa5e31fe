import { hasArea } from '../../../db/permissions';
import { listUnits, saveUnitList, unitLists } from '../../../db/adminUnits';
import { parseOfficialUnitSheet, UnitSheetError } from '../../../db/units/index';
import { ensureEmbeddedUnits } from '../../office/setup';
import { convertToNewList, planConversion } from '../../office/convertList';
import { ApiError } from '../errors';
import type { Handler } from '../router';

export const unitHandlers: {
  'units.lists': Handler<'units.lists'>;
  'units.list': Handler<'units.list'>;
  'units.communes': Handler<'units.communes'>;
  'units.importList': Handler<'units.importList'>;
  'units.planConversion': Handler<'units.planConversion'>;
  'units.convertToNewList': Handler<'units.convertToNewList'>;
} = {
  'units.planConversion': ({ app }, input) => ({ recoded: 0, unsettled: planConversion(app, input.choices, input.newUnitCode).unsettled }),
  'units.convertToNewList': ({ app }, input) => convertToNewList(app, input),

  'units.lists': ({ app }) => {
    ensureEmbeddedUnits(app);
    return unitLists(app.db).map(({ listVersion, label }) => ({ listVersion, label }));
  },

  'units.list': ({ app }, input) => {
    ensureEmbeddedUnits(app);
    return listUnits(app.db, input.listVersion, { level: input.level, parentCode: input.parentCode, provinceCode: input.provinceCode });
  },

  'units.communes': ({ app }) => app.communes(),

  'units.importList': async ({ app, session }, input) => {
    if (app.office() && !(session.user && hasArea(app.db, session.user.id, 'administration'))) throw new ApiError('NOT_ALLOWED', 'units.import.notAllowed');
    let list;
    try {
      list = await parseOfficialUnitSheet(Buffer.from(input.bytes, 'base64'), input.listVersion, input.label);
    } catch (error) {
      if (error instanceof UnitSheetError) throw new ApiError('UNIT_SHEET_INVALID', error.messageKey);
      throw error;
    }
    saveUnitList(app.db, { ...list, source: input.fileName }, app.now());
    app.invalidateOffice();
    return { listVersion: list.listVersion, label: list.label, units: list.units.length };
  },
};

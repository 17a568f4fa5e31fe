import { communesOfUnit } from '../../db/adminUnits';
import { officeFilterParams, type OfficeFilter } from '../../db/packageRecords';
import { getRegisteredOffice } from '../../db/packageTrust';
import { unitsOn } from '../../db/units/index';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';

/** What the consolidated filter makes of a figure: the records it counts and the communes it is measured over. */
export interface FilteredFigures {
  /** Undefined at an office (it holds only its own records); at the province the filter, both null = every office. */
  office: OfficeFilter | undefined;
  communeCodes: string[];
}

/**
 * The figures' filter (issue 6, consolidated view), as the lists take it: ignored at an office; at a
 * province, one sending installation or one unit. The filtered unit's communes are those communesOfUnit
 * gives in the province's unit list: a district (three-tier list, before the 2025 reform) has the
 * communes under it, a commune (two-tier list, after it) is its own only commune.
 */
export function filteredFigures(app: AppContext, filter: OfficeFilter = {}, on?: string): FilteredFigures {
  const here = app.office();
  if (!here) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  // The communes that existed on `on` (a year's first day): one merged away before it is not measured (unit end dates).
  const all = (on ? unitsOn(app.communes(), on) : app.communes()).map((c) => c.code);
  if (here.level !== 'province') return { office: undefined, communeCodes: all };
  const office = officeFilterParams(filter);
  const sender = office.originInstallationId === null ? undefined : getRegisteredOffice(app.db, office.originInstallationId);
  // An unknown installation sends nothing: no records, no communes.
  if (office.originInstallationId !== null && !sender) return { office, communeCodes: [] };
  const unit = office.unitCode ?? sender?.unitCode ?? null;
  if (unit === null) return { office, communeCodes: all };
  const inUnit = new Set(communesOfUnit(app.db, here.unitListVersion, unit).map((c) => c.code));
  // Both filters: the sender's communes only when it serves that unit (otherwise nothing is counted).
  const senderUnit = sender && office.unitCode !== null && sender.unitCode !== office.unitCode ? new Set(communesOfUnit(app.db, here.unitListVersion, sender.unitCode).map((c) => c.code)) : null;
  return { office, communeCodes: all.filter((code) => inUnit.has(code) && (senderUnit === null || senderUnit.has(code))) };
}

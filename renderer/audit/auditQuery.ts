import { localDayStart } from '../../db/localDate';
import type { Dayjs } from 'dayjs';

/** What the filters hold: text as typed, dates as picked (local calendar days, both ends included). */
export interface AuditFilterValues {
  user: string;
  record: string;
  action: string | null;
  from: Dayjs | null;
  to: Dayjs | null;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = { user: '', record: '', action: null, from: null, to: null };

/** The API's filters: the chosen local days as UTC instants, "to" up to the end of its day. */
export function auditQuery(values: AuditFilterValues) {
  return {
    user: values.user.trim(),
    record: values.record.trim(),
    action: values.action,
    since: values.from ? localDayStart(values.from.format('YYYY-MM-DD')) : null,
    before: values.to ? localDayStart(values.to.add(1, 'day').format('YYYY-MM-DD')) : null,
  };
}

import { Form } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { FilterSelect } from './filterFields';
import { useT } from './i18n';
import { useSession } from './session';
import { useApiCall } from './useApiCall';

/** The consolidated view's filter (issue 6): which sending installation, which unit; null means all. */
export interface OfficeFilterValue {
  originInstallationId: string | null;
  unitCode: string | null;
}

export const ALL_OFFICES: OfficeFilterValue = { originInstallationId: null, unitCode: null };

/** The filter's state for one list; pass the value with the list call (the server ignores it at an office). */
export function useOfficeFilter() {
  return useState<OfficeFilterValue>(ALL_OFFICES);
}

/**
 * Two filters, shown only at a province installation with registered offices, where the lists hold
 * every office's imported records: by registered installation, and by unit. Elsewhere it renders nothing.
 */
export function OfficeFilter({ id, value, onChange }: { id: string; value: OfficeFilterValue; onChange: (value: OfficeFilterValue) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const province = useSession().status.office?.level === 'province';
  const [offices, setOffices] = useState<{ installationId: string; officeName: string; unitCode: string }[]>([]);

  useEffect(() => {
    if (province) void call(api['packages.offices']({})).then((value) => value && setOffices(value));
  }, [call, province]);

  const units = useMemo(() => {
    const byCode = new Map<string, string[]>();
    for (const o of offices) byCode.set(o.unitCode, [...(byCode.get(o.unitCode) ?? []), o.officeName]);
    return [...byCode].map(([code, names]) => ({ value: code, label: `${code} · ${[...new Set(names)].join(', ')}` }));
  }, [offices]);

  if (!province || offices.length === 0) return null;
  return (
    <Form layout="inline" className="dd-office-filter" aria-label={t('packageLink.officeFilter.office')}>
      <FilterSelect
        id={`${id}-office`}
        label={t('packageLink.officeFilter.office')}
        options={offices.map((o) => ({ value: o.installationId, label: `${o.officeName} (${o.unitCode})` }))}
        value={value.originInstallationId}
        onChange={(originInstallationId) => onChange({ ...value, originInstallationId })}
      />
      <FilterSelect id={`${id}-unit`} label={t('packageLink.officeFilter.unit')} options={units} value={value.unitCode} onChange={(unitCode) => onChange({ ...value, unitCode })} />
    </Form>
  );
}

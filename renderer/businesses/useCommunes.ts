import { useEffect, useMemo, useState } from 'react';
import type { AdminUnitOut } from '../../electron/api/schemas/office';
import { api } from '../api';
import { useApiCall } from '../app/useApiCall';

export interface Communes {
  list: AdminUnitOut[];
  options: { value: string; label: string }[];
  nameOf: (code: string) => string | undefined;
}

/** The communes of the office's unit, loaded once for the filters, the form and the history. */
export function useCommunes(): Communes {
  const call = useApiCall();
  const [list, setList] = useState<AdminUnitOut[]>([]);
  useEffect(() => {
    void call(api['units.communes']({})).then((value) => value && setList(value));
  }, [call]);
  return useMemo(() => {
    const names = new Map(list.map((c) => [c.code, c.name]));
    return {
      list,
      options: list.map((c) => ({ value: c.code, label: c.name })),
      nameOf: (code: string) => names.get(code),
    };
  }, [list]);
}

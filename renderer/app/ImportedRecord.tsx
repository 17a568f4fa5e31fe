import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import type { ProcedureInput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from './i18n';
import { useApiCall } from './useApiCall';

/** At the province: the office that sent a record (null for the province's own, or at an office). */
export function useImportedFrom(table: ProcedureInput<'records.origin'>['table'], id: string, refreshToken: unknown = null): string | null {
  const call = useApiCall();
  const [office, setOffice] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void call(api['records.origin']({ table, id })).then((origin) => current && setOffice(origin?.officeName ?? null));
    return () => {
      current = false;
    };
  }, [call, table, id, refreshToken]);
  return office;
}

/** Says on the record that the office owns it: it corrects it and sends it again; the province only reads it. */
export function ImportedRecordNote({ office }: { office: string | null }) {
  const { t } = useT();
  if (office === null) return null;
  return <Alert className="dd-gap-bottom" type="info" showIcon role="note" title={t('records.importedNote', { office })} />;
}

import { Button, Input, Space, type InputRef } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { ResultsEntry } from './ResultsEntry';

type Detail = ProcedureOutput<'inspections.open'>;

/** Opens an inspection by its short code, typed or scanned (a USB scanner types the code and Enter). */
export function ResultsTab({ initialCode, onChanged }: { initialCode: string | null; onChanged: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [code, setCode] = useState(initialCode ?? '');
  const [detail, setDetail] = useState<Detail | null>(null);
  const codeRef = useRef<InputRef>(null);

  const open = useCallback(
    async (typed: string) => {
      if (!typed.trim()) return;
      const value = await call(api['inspections.open']({ code: typed }));
      setDetail(value ?? null);
      if (!value) codeRef.current?.select();
    },
    [call],
  );

  useEffect(() => {
    if (initialCode) void open(initialCode);
    else codeRef.current?.focus();
  }, [initialCode, open]);

  return (
    <>
      <Space.Compact className="dd-gap-bottom">
        <Input
          ref={codeRef}
          aria-label={t('inspections.results.code')}
          placeholder="K-26-0001"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          onPressEnter={() => void open(code)}
          maxLength={30}
        />
        <Button type="primary" onClick={() => void open(code)}>
          {t('inspections.results.open')}
        </Button>
      </Space.Compact>
      <p className="dd-hint">{t('inspections.results.codeHint')}</p>
      {detail && <ResultsEntry key={`${detail.id}-${detail.status}`} initial={detail} onChanged={onChanged} />}
    </>
  );
}

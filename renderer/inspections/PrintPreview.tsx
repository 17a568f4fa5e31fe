import '@fontsource/tinos/400.css';
import '@fontsource/tinos/400-italic.css';
import '@fontsource/tinos/700.css';
import { Button, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ProcedureInput, ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { PRINT_CSS } from './print/layout';
import { PrintDocument } from './print/PrintDocument';

export type PrintRequest = Required<Omit<ProcedureInput<'inspections.printSheets'>, never>>;
type Sheets = ProcedureOutput<'inspections.printSheets'>;

/** On screen the pages sit on a grey desk; on paper only the pages print, the app stays behind. */
const PREVIEW_CSS = `
@media screen {
  .dd-print-preview { position: fixed; inset: 0; z-index: 2000; overflow: auto; background: #6b6b6b; }
  .dd-print-preview .dd-print-page { margin: 12px auto; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.4); }
  .dd-print-bar { position: sticky; top: 0; z-index: 1; display: flex; gap: 12px; align-items: center; padding: 8px 16px; background: #fff; }
}
@media print {
  body > *:not(.dd-print-preview) { display: none !important; }
  .dd-print-bar { display: none !important; }
}
`;

/**
 * Print preview of one business's checklist or a whole plan, then the browser's print (in Electron
 * the system dialog, which also saves as PDF). Esc closes; focus starts on the print button.
 */
export function PrintPreview({ request, onClose }: { request: PrintRequest; onClose: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [sheets, setSheets] = useState<Sheets | null>(null);
  const printRef = useRef<HTMLButtonElement>(null);
  // The parent's callback changes on every render; the sheets must not be fetched again for that.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    void call(api['inspections.printSheets'](request)).then((value) => {
      if (value) setSheets(value);
      else closeRef.current();
    });
  }, [call, request]);

  useEffect(() => {
    if (sheets) printRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [sheets]);

  if (!sheets) return null;
  return createPortal(
    <div className="dd-print-preview" role="dialog" aria-modal="true" aria-label={t('inspections.print.preview')}>
      <style>{PRINT_CSS + PREVIEW_CSS}</style>
      <div className="dd-print-bar">
        <strong>{t('inspections.print.preview')}</strong>
        <span>{t('inspections.print.pages', { sheets: sheets.length })}</span>
        <Space>
          <Button type="primary" ref={printRef} onClick={() => window.print()}>
            {t('inspections.print.print')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Space>
      </div>
      <PrintDocument sheets={sheets} />
    </div>,
    document.body,
  );
}

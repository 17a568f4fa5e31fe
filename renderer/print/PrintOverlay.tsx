import '@fontsource/tinos/400.css';
import '@fontsource/tinos/400-italic.css';
import '@fontsource/tinos/700.css';
import { App as AntApp, Button, Space } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DeskPdfShell } from '../../electron/shell/savePdfChannel';
import { createPortal } from 'react-dom';
import { useT } from '../app/i18n';

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

/** The desktop shell's "save as PDF", set by the Electron preload; absent in the browser host. */
function pdfShell(): DeskPdfShell | null {
  const desk = window.desk as Partial<DeskPdfShell> | undefined;
  return typeof desk?.savePdf === 'function' ? (desk as DeskPdfShell) : null;
}

/**
 * Print preview of any printed document, then the browser's print (in Electron the system dialog).
 * In the desktop app "Lưu PDF..." also saves the pages as an A4 PDF where the clerk chooses
 * (fileName is the name offered). Esc closes; focus starts on the print button.
 */
export function PrintOverlay({
  title,
  summary,
  css,
  fileName = title,
  onClose,
  children,
}: {
  title: string;
  summary?: string;
  css: string;
  fileName?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t, tKey } = useT();
  const { message } = AntApp.useApp();
  const shell = pdfShell();
  const [saving, setSaving] = useState(false);
  const printRef = useRef<HTMLButtonElement>(null);
  // The parent's callback changes on every render; the listener must not be re-added for that.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    printRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return createPortal(
    <div className="dd-print-preview" role="dialog" aria-modal="true" aria-label={title}>
      <style>{css + PREVIEW_CSS}</style>
      <div className="dd-print-bar">
        <strong>{title}</strong>
        {summary && <span>{summary}</span>}
        <Space>
          <Button type="primary" ref={printRef} onClick={() => window.print()}>
            {shell ? t('print.toPrinter') : t('print.print')}
          </Button>
          {shell && (
            <Button
              loading={saving}
              onClick={() => {
                setSaving(true);
                void shell
                  .savePdf({ defaultName: fileName })
                  .then((result) => {
                    if (result.outcome === 'saved') void message.success(t('print.savePdf.saved', { file: result.file }));
                    if (result.outcome === 'failed') void message.error(tKey(result.messageKey, result.params));
                  })
                  .finally(() => setSaving(false));
              }}
            >
              {t('print.savePdf')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Space>
      </div>
      {children}
    </div>,
    document.body,
  );
}

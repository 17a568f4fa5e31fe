import '@fontsource/tinos/400.css';
import '@fontsource/tinos/400-italic.css';
import '@fontsource/tinos/700.css';
import { Button, Space } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
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

/**
 * Print preview of any printed document, then the browser's print (in Electron the system dialog,
 * which also saves as PDF). Esc closes; focus starts on the print button.
 */
export function PrintOverlay({ title, summary, css, onClose, children }: { title: string; summary?: string; css: string; onClose: () => void; children: ReactNode }) {
  const { t } = useT();
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
            {t('print.print')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Space>
      </div>
      {children}
    </div>,
    document.body,
  );
}

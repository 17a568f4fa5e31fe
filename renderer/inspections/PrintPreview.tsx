import type { ProcedureInput, ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { PrintOverlay } from '../print/PrintOverlay';
import { usePrintData } from '../print/usePrintData';
import { PRINT_CSS } from './print/layout';
import { PrintDocument } from './print/PrintDocument';

export type PrintRequest = Required<Omit<ProcedureInput<'inspections.printSheets'>, never>>;
type Sheets = ProcedureOutput<'inspections.printSheets'>;

/** The name offered when saving as PDF: "phieu-K-26-0001.pdf", "bien-ban-K-26-0001.pdf", or the plan's for several. */
export function pdfFileName(sheets: Sheets, minutes: boolean): string {
  const kind = minutes ? 'bien-ban' : 'phieu';
  const first = sheets[0];
  if (!first) return `${kind}.pdf`;
  return sheets.length === 1 ? `${kind}-${first.code}.pdf` : `${kind}-${first.plan.decisionNo}-${sheets.length}.pdf`;
}

/** Print preview of one business's checklist or a whole plan. */
export function PrintPreview({ request, onClose }: { request: PrintRequest; onClose: () => void }) {
  const { t } = useT();
  const sheets = usePrintData(JSON.stringify(request), () => api['inspections.printSheets'](request), onClose);

  if (!sheets) return null;
  return (
    <PrintOverlay
      title={t('inspections.print.preview')}
      summary={t('inspections.print.pages', { sheets: sheets.length })}
      css={PRINT_CSS}
      fileName={pdfFileName(sheets, request.minutes)}
      onClose={onClose}
    >
      <PrintDocument sheets={sheets} />
    </PrintOverlay>
  );
}

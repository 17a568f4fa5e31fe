import { api } from '../api';
import { useT } from '../app/i18n';
import { PrintOverlay } from '../print/PrintOverlay';
import { usePrintData } from '../print/usePrintData';
import { RECORD_CSS, ViolationRecordDocument } from './print/ViolationRecordDocument';

/** Print preview of the violation record (biên bản vi phạm hành chính) a violation is written in. */
export function ViolationRecordPreview({ violationId, onClose }: { violationId: string; onClose: () => void }) {
  const { t } = useT();
  const sheet = usePrintData(violationId, () => api['inspections.printViolationRecord']({ violationId }), onClose);
  if (!sheet) return null;
  return (
    <PrintOverlay
      title={t('inspections.violationRecord.preview')}
      summary={`${sheet.business.name} · ${sheet.recordNo}`}
      css={RECORD_CSS}
      fileName={`bien-ban-vphc-${sheet.code}.pdf`}
      onClose={onClose}
    >
      <ViolationRecordDocument sheet={sheet} />
    </PrintOverlay>
  );
}

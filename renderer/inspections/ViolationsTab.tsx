import { Button, Modal, Select, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { todayIso } from './dates';
import { HandlingForm } from './HandlingForm';
import { ViolationList, type Violation } from './ViolationList';
import { ViolationRecordPreview } from './ViolationRecordPreview';

/** The follow-up list: open violations, overdue first; record a handling, then close. */
export function ViolationsTab({ onChanged, onOpenInspection }: { onChanged: () => void; onOpenInspection: (code: string) => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [violations, setViolations] = useState<Violation[]>([]);
  const [recording, setRecording] = useState<Violation | null>(null);
  const [reinspecting, setReinspecting] = useState<Violation | null>(null);
  const [printing, setPrinting] = useState<Violation | null>(null);

  const load = useCallback(() => {
    void call(api['inspections.violations']({ openOnly: true })).then((value) => value && setViolations(value));
  }, [call]);
  useEffect(load, [load]);

  async function close(v: Violation) {
    const closed = await call(api['inspections.closeViolation']({ id: v.id, closedOn: todayIso() }));
    if (closed) {
      load();
      onChanged();
    }
  }

  const overdue = violations.filter((v) => v.overdue).length;
  return (
    <>
      <h2>{t('inspections.violations.title')}</h2>
      <p role="status">{t('inspections.violations.summary', { open: violations.length, overdue })}</p>
      <ViolationList
        violations={violations}
        onOpenInspection={onOpenInspection}
        actions={(v) => (
          <Space>
            <Button size="small" onClick={() => setRecording(v)} aria-label={`${t('inspections.violations.record')}: ${v.businessName} - ${v.description}`}>
              {t('inspections.violations.record')}
            </Button>
            {v.recordNo !== '' && (
              <Button size="small" onClick={() => setPrinting(v)} aria-label={`${t('inspections.violations.printRecord')}: ${v.businessName} - ${v.description}`}>
                {t('inspections.violations.printRecord')}
              </Button>
            )}
            {!v.reinspectionCode && (
              <Button size="small" onClick={() => setReinspecting(v)}>
                {t('inspections.reinspect.action')}
              </Button>
            )}
            <Button size="small" onClick={() => void close(v)} aria-label={`${t('inspections.violations.close')}: ${v.businessName} - ${v.description}`}>
              {t('inspections.violations.close')}
            </Button>
          </Space>
        )}
      />
      {recording && (
        <HandlingForm
          violation={recording}
          onClose={() => setRecording(null)}
          onSaved={() => {
            setRecording(null);
            load();
            onChanged();
          }}
        />
      )}
      {printing && <ViolationRecordPreview violationId={printing.id} onClose={() => setPrinting(null)} />}
      {reinspecting && (
        <ReinspectionDialog
          violation={reinspecting}
          onClose={() => setReinspecting(null)}
          onSaved={() => {
            setReinspecting(null);
            load();
          }}
        />
      )}
    </>
  );
}

/** A re-inspection of the business goes into a plan and stays linked to the violation it follows up. */
function ReinspectionDialog({ violation, onClose, onSaved }: { violation: Violation; onClose: () => void; onSaved: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [plans, setPlans] = useState<{ value: string; label: string }[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  useEffect(() => {
    void call(api['inspections.plans']({})).then((value) => value && setPlans(value.map((p) => ({ value: p.id, label: p.title }))));
  }, [call]);

  async function submit() {
    if (!planId) return;
    if (await call(api['inspections.planReinspection']({ violationId: violation.id, planId }))) onSaved();
  }

  return (
    <Modal open title={`${t('inspections.reinspect.action')}: ${violation.businessName}`} onCancel={onClose} onOk={() => void submit()} okText={t('inspections.reinspect.plan')} cancelText={t('common.cancel')}>
      <label className="dd-block-label">
        {t('inspections.tab.plans')}
        <Select className="dd-full-width" aria-label={t('inspections.tab.plans')} options={plans} value={planId} onChange={setPlanId} />
      </label>
    </Modal>
  );
}

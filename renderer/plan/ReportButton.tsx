import { Button, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { RefSelectProps } from 'antd/es/select';
import type { PrintableReport } from '../../electron/api/schemas/reports';
import { api } from '../api';
import { downloadFile } from '../app/download';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { PrintOverlay } from '../print/PrintOverlay';
import { ReportDocument } from './print/ReportDocument';
import { paginateReport, REPORT_CSS } from './print/reportLayout';
import { periodLabel, periodMatches, periodOrder, type PeriodChoice } from './reportPeriods';

interface Values {
  period: string;
  format: 'pdf' | 'xlsx';
  results: string;
  difficulties: string;
  proposals: string;
}

const NARRATIVE = ['results', 'difficulties', 'proposals'] as const;

/**
 * Makes a periodic report for a period such as 2026-Q3 with the office's narrative: a PDF in the Decree 30/2020
 * layout shown in the print preview, or an .xlsx downloaded. The period is picked from the year's periods as its
 * plan counts them (calendar or cut-off), today's quarter first offered; before the plan is adopted the report is
 * still made and its targets section says so.
 */
export function ReportButton({ year }: { year: number }) {
  const { t, tKey } = useT();
  const call = useApiCall();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PrintableReport | null>(null);
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [choices, setChoices] = useState<{ current: string; periods: PeriodChoice[] } | null>(null);
  // The modal moves focus to itself once opened, which can come after the periods arrive: the
  // picker takes the focus back both when the periods load and when the opening has finished.
  const picker = useRef<RefSelectProps>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (opened && choices) picker.current?.focus();
  }, [opened, choices]);

  // The periods are dropped when the dialog closes, not when it opens: reopened, it never shows the
  // last periods for a moment and then remounts the form under the clerk's typing.
  useEffect(() => {
    if (!open) {
      setChoices(null);
      return;
    }
    let current = true;
    void call(api['reports.periods']({ year })).then((value) => current && value && setChoices(value));
    return () => {
      current = false;
    };
  }, [open, year, call]);

  async function make() {
    const { period, format, results, difficulties, proposals } = form.getFieldsValue();
    setBusy(true);
    setFormError(null);
    const made = await call(api['reports.make']({ period, format, narrative: { results, difficulties, proposals } }), {
      form,
      fields: ['period'],
      setFormError,
    });
    setBusy(false);
    if (!made) return;
    setOpen(false);
    if (made.format === 'pdf') setPreview(made.document);
    else downloadFile(made);
  }

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('report.open')}</Button>
      <Modal
        open={open}
        title={t('report.title')}
        okText={t('report.make')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => void make()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        afterOpenChange={setOpened}
      >
        {choices && (
        <Form
          form={form}
          layout="vertical"
          name="report"
          initialValues={{ period: choices.current, format: 'pdf', results: '', difficulties: '', proposals: '' }}
        >
          <Form.Item label={t('report.period')} name="period" extra={t('report.periodHint')} validateStatus={formError ? 'error' : undefined} help={formError ?? undefined}>
            <Select
              ref={picker}
              autoFocus
              showSearch={{ filterOption: periodMatches, filterSort: (a, b, { searchValue }) => periodOrder(searchValue)(a, b) }}
              options={choices.periods.map((p) => ({ value: p.code, label: periodLabel(tKey, p) }))}
            />
          </Form.Item>
          <Form.Item label={t('report.format')} name="format">
            <Radio.Group
              options={[
                { value: 'pdf', label: t('report.format.pdf') },
                { value: 'xlsx', label: t('report.format.xlsx') },
              ]}
            />
          </Form.Item>
          {NARRATIVE.map((part) => (
            <Form.Item key={part} label={t(`report.narrative.${part}`)} name={part}>
              <Input.TextArea rows={3} maxLength={20_000} />
            </Form.Item>
          ))}
        </Form>
        )}
      </Modal>
      {preview && (
        <PrintOverlay
          title={t('report.preview', { period: preview.period })}
          summary={t('report.pages', { pages: paginateReport(preview).length, asOf: preview.asOf.split('-').reverse().join('/'), seq: String(preview.changeLogSeq) })}
          css={REPORT_CSS}
          onClose={() => setPreview(null)}
        >
          <ReportDocument report={preview} />
        </PrintOverlay>
      )}
    </>
  );
}

import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { downloadFile } from '../app/download';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

/** Makes a periodic report (.xlsx) for a period such as 2026-Q3, with the office's narrative. */
export function ReportButton({ year }: { year: number }) {
  const { t } = useT();
  const call = useApiCall();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ period: string; narrative: string }>();
  const [formError, setFormError] = useState<string | null>(null);

  async function make() {
    const { period, narrative } = form.getFieldsValue();
    setBusy(true);
    const made = await call(api['reports.make']({ period, format: 'xlsx', narrative }), { form, fields: ['period', 'narrative'], setFormError });
    setBusy(false);
    if (!made) return;
    downloadFile(made);
    setOpen(false);
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
      >
        <Form form={form} layout="vertical" name="report" initialValues={{ period: `${year}-Q1`, narrative: '' }}>
          <Form.Item label={t('report.period')} name="period" extra={t('report.periodHint')} validateStatus={formError ? 'error' : undefined} help={formError ?? undefined}>
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item label={t('report.narrative')} name="narrative">
            <Input.TextArea rows={5} maxLength={20_000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Form, Input, Modal, Upload } from 'antd';
import { useState } from 'react';
import { UnitListImportInput } from '../../electron/api/schemas/office';
import { api } from '../api';
import { bytesToBase64, XLSX_MIME } from '../app/fileBytes';
import { issuesFromZod, showIssuesInForm } from '../app/formErrors';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';

const FIELDS = ['listVersion', 'label'] as const;

interface Values {
  listVersion?: string;
  label?: string;
}

/**
 * Loads another province's unit list from the statistics office's spreadsheet, so an office
 * outside Lạng Sơn can be set up. Calls back with the new list version.
 */
export function UnitListImport({ onLoaded }: { onLoaded: (listVersion: string) => void }) {
  const { t, tKey } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    const input = {
      fileName: file?.name ?? '',
      bytes: file ? bytesToBase64(new Uint8Array(await file.arrayBuffer())) : '',
      listVersion: values.listVersion ?? '',
      label: values.label ?? '',
    };
    const parsed = UnitListImportInput.safeParse(input);
    const issues = parsed.success ? [] : issuesFromZod(parsed.error);
    const rest = showIssuesInForm(form, issues, FIELDS, tKey);
    const problems = [...(file ? [] : [`${t('units.import.file')}: ${t('validation.required')}`]), ...rest.map((i) => tKey(i.messageKey))];
    setFormError(problems.length ? problems.join('. ') : null);
    if (!parsed.success || !file) return;
    setBusy(true);
    const loaded = await call(api['units.importList'](parsed.data), { form, fields: FIELDS, setFormError });
    setBusy(false);
    if (!loaded) return;
    void message.success(t('units.import.done', { count: loaded.units, label: loaded.label }));
    setOpen(false);
    onLoaded(loaded.listVersion);
  }

  return (
    <>
      <Button icon={<FileExcelOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('units.import.title')}
      </Button>
      <Modal
        open={open}
        title={t('units.import.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        destroyOnHidden
      >
        {formError && <Alert className="dd-gap-bottom" type="error" showIcon title={formError} role="alert" />}
        <Form form={form} name="unitList" layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item label={t('units.import.listVersion')} name="listVersion" required>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item label={t('units.import.label')} name="label" required>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={t('units.import.file')} required>
            <Upload
              accept={`.xlsx,${XLSX_MIME}`}
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<FileExcelOutlined aria-hidden />}>{t('import.chooseFile')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

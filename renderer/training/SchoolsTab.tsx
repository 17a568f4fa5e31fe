import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Form, Input, Select, Space, Table } from 'antd';
import { NumberInput } from '../components/NumberInput';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { SchoolFields, SchoolOut as School } from '../../electron/api/schemas/training';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import type { Communes } from '../businesses/useCommunes';
import { useTrainingChoices } from './choices';
import { FormModal } from './FormModal';

type SchoolValues = Partial<z.input<typeof SchoolFields>>;

const SCHOOL_FIELDS = ['name', 'kind', 'communeCode', 'enrolment'] as const;

const schoolInput = (values: SchoolValues) => ({
  name: values.name ?? '',
  kind: values.kind ?? ('' as School['kind']),
  communeCode: values.communeCode ?? '',
  enrolment: values.enrolment ?? 0,
});

/** Name, kind, commune and enrolment: the add row and the edit dialog share them. */
function SchoolFormItems({ idPrefix, communes }: { idPrefix: string; communes: Communes }) {
  const { t } = useT();
  const choices = useTrainingChoices();
  return (
    <>
      <Form.Item label={t('school.name')} name="name" htmlFor={`${idPrefix}-name`} required>
        <Input id={`${idPrefix}-name`} maxLength={300} />
      </Form.Item>
      <Form.Item label={t('school.kind')} name="kind" htmlFor={`${idPrefix}-kind`} required>
        <Select id={`${idPrefix}-kind`} options={choices.schoolKinds} style={{ minWidth: 200 }} />
      </Form.Item>
      <Form.Item label={t('school.commune')} name="communeCode" htmlFor={`${idPrefix}-commune`} required>
        <Select id={`${idPrefix}-commune`} showSearch={{ filterOption: filterOptionByLabel }} options={communes.options} style={{ minWidth: 200 }} />
      </Form.Item>
      <Form.Item label={t('school.enrolment')} name="enrolment" htmlFor={`${idPrefix}-enrolment`} required>
        <NumberInput id={`${idPrefix}-enrolment`} integer min={0} />
      </Form.Item>
    </>
  );
}

/** High schools, colleges and vocational schools with their enrolment: the denominator of T4. */
export function SchoolsTab({ communes, onChanged }: { communes: Communes; onChanged: () => void }) {
  const { t } = useT();
  const { message, modal } = AntApp.useApp();
  const call = useApiCall();
  const [editing, setEditing] = useState<School | null>(null);
  const [editForm] = Form.useForm<SchoolValues>();
  const [editError, setEditError] = useState<string | null>(null);
  const [schools, setSchools] = useState<School[]>([]);
  const [token, setToken] = useState(0);
  const [form] = Form.useForm<SchoolValues>();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    void call(api['schools.list']({})).then((value) => value && setSchools(value));
  }, [call, token]);

  async function save(values: SchoolValues) {
    const saved = await call(api['schools.create'](schoolInput(values)), { form, fields: SCHOOL_FIELDS, setFormError });
    if (!saved) return;
    void message.success(t('school.created', { name: saved.name }));
    form.resetFields();
    setToken((n) => n + 1);
    onChanged();
  }

  async function saveEdit() {
    if (!editing) return;
    const fields = schoolInput(editForm.getFieldsValue(true) as SchoolValues);
    const saved = await call(api['schools.update']({ id: editing.id, fields }), { form: editForm, fields: SCHOOL_FIELDS, setFormError: setEditError });
    if (!saved) return;
    void message.success(t('school.saved', { name: saved.name }));
    setEditing(null);
    setToken((n) => n + 1);
    onChanged();
  }

  function confirmDelete(school: School) {
    void modal.confirm({
      title: t('school.delete', { name: school.name }),
      content: t('school.deleteConfirm', { name: school.name }),
      okText: t('school.delete', { name: school.name }),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (!(await call(api['schools.delete']({ id: school.id })))) return;
        void message.success(t('school.deleted'));
        setToken((n) => n + 1);
        onChanged();
      },
    });
  }

  return (
    <>
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={formError} />}
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Space wrap align="end">
          <SchoolFormItems idPrefix="school" communes={communes} />
          <Form.Item>
            <Button type="primary" htmlType="submit">
              {t('school.add')}
            </Button>
          </Form.Item>
        </Space>
      </Form>
      <Table<School>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={schools}
        columns={[
          { key: 'name', title: t('school.name'), dataIndex: 'name' },
          { key: 'kind', title: t('school.kind'), render: (_, s) => t(`school.kind.${s.kind}`) },
          { key: 'commune', title: t('school.commune'), render: (_, s) => communes.nameOf(s.communeCode) ?? s.communeCode },
          { key: 'enrolment', title: t('school.enrolment'), dataIndex: 'enrolment' },
          {
            key: 'actions',
            title: t('school.actions'),
            render: (_, s) => (
              <Space>
                <Button
                  icon={<EditOutlined aria-hidden />}
                  aria-label={t('school.edit', { name: s.name })}
                  onClick={() => {
                    // The dialog's form is unmounted while closed: its values are set before it opens.
                    editForm.setFieldsValue(s);
                    setEditError(null);
                    setEditing(s);
                  }}
                />
                <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={t('school.delete', { name: s.name })} onClick={() => confirmDelete(s)} />
              </Space>
            ),
          },
        ]}
      />
      <FormModal open={editing !== null} form={editForm} title={editing ? t('school.edit', { name: editing.name }) : ''} error={editError} onCancel={() => setEditing(null)} onSave={() => void saveEdit()}>
        <Form form={editForm} layout="vertical">
          <SchoolFormItems idPrefix="school-edit" communes={communes} />
        </Form>
      </FormModal>
    </>
  );
}

import { Alert, App as AntApp, Button, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { SchoolFields, SchoolOut as School } from '../../electron/api/schemas/training';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import type { Communes } from '../businesses/useCommunes';
import { useTrainingChoices } from './choices';

type SchoolValues = Partial<z.input<typeof SchoolFields>>;

/** High schools, colleges and vocational schools with their enrolment: the denominator of T4. */
export function SchoolsTab({ communes, onChanged }: { communes: Communes; onChanged: () => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const choices = useTrainingChoices();
  const [schools, setSchools] = useState<School[]>([]);
  const [token, setToken] = useState(0);
  const [form] = Form.useForm<SchoolValues>();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    void call(api['schools.list']({})).then((value) => value && setSchools(value));
  }, [call, token]);

  async function save(values: SchoolValues) {
    const input = { name: values.name ?? '', kind: values.kind ?? ('' as School['kind']), communeCode: values.communeCode ?? '', enrolment: values.enrolment ?? 0 };
    const saved = await call(api['schools.create'](input), { form, fields: ['name', 'kind', 'communeCode', 'enrolment'], setFormError });
    if (!saved) return;
    void message.success(t('school.created', { name: saved.name }));
    form.resetFields();
    setToken((n) => n + 1);
    onChanged();
  }

  return (
    <>
      {formError && <Alert className="dd-gap-bottom" type="error" showIcon role="alert" title={formError} />}
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Space wrap align="end">
          <Form.Item label={t('school.name')} name="name" htmlFor="school-name" required>
            <Input id="school-name" maxLength={300} />
          </Form.Item>
          <Form.Item label={t('school.kind')} name="kind" htmlFor="school-kind" required>
            <Select id="school-kind" options={choices.schoolKinds} style={{ minWidth: 200 }} />
          </Form.Item>
          <Form.Item label={t('school.commune')} name="communeCode" htmlFor="school-commune" required>
            <Select id="school-commune" showSearch={{ filterOption: filterOptionByLabel }} options={communes.options} style={{ minWidth: 200 }} />
          </Form.Item>
          <Form.Item label={t('school.enrolment')} name="enrolment" htmlFor="school-enrolment" required>
            <InputNumber id="school-enrolment" min={0} />
          </Form.Item>
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
        ]}
      />
    </>
  );
}

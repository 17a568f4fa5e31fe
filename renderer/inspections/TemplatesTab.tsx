import { Table } from 'antd';
import { useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { useBusinessChoices } from '../businesses/labels';

type Template = ProcedureOutput<'inspections.templates'>[number];

/** The checklist each business type is inspected with now (latest version), and how much it is used. */
export function TemplatesTab() {
  const { t } = useT();
  const call = useApiCall();
  const { typeLabel } = useBusinessChoices();
  const [templates, setTemplates] = useState<Template[]>([]);
  useEffect(() => {
    void call(api['inspections.templates']({})).then((value) => value && setTemplates(value));
  }, [call]);
  return (
    <Table<Template>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={templates}
      columns={[
        { key: 'type', title: t('business.field.type'), render: (_, tpl) => typeLabel(tpl.businessType) },
        { key: 'title', title: t('inspections.templates.title'), dataIndex: 'title' },
        { key: 'version', title: '', render: (_, tpl) => t('inspections.templates.version', { version: tpl.version }) },
        { key: 'items', title: '', render: (_, tpl) => t('inspections.templates.items', { count: tpl.sections.reduce((n, s) => n + s.items.length, 0) }) },
        { key: 'inUse', title: '', render: (_, tpl) => t('inspections.templates.inUse', { count: tpl.inUse }) },
      ]}
    />
  );
}

import { Button, App as AntApp, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureOutput } from '../../electron/api/contract';
import { api } from '../api';
import { useT } from '../app/i18n';
import { mayAdminister, useSession } from '../app/session';
import { useApiCall } from '../app/useApiCall';
import { useBusinessChoices } from '../businesses/labels';
import { formatDate } from '../i18n/translate';
import { TemplateEditor } from './TemplateEditor';

type Template = ProcedureOutput<'inspections.templates'>[number];

/** Every version of one template, the newest last; an administrator deletes a version no inspection uses. */
function VersionList({ templateKey, refresh, onDeleted }: { templateKey: string; refresh: number; onDeleted: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const { modal, message } = AntApp.useApp();
  const { status } = useSession();
  const isAdmin = mayAdminister(status);
  const [versions, setVersions] = useState<Template[]>([]);

  const load = useCallback(() => {
    void call(api['inspections.templateVersions']({ templateKey })).then((value) => value && setVersions(value));
  }, [call, templateKey]);
  useEffect(load, [load, refresh]);

  function remove(version: Template) {
    modal.confirm({
      title: t('inspections.templateVersions.confirm', { version: version.version }),
      okText: t('inspections.templateVersions.delete', { version: version.version }),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const done = await call(api['inspections.deleteTemplateVersion']({ id: version.id }));
        if (done === undefined) return;
        void message.success(t('inspections.templateVersions.deleted', { version: version.version }));
        load();
        onDeleted();
      },
    });
  }

  const latest = versions.at(-1)?.version;
  return (
    <Table<Template>
      rowKey="id"
      size="small"
      pagination={false}
      className="dd-gap-bottom"
      dataSource={versions}
      columns={[
        {
          key: 'version',
          title: t('inspections.templates.title'),
          render: (_, v) => (
            <Space>
              {t('inspections.templates.version', { version: v.version })}
              {v.version === latest && <Tag color="blue">{t('inspections.templateVersions.current')}</Tag>}
            </Space>
          ),
        },
        { key: 'created', title: t('inspections.templateVersions.created'), render: (_, v) => formatDate(v.createdAt) },
        { key: 'inUse', title: '', render: (_, v) => t('inspections.templates.inUse', { count: v.inUse }) },
        {
          key: 'delete',
          title: '',
          render: (_, v) =>
            isAdmin && (
              <Button size="small" danger onClick={() => remove(v)}>
                {t('inspections.templateVersions.delete', { version: v.version })}
              </Button>
            ),
        },
      ]}
    />
  );
}

/** One template: its versions, and for an administrator the editor of the newest one. */
function TemplateView({ template, onBack }: { template: Template; onBack: () => void }) {
  const { t } = useT();
  const { status } = useSession();
  const [current, setCurrent] = useState(template);
  const [refresh, setRefresh] = useState(0);
  const call = useApiCall();

  const reloadCurrent = useCallback(() => {
    void call(api['inspections.templateVersions']({ templateKey: template.templateKey })).then((value) => {
      const newest = value?.at(-1);
      if (newest) setCurrent(newest);
    });
  }, [call, template.templateKey]);

  return (
    <>
      <Button className="dd-gap-bottom" onClick={onBack}>
        {t('inspections.templateEdit.back')}
      </Button>
      <h2>{t('inspections.templateEdit.heading', { title: current.title })}</h2>
      <h3>{t('inspections.templates.versionsOf', { title: current.title })}</h3>
      <VersionList templateKey={template.templateKey} refresh={refresh} onDeleted={reloadCurrent} />
      {mayAdminister(status) && (
        <TemplateEditor
          key={current.id}
          template={current}
          onSaved={(saved) => {
            setCurrent(saved);
            setRefresh((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

/** The checklist each business type is inspected with now (latest version), and how much it is used. */
export function TemplatesTab() {
  const { t } = useT();
  const call = useApiCall();
  const { status } = useSession();
  const isAdmin = mayAdminister(status);
  const { typeLabel } = useBusinessChoices();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [open, setOpen] = useState<Template | null>(null);

  const load = useCallback(() => {
    void call(api['inspections.templates']({})).then((value) => value && setTemplates(value));
  }, [call]);
  useEffect(load, [load]);

  if (open) {
    return (
      <TemplateView
        template={open}
        onBack={() => {
          setOpen(null);
          load();
        }}
      />
    );
  }
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
        {
          key: 'open',
          title: '',
          render: (_, tpl) => (
            <Button size="small" aria-label={t(isAdmin ? 'inspections.templates.editOf' : 'inspections.templates.versionsOf', { title: `${typeLabel(tpl.businessType)} - ${tpl.title}` })} onClick={() => setOpen(tpl)}>
              {isAdmin ? t('inspections.templates.edit') : t('inspections.templates.versions')}
            </Button>
          ),
        },
      ]}
    />
  );
}

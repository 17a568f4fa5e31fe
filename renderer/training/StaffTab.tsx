import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Form, Input, Space, Table } from 'antd';
import { clearWhenChanged } from '../components/liveValidation';
import { useCallback, useEffect, useState } from 'react';
import type { StaffPersonOut as StaffPerson } from '../../electron/api/schemas/training';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import { useDebounced } from '../app/useDebounced';
import { ImportDialog, type ImportKind } from '../businesses/ImportDialog';
import { dmy } from './choices';
import { FormModal } from './FormModal';
import { StaffEditDialog } from './StaffEditDialog';
import { STAFF_FORM_FIELDS, StaffFormFields, staffInput, type StaffFormValues } from './StaffForm';
import { StaffMergeDialog } from './StaffMergeDialog';

const STAFF_IMPORT: ImportKind = {
  read: (input) => api['staff.importRead'](input),
  preview: (input) => api['staff.importPreview'](input),
  commit: (input) => api['staff.importCommit'](input),
  rejected: (input) => api['staff.importRejected'](input),
  titleKey: 'staff.import.title',
  doneKey: 'staff.import.done',
  fieldPrefix: 'staff.field.',
  template: { download: () => api['staff.template']({}), labelKey: 'staff.template' },
};

/** The staff register: search, add, import from Excel, and the likely duplicates offered for merging. */
export function StaffTab({ onChanged }: { onChanged: () => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search, 250);
  const [page, setPage] = useState<{ total: number; rows: StaffPerson[] }>({ total: 0, rows: [] });
  const [duplicates, setDuplicates] = useState<StaffPerson[][]>([]);
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<StaffFormValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const [token, setToken] = useState(0);
  const [office, setOffice] = useOfficeFilter();
  const [editing, setEditing] = useState<StaffPerson | null>(null);
  const [merging, setMerging] = useState<[StaffPerson, StaffPerson] | null>(null);
  const reload = useCallback(() => {
    setToken((n) => n + 1);
    onChanged();
  }, [onChanged]);

  useEffect(() => {
    void call(api['staff.list']({ search: debounced, limit: 500, ...office })).then((value) => value && setPage(value));
    void call(api['staff.duplicates']({})).then((value) => value && setDuplicates(value));
  }, [call, debounced, token, office]);

  async function save() {
    const saved = await call(api['staff.create'](staffInput(form.getFieldsValue(true) as StaffFormValues)), {
      form,
      fields: STAFF_FORM_FIELDS,
      setFormError,
    });
    if (!saved) return;
    void message.success(t('staff.saved', { name: saved.fullName }));
    setAdding(false);
    form.resetFields();
    reload();
  }

  async function merge(keep: StaffPerson, drop: StaffPerson) {
    const kept = await call(api['staff.merge']({ keepId: keep.id, dropId: drop.id }));
    if (!kept) return;
    setMerging(null);
    const key = `merged-${keep.id}`;
    void message.success({
      key,
      duration: 10,
      content: (
        <span>
          {t('staff.merged', { name: kept.fullName })}{' '}
          <Button size="small" onClick={() => void undoMerge(keep, drop, key)}>
            {t('staff.merge.undo')}
          </Button>
        </span>
      ),
    });
    reload();
  }

  async function undoMerge(keep: StaffPerson, drop: StaffPerson, key: string) {
    message.destroy(key);
    const restored = await call(api['staff.undoMerge']({ keepId: keep.id, dropId: drop.id }));
    if (!restored) return;
    void message.success(t('staff.undo.done', { name: restored.fullName }));
    reload();
  }

  async function setAside(first: StaffPerson, second: StaffPerson) {
    const next = await call(api['staff.notDuplicate']({ firstId: first.id, secondId: second.id }));
    if (!next) return;
    void message.success(t('staff.duplicates.setAside', { first: first.fullName, second: second.fullName }));
    setDuplicates(next);
  }

  return (
    <>
      <OfficeFilter id="staff-filter" value={office} onChange={setOffice} />
      <Space className="dd-gap-bottom" wrap>
        <Input.Search
          role="searchbox"
          aria-label={t('common.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {t('staff.add')}
        </Button>
        <Button icon={<FileExcelOutlined aria-hidden />} onClick={() => setImporting(true)}>
          {t('staff.import')}
        </Button>
        <span role="status">{t('staff.count', { count: page.total })}</span>
      </Space>
      {duplicates.length > 0 && (
        <Card className="dd-gap-bottom" size="small" title={<h2 className="dd-section-title">{t('staff.duplicates.title', { count: duplicates.length })}</h2>}>
          <p>{t('staff.duplicates.hint')}</p>
          {duplicates.map((pair) => {
            const [first, second] = pair;
            if (!first || !second) return null;
            return (
              <Space key={`${first.id} ${second.id}`} wrap className="dd-gap-bottom">
                <span>
                  {first.fullName} · {first.birthYear ?? ''} · {first.unitName} · {first.agency} / {second.agency}
                </span>
                <Button aria-label={t('staff.merge.openOf', { name: first.fullName })} onClick={() => setMerging([first, second])}>
                  {t('staff.merge.open')}
                </Button>
                <Button onClick={() => void setAside(first, second)}>{t('staff.duplicates.notSame')}</Button>
              </Space>
            );
          })}
        </Card>
      )}
      <Table<StaffPerson>
        rowKey="id"
        size="small"
        dataSource={page.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { key: 'name', title: t('staff.field.fullName'), dataIndex: 'fullName' },
          { key: 'year', title: t('staff.field.birthYear'), dataIndex: 'birthYear', width: 100 },
          { key: 'position', title: t('staff.field.position'), dataIndex: 'position' },
          { key: 'agency', title: t('staff.field.agency'), dataIndex: 'agency' },
          { key: 'unit', title: t('staff.field.unitCode'), dataIndex: 'unitName' },
          { key: 'group', title: t('staff.field.group'), render: (_, p) => t(`staff.group.${p.group}`) },
          {
            key: 'status',
            title: t('staff.field.status'),
            render: (_, p) => (p.status === 'left' && p.leftOn ? `${t('staff.status.left')} (${dmy(p.leftOn)})` : t(`staff.status.${p.status}`)),
          },
          {
            key: 'edit',
            title: '',
            width: 80,
            render: (_, p) => (
              <Button size="small" aria-label={t('staff.editOf', { name: p.fullName })} onClick={() => setEditing(p)}>
                {t('staff.edit')}
              </Button>
            ),
          },
        ]}
      />
      <FormModal open={adding} form={form} startEmpty title={t('staff.addTitle')} error={formError} onCancel={() => setAdding(false)} onSave={() => void save()}>
        <Form form={form} layout="vertical" onFinish={() => void save()} onValuesChange={clearWhenChanged(form)}>
          <StaffFormFields idPrefix="staff-add" />
        </Form>
      </FormModal>
      <StaffEditDialog
        person={editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) reload();
        }}
      />
      <StaffMergeDialog pair={merging} onClose={() => setMerging(null)} onMerge={(keep, drop) => void merge(keep, drop)} />
      {importing && (
        <ImportDialog
          kind={STAFF_IMPORT}
          onClose={(imported) => {
            setImporting(false);
            if (imported) reload();
          }}
        />
      )}
    </>
  );
}

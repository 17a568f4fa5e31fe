import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, Select, Space, Table } from 'antd';
import { clearWhenChanged } from '../components/liveValidation';
import { DateInput } from '../components/DateInput';
import { NumberInput } from '../components/NumberInput';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { OutreachEventOut as OutreachEvent, OutreachFieldsInput, SchoolOut as School } from '../../electron/api/schemas/training';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import type { Communes } from '../businesses/useCommunes';
import { dmy, isoDate, useTrainingChoices } from './choices';
import { FormModal } from './FormModal';

type EventFormValues = Partial<Omit<OutreachFieldsInput, 'date'>> & { date?: Dayjs | null };

const EVENT_FIELDS = ['type', 'date', 'communeCodes', 'organiser', 'workersReached', 'businessIds', 'studentsReached', 'schoolId', 'publicReached', 'materials', 'headcountReason', 'notes'] as const;

function eventInput(v: EventFormValues): OutreachFieldsInput {
  return {
    type: v.type ?? ('' as OutreachFieldsInput['type']),
    date: isoDate(v.date),
    communeCodes: v.communeCodes ?? [],
    organiser: v.organiser ?? '',
    workersReached: v.workersReached ?? 0,
    businessIds: v.businessIds ?? [],
    studentsReached: v.studentsReached ?? 0,
    schoolId: v.schoolId ?? null,
    publicReached: v.publicReached ?? 0,
    materials: v.materials ?? '',
    headcountReason: v.headcountReason ?? '',
    notes: v.notes ?? '',
  };
}

/** Communication events of the year, with their audiences; a new one is entered in a dialog. */
export function EventsTab({ year, communes, onChanged }: { year: number; communes: Communes; onChanged: () => void }) {
  const { t } = useT();
  const { message, modal } = AntApp.useApp();
  const call = useApiCall();
  const choices = useTrainingChoices();
  const [events, setEvents] = useState<OutreachEvent[]>([]);
  const [schools, setSchools] = useState<School[]>([]);
  const [businesses, setBusinesses] = useState<{ value: string; label: string }[]>([]);
  /** The event being edited, or 'new'. */
  const [editing, setEditing] = useState<OutreachEvent | 'new' | null>(null);
  const [token, setToken] = useState(0);
  const [office, setOffice] = useOfficeFilter();
  const [form] = Form.useForm<EventFormValues>();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    void call(api['outreach.list']({ year, ...office })).then((value) => value && setEvents(value));
    void call(api['schools.list']({})).then((value) => value && setSchools(value));
    void call(api['businesses.list']({ limit: 500 })).then((page) => page && setBusinesses(page.rows.map((b) => ({ value: b.id, label: `${b.name} · ${b.communeName}` }))));
  }, [call, year, token, office]);

  function changed() {
    setToken((n) => n + 1);
    onChanged();
  }

  function open(target: OutreachEvent | 'new') {
    // The dialog's form is unmounted while closed: its values are set before it opens.
    form.resetFields();
    if (target !== 'new') form.setFieldsValue({ ...target, date: dayjs(target.date) });
    setFormError(null);
    setEditing(target);
  }

  async function save() {
    const fields = eventInput(form.getFieldsValue(true) as EventFormValues);
    const target = { form, fields: EVENT_FIELDS, setFormError };
    const isNew = editing === 'new' || editing === null;
    const saved = await call(isNew ? api['outreach.create'](fields) : api['outreach.update']({ id: editing.id, fields }), target);
    if (!saved) return;
    void message.success(t(isNew ? 'outreach.created' : 'outreach.saved'));
    setEditing(null);
    changed();
  }

  function confirmDelete(event: OutreachEvent) {
    void modal.confirm({
      title: t('outreach.delete'),
      content: t('outreach.deleteConfirm', { date: dmy(event.date) }),
      okText: t('outreach.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (!(await call(api['outreach.delete']({ id: event.id })))) return;
        void message.success(t('outreach.deleted'));
        changed();
      },
    });
  }

  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  return (
    <>
      <OfficeFilter id="events-filter" value={office} onChange={setOffice} />
      <Space className="dd-gap-bottom" wrap>
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => open('new')}>
          {t('outreach.add')}
        </Button>
        <span role="status">{t('outreach.count', { count: events.length })}</span>
      </Space>
      <Table<OutreachEvent>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={events}
        columns={[
          { key: 'date', title: t('outreach.date'), render: (_, e) => dmy(e.date), width: 110 },
          { key: 'type', title: t('outreach.type'), render: (_, e) => t(`outreach.type.${e.type}`) },
          { key: 'communes', title: t('outreach.communes'), render: (_, e) => e.communeCodes.map((c) => communes.nameOf(c) ?? c).join(', ') },
          { key: 'workers', title: t('outreach.workersReached'), dataIndex: 'workersReached' },
          { key: 'students', title: t('outreach.studentsReached'), render: (_, e) => (e.studentsReached ? `${e.studentsReached} (${schoolName.get(e.schoolId ?? '') ?? ''})` : '') },
          { key: 'public', title: t('outreach.publicReached'), dataIndex: 'publicReached' },
          {
            key: 'actions',
            title: t('outreach.actions'),
            render: (_, e) => (
              <Space>
                <Button icon={<EditOutlined aria-hidden />} aria-label={`${t('outreach.edit')} ${dmy(e.date)}`} onClick={() => open(e)} />
                <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={`${t('outreach.delete')} ${dmy(e.date)}`} onClick={() => confirmDelete(e)} />
              </Space>
            ),
          },
        ]}
      />
      <FormModal
        open={editing !== null}
        form={form}
        title={editing === 'new' || editing === null ? t('outreach.add') : t('outreach.edit')}
        error={formError}
        onCancel={() => setEditing(null)}
        onSave={() => void save()}
      >
        <Form form={form} layout="vertical" onValuesChange={clearWhenChanged(form)}>
          <Space wrap>
            <Form.Item label={t('outreach.type')} name="type" htmlFor="event-type" required>
              <Select id="event-type" options={choices.outreachTypes} style={{ minWidth: 260 }} />
            </Form.Item>
            <Form.Item label={t('outreach.date')} name="date" htmlFor="event-date" required>
              <DateInput id="event-date" className="dd-full-width" />
            </Form.Item>
          </Space>
          <Form.Item label={t('outreach.communes')} name="communeCodes" htmlFor="event-communes" required>
            <Select id="event-communes" mode="multiple" showSearch={{ filterOption: filterOptionByLabel }} options={communes.options} />
          </Form.Item>
          <Form.Item label={t('outreach.organiser')} name="organiser" htmlFor="event-organiser">
            <Input id="event-organiser" maxLength={300} />
          </Form.Item>
          <Space wrap>
            <Form.Item label={t('outreach.workersReached')} name="workersReached" htmlFor="event-workers">
              <NumberInput id="event-workers" integer min={0} />
            </Form.Item>
            <Form.Item label={t('outreach.studentsReached')} name="studentsReached" htmlFor="event-students">
              <NumberInput id="event-students" integer min={0} />
            </Form.Item>
            <Form.Item label={t('outreach.publicReached')} name="publicReached" htmlFor="event-public">
              <NumberInput id="event-public" integer min={0} />
            </Form.Item>
          </Space>
          <Form.Item label={t('outreach.businesses')} name="businessIds" htmlFor="event-businesses">
            <Select id="event-businesses" mode="multiple" showSearch={{ filterOption: filterOptionByLabel }} options={businesses} />
          </Form.Item>
          <Form.Item label={t('outreach.headcountReason')} name="headcountReason" htmlFor="event-reason">
            <Input id="event-reason" maxLength={1000} />
          </Form.Item>
          <Form.Item label={t('outreach.school')} name="schoolId" htmlFor="event-school">
            <Select id="event-school" allowClear options={schools.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item label={t('outreach.materials')} name="materials" htmlFor="event-materials">
            <Input id="event-materials" maxLength={1000} />
          </Form.Item>
          <Form.Item label={t('outreach.notes')} name="notes" htmlFor="event-notes">
            <Input.TextArea id="event-notes" maxLength={4000} rows={2} />
          </Form.Item>
        </Form>
      </FormModal>
    </>
  );
}

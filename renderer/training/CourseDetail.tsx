import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Checkbox, Form, Radio, Select, Space, Table } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { TrainingCourseOut as TrainingCourse } from '../../electron/api/schemas/training';
import { api } from '../api';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { useApiCall } from '../app/useApiCall';
import { dmy } from './choices';
import { COURSE_FIELDS, courseFormValues, courseInfoInput, CourseInfoFields, type CourseFormValues } from './CourseForm';
import { FormModal } from './FormModal';
import { SessionsPanel } from './SessionsPanel';
import { STAFF_FORM_FIELDS, StaffFormFields, staffInput, type StaffFormValues } from './StaffForm';

/** One course: its roster (from the register or new people) and attendance per session, ticked by keyboard. */
export function CourseDetail({ id, onBack, onChanged }: { id: string; onBack: () => void; onChanged: () => void }) {
  const { t } = useT();
  const { message, modal } = AntApp.useApp();
  const call = useApiCall();
  const [editing, setEditing] = useState(false);
  const [editForm] = Form.useForm<CourseFormValues>();
  const [course, setCourse] = useState<TrainingCourse | null>(null);
  const [people, setPeople] = useState<{ value: string; label: string }[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [addingNew, setAddingNew] = useState(false);
  const [form] = Form.useForm<StaffFormValues>();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    void call(api['training.course']({ id })).then((value) => value && setCourse(value));
    void call(api['staff.list']({ limit: 500 })).then(
      (page) => page && setPeople(page.rows.map((p) => ({ value: p.id, label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''} · ${p.unitName}` }))),
    );
  }, [call, id]);

  const session = course?.sessions.find((s) => s.id === sessionId) ?? course?.sessions[0];
  // Ticks being saved: the course from an earlier save must not untick a later tick on screen.
  const attendanceSaves = useRef({ queue: Promise.resolve(), inFlight: 0 });
  const [attendanceSaved, setAttendanceSaved] = useState<string | null>(null);
  useEffect(() => {
    if (!course || !session || attendanceSaves.current.inFlight > 0) return;
    setPresent(new Set(course.participants.filter((p) => p.attended.includes(session.id)).map((p) => p.personId)));
  }, [course, session]);

  function updated(next: TrainingCourse | undefined) {
    if (!next) return false;
    setCourse(next);
    onChanged();
    return true;
  }

  async function addChosen() {
    if (!chosen) return;
    if (updated(await call(api['training.addParticipant']({ courseId: id, person: { personId: chosen } })))) setChosen(null);
  }

  async function addNew() {
    const next = await call(api['training.addParticipant']({ courseId: id, person: { newPerson: staffInput(form.getFieldsValue(true) as StaffFormValues) } }), {
      form,
      fields: STAFF_FORM_FIELDS,
      setFormError,
    });
    if (updated(next)) {
      setAddingNew(false);
      form.resetFields();
    }
  }

  /** Each tick is saved at once, as results are: switching session (or a power cut) loses nothing. */
  function tick(personId: string, checked: boolean) {
    if (!session) return;
    const next = new Set(present);
    if (checked) next.add(personId);
    else next.delete(personId);
    setPresent(next);
    const saves = attendanceSaves.current;
    const label = t('training.course.session', { n: session.sessionNo });
    saves.inFlight += 1;
    // One save after another, each with the whole session's ticks, so the last tick always wins.
    saves.queue = saves.queue.then(async () => {
      const saved = await call(api['training.setAttendance']({ courseId: id, sessionId: session.id, personIds: [...next] }));
      saves.inFlight -= 1;
      if (saved) setAttendanceSaved(t('training.attendance.saved', { session: label }));
      if (saves.inFlight === 0) {
        if (saved) updated(saved);
        else void call(api['training.course']({ id })).then((value) => value && setCourse(value));
      }
    });
  }

  async function saveCourse() {
    const values = courseInfoInput(editForm.getFieldsValue(true) as CourseFormValues);
    const next = await call(api['training.updateCourse']({ id, fields: values }), { form: editForm, fields: COURSE_FIELDS, setFormError });
    if (updated(next)) {
      setEditing(false);
      void message.success(t('training.course.saved', { title: next?.title ?? values.title }));
    }
  }

  function confirmRemove(person: TrainingCourse['participants'][number]) {
    const name = person.fullName;
    void modal.confirm({
      title: t('training.participant.remove', { name }),
      content: person.attended.length > 0 ? t('training.participant.removeConfirmAttendance', { name, count: person.attended.length }) : t('training.participant.removeConfirm', { name }),
      okText: t('training.participant.remove', { name }),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (updated(await call(api['training.removeParticipant']({ courseId: id, personId: person.personId, confirmed: true })))) {
          void message.success(t('training.participant.removed', { name }));
        }
      },
    });
  }

  function confirmDelete(target: TrainingCourse) {
    const marks = target.participants.reduce((sum, p) => sum + p.attended.length, 0);
    void modal.confirm({
      title: t('training.course.delete'),
      content: marks > 0 ? t('training.course.deleteConfirmAttendance', { title: target.title, count: marks }) : t('training.course.deleteConfirm', { title: target.title }),
      okText: t('training.course.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (!(await call(api['training.deleteCourse']({ id, confirmed: true })))) return;
        void message.success(t('training.course.deleted'));
        onChanged();
        onBack();
      },
    });
  }

  if (!course) return null;
  const completed = course.participants.filter((p) => p.completed).length;
  return (
    <>
      <Button className="dd-gap-bottom" onClick={onBack}>
        {t('common.back')}
      </Button>
      <PageTitle focusToken={1} extra={<span role="status">{t('training.course.summary', { participants: course.participants.length, completed, sessions: course.sessions.length })}</span>}>
        {course.title}
      </PageTitle>
      <p>
        {dmy(course.startDate)} - {dmy(course.endDate)} · {course.venue} · {course.topics.map((topic) => t(`training.topic.${topic}`)).join(', ')}
      </p>
      <Space className="dd-gap-bottom" wrap>
        <Button
          icon={<EditOutlined aria-hidden />}
          onClick={() => {
            // The dialog's form is unmounted while closed: its values are set before it opens.
            editForm.setFieldsValue(courseFormValues(course));
            setFormError(null);
            setEditing(true);
          }}
        >
          {t('training.course.edit')}
        </Button>
        <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => confirmDelete(course)}>
          {t('training.course.delete')}
        </Button>
      </Space>

      <h2 className="dd-section-title">{t('training.course.participants')}</h2>
      <Space className="dd-gap-bottom" wrap>
        <Select
          aria-label={t('training.participant.fromRegister')}
          className="dd-participant-select"
          showSearch={{ filterOption: filterOptionByLabel }}
          placeholder={t('training.participant.fromRegister')}
          value={chosen}
          options={people}
          onChange={(value: string) => setChosen(value)}
          style={{ minWidth: 320 }}
        />
        <Button type="primary" disabled={!chosen} onClick={() => void addChosen()}>
          {t('training.participant.add')}
        </Button>
        <Button onClick={() => setAddingNew(true)}>{t('training.participant.newPerson')}</Button>
      </Space>
      <Table
        rowKey="personId"
        size="small"
        pagination={false}
        dataSource={course.participants}
        columns={[
          { key: 'no', title: '#', width: 50, render: (_, __, index) => index + 1 },
          { key: 'name', title: t('staff.field.fullName'), dataIndex: 'fullName' },
          { key: 'position', title: t('staff.field.position'), dataIndex: 'position' },
          { key: 'agency', title: t('staff.field.agency'), dataIndex: 'agency' },
          { key: 'sessions', title: t('training.course.sessions'), render: (_, p) => `${p.attended.length}/${course.sessions.length}` },
          { key: 'completed', title: t('training.course.completed'), render: (_, p) => (p.completed ? t('common.yes') : '') },
          {
            key: 'remove',
            title: t('training.session.actions'),
            width: 80,
            render: (_, p) => (
              <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('training.participant.remove', { name: p.fullName })} onClick={() => confirmRemove(p)} />
            ),
          },
        ]}
      />

      <SessionsPanel course={course} onUpdated={updated} />

      <h2 className="dd-section-title dd-gap-top">{t('training.attendance.title')}</h2>
      <p>{t('training.attendance.hint')}</p>
      <Radio.Group
        aria-label={t('training.attendance.session')}
        className="dd-gap-bottom"
        value={session?.id}
        onChange={(e) => setSessionId(e.target.value as string)}
        options={course.sessions.map((s) => ({
          value: s.id,
          label: `${t('training.course.session', { n: s.sessionNo })} (${dmy(s.date)}, ${t(`training.part.${s.part}`)})`,
        }))}
      />
      <div role="group" aria-label={t('training.attendance.title')} className="dd-attendance">
        {course.participants.map((p) => (
          <div key={p.personId}>
            <Checkbox
              checked={present.has(p.personId)}
              onChange={(e) => tick(p.personId, e.target.checked)}
            >
              {t('training.attendance.present', { name: p.fullName })}
            </Checkbox>
          </div>
        ))}
      </div>
      <p role="status" className="dd-hint dd-gap-top">
        {attendanceSaved ?? ''}
      </p>

      <FormModal open={editing} form={editForm} title={t('training.course.edit')} error={formError} onCancel={() => setEditing(false)} onSave={() => void saveCourse()}>
        <Form form={editForm} layout="vertical">
          <CourseInfoFields idPrefix="course-edit" />
        </Form>
      </FormModal>
      <FormModal open={addingNew} form={form} startEmpty title={t('training.participant.newPerson')} error={formError} onCancel={() => setAddingNew(false)} onSave={() => void addNew()}>
        <Form form={form} layout="vertical">
          <StaffFormFields idPrefix="participant-new" />
        </Form>
      </FormModal>
    </>
  );
}

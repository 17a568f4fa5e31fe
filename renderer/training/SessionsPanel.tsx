import { DeleteOutlined, EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Select, Space, Table } from 'antd';
import { DateInput } from '../components/DateInput';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { TrainingCourseOut as TrainingCourse } from '../../electron/api/schemas/training';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { dmy, isoDate, useTrainingChoices } from './choices';
import { FormModal } from './FormModal';
import { SignInPreview } from './SignInPreview';

type Session = TrainingCourse['sessions'][number];
interface SessionValues {
  date?: Dayjs | null;
  part?: Session['part'];
}

/** A course's sessions: print each one's sign-in sheet, add, move or delete sessions within the course dates. */
export function SessionsPanel({ course, onUpdated }: { course: TrainingCourse; onUpdated: (next: TrainingCourse | undefined) => boolean }) {
  const { t } = useT();
  const { message, modal } = AntApp.useApp();
  const call = useApiCall();
  const choices = useTrainingChoices();
  const [printing, setPrinting] = useState<number | null>(null);
  /** The session being edited, or 'new'. */
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const [form] = Form.useForm<SessionValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const label = (s: Session) => t('training.course.session', { n: s.sessionNo });

  function open(target: Session | 'new') {
    // The dialog's form is unmounted while closed: its values are set before it opens.
    form.setFieldsValue(target === 'new' ? { date: dayjs(course.startDate), part: 'day' } : { date: dayjs(target.date), part: target.part });
    setFormError(null);
    setEditing(target);
  }

  async function save() {
    const v = form.getFieldsValue(true) as SessionValues;
    const fields = { courseId: course.id, date: isoDate(v.date), part: v.part ?? 'day' };
    const target = { form, fields: ['date', 'part'] as const, setFormError };
    const next = await call(
      editing === 'new' || editing === null ? api['training.addSession'](fields) : api['training.updateSession']({ ...fields, sessionId: editing.id }),
      target,
    );
    if (onUpdated(next)) {
      setEditing(null);
      void message.success(t('training.session.saved'));
    }
  }

  function confirmDelete(s: Session) {
    const marks = course.participants.filter((p) => p.attended.includes(s.id)).length;
    void modal.confirm({
      title: t('training.session.delete', { n: s.sessionNo }),
      content: marks > 0 ? t('training.session.deleteHasAttendance', { n: s.sessionNo, count: marks }) : t('training.session.deleteConfirm', { n: s.sessionNo }),
      okText: t('training.session.delete', { n: s.sessionNo }),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        if (onUpdated(await call(api['training.deleteSession']({ courseId: course.id, sessionId: s.id, confirmed: true })))) {
          void message.success(t('training.session.deleted'));
        }
      },
    });
  }

  return (
    <>
      <h2 className="dd-section-title dd-gap-top">{t('training.course.sessions')}</h2>
      <Table<Session>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={course.sessions}
        columns={[
          { key: 'no', title: t('training.attendance.session'), render: (_, s) => label(s) },
          { key: 'date', title: t('training.session.date'), render: (_, s) => `${dmy(s.date)}, ${t(`training.part.${s.part}`)}` },
          {
            key: 'actions',
            title: t('training.session.actions'),
            render: (_, s) => (
              <Space wrap>
                <Button icon={<PrinterOutlined aria-hidden />} aria-label={`${t('training.session.print')} - ${label(s)}`} onClick={() => setPrinting(s.sessionNo)}>
                  {t('training.session.print')}
                </Button>
                <Button icon={<EditOutlined aria-hidden />} aria-label={t('training.session.edit', { n: s.sessionNo })} onClick={() => open(s)} />
                <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={t('training.session.delete', { n: s.sessionNo })} onClick={() => confirmDelete(s)} />
              </Space>
            ),
          },
        ]}
      />
      <Button className="dd-gap-top" icon={<PlusOutlined aria-hidden />} onClick={() => open('new')}>
        {t('training.course.addSession')}
      </Button>
      <FormModal
        open={editing !== null}
        form={form}
        title={editing === 'new' || editing === null ? t('training.course.addSession') : t('training.session.edit', { n: editing.sessionNo })}
        error={formError}
        onCancel={() => setEditing(null)}
        onSave={() => void save()}
      >
        <Form form={form} layout="vertical">
          <Space wrap>
            <Form.Item label={t('training.session.date')} name="date" htmlFor="session-edit-date" required>
              <DateInput id="session-edit-date" className="dd-full-width" />
            </Form.Item>
            <Form.Item label={t('training.attendance.session')} name="part" htmlFor="session-edit-part">
              <Select id="session-edit-part" options={choices.parts} popupMatchSelectWidth={false} />
            </Form.Item>
          </Space>
        </Form>
      </FormModal>
      {printing !== null && <SignInPreview courseId={course.id} sessionNo={printing} onClose={() => setPrinting(null)} />}
    </>
  );
}

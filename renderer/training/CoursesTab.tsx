import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Select, Space, Table } from 'antd';
import { clearWhenChanged } from '../components/liveValidation';
import { DateInput } from '../components/DateInput';
import { useEffect, useState } from 'react';
import type { CourseFieldsInput, CourseSummaryOut as TrainingCourseSummary } from '../../electron/api/schemas/training';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import { dmy, isoDate, useTrainingChoices } from './choices';
import { CourseDetail } from './CourseDetail';
import { COURSE_FIELDS, courseInfoInput, CourseInfoFields, type CourseFormValues } from './CourseForm';
import { FormModal } from './FormModal';

function courseInput(v: CourseFormValues): CourseFieldsInput {
  return { ...courseInfoInput(v), sessions: (v.sessions ?? []).map((s) => ({ date: isoDate(s.date), part: s.part ?? 'day' })) };
}

/** Courses ending in the chosen year; one opens to its roster and attendance. */
export function CoursesTab({ year, onChanged }: { year: number; onChanged: () => void }) {
  const { t } = useT();
  const { message } = AntApp.useApp();
  const call = useApiCall();
  const choices = useTrainingChoices();
  const [courses, setCourses] = useState<TrainingCourseSummary[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [token, setToken] = useState(0);
  const [office, setOffice] = useOfficeFilter();
  const [form] = Form.useForm<CourseFormValues>();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    void call(api['training.courses']({ year, ...office })).then((value) => value && setCourses(value));
  }, [call, year, token, office]);

  async function save() {
    const created = await call(api['training.createCourse'](courseInput(form.getFieldsValue(true) as CourseFormValues)), {
      form,
      fields: COURSE_FIELDS,
      setFormError,
    });
    if (!created) return;
    void message.success(t('training.course.created', { title: created.title }));
    setAdding(false);
    setToken((n) => n + 1);
    setOpen(created.id);
    onChanged();
  }

  if (open) {
    return (
      <CourseDetail
        id={open}
        onBack={() => {
          setOpen(null);
          setToken((n) => n + 1);
        }}
        onChanged={onChanged}
      />
    );
  }

  return (
    <>
      <OfficeFilter id="courses-filter" value={office} onChange={setOffice} />
      <Space className="dd-gap-bottom">
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {t('training.course.add')}
        </Button>
      </Space>
      <Table<TrainingCourseSummary>
        rowKey="id"
        size="small"
        dataSource={courses}
        pagination={false}
        columns={[
          {
            key: 'title',
            title: t('training.course.title'),
            render: (_, c) => (
              <Button type="link" onClick={() => setOpen(c.id)}>
                {c.title}
              </Button>
            ),
          },
          { key: 'dates', title: t('training.course.startDate'), render: (_, c) => `${dmy(c.startDate)} - ${dmy(c.endDate)}` },
          {
            key: 'summary',
            title: t('training.course.participants'),
            render: (_, c) => t('training.course.summary', { participants: c.participantCount, completed: c.completedCount, sessions: c.sessionCount }),
          },
        ]}
      />
      <FormModal open={adding} form={form} startEmpty title={t('training.course.add')} error={formError} onCancel={() => setAdding(false)} onSave={() => void save()}>
        <Form form={form} layout="vertical" initialValues={{ completionPercent: 80, sessions: [{ part: 'day' }] }} onValuesChange={clearWhenChanged(form)}>
          <CourseInfoFields idPrefix="course" />
          <h2 className="dd-section-title">{t('training.course.sessions')}</h2>
          <Form.List name="sessions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item label={t('training.course.session', { n: index + 1 })} name={[field.name, 'date']} htmlFor={`session-${index}-date`}>
                      <DateInput id={`session-${index}-date`} className="dd-full-width" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'part']} label={t('training.attendance.session')} htmlFor={`session-${index}-part`}>
                      <Select id={`session-${index}-part`} options={choices.parts} popupMatchSelectWidth={false} />
                    </Form.Item>
                    <Button aria-label={t('training.course.removeSession', { n: index + 1 })} icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ part: 'day' })}>
                  {t('training.course.addSession')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </FormModal>
    </>
  );
}

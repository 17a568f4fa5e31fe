import { Form, Input, Select, Space } from 'antd';
import { DateInput } from '../components/DateInput';
import { NumberInput } from '../components/NumberInput';
import dayjs, { type Dayjs } from 'dayjs';
import type { CourseFieldsInput, CourseInfoInput, TrainingCourseOut } from '../../electron/api/schemas/training';
import { useT } from '../app/i18n';
import { isoDate, useTrainingChoices } from './choices';

export interface CourseFormValues {
  title?: string;
  topics?: CourseFieldsInput['topics'];
  organiser?: string;
  trainers?: string;
  venue?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  completionPercent?: number | null;
  sessions?: { date?: Dayjs | null; part?: CourseFieldsInput['sessions'][number]['part'] }[];
}

export const COURSE_FIELDS = ['title', 'topics', 'organiser', 'trainers', 'venue', 'startDate', 'endDate', 'completionPercent'] as const;

/** The course's own details from the form (creating adds the sessions, editing sends these alone). */
export function courseInfoInput(v: CourseFormValues): CourseInfoInput {
  return {
    title: v.title ?? '',
    topics: v.topics ?? [],
    organiser: v.organiser ?? '',
    trainers: v.trainers ?? '',
    venue: v.venue ?? '',
    startDate: isoDate(v.startDate),
    endDate: isoDate(v.endDate),
    completionPercent: v.completionPercent ?? 0,
  };
}

/** A saved course as the form's values, for editing. */
export function courseFormValues(c: TrainingCourseOut): CourseFormValues {
  return {
    title: c.title,
    topics: c.topics,
    organiser: c.organiser,
    trainers: c.trainers,
    venue: c.venue,
    startDate: dayjs(c.startDate),
    endDate: dayjs(c.endDate),
    completionPercent: c.completionPercent,
  };
}

/** Title, topics, dates, completion share, organiser, trainers and venue: shared by the new-course and edit dialogs. */
export function CourseInfoFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useT();
  const choices = useTrainingChoices();
  return (
    <>
      <Form.Item label={t('training.course.title')} name="title" htmlFor={`${idPrefix}-title`} required>
        <Input id={`${idPrefix}-title`} maxLength={300} autoFocus />
      </Form.Item>
      <Form.Item label={t('training.course.topics')} name="topics" htmlFor={`${idPrefix}-topics`}>
        <Select id={`${idPrefix}-topics`} mode="multiple" options={choices.topics} />
      </Form.Item>
      <Space wrap>
        <Form.Item label={t('training.course.startDate')} name="startDate" htmlFor={`${idPrefix}-start`} required>
          <DateInput id={`${idPrefix}-start`} className="dd-full-width" />
        </Form.Item>
        <Form.Item label={t('training.course.endDate')} name="endDate" htmlFor={`${idPrefix}-end`} required>
          <DateInput id={`${idPrefix}-end`} className="dd-full-width" />
        </Form.Item>
        <Form.Item label={t('training.course.completionPercent')} name="completionPercent" htmlFor={`${idPrefix}-share`}>
          <NumberInput id={`${idPrefix}-share`} integer min={1} max={100} suffix="%" />
        </Form.Item>
      </Space>
      <Form.Item label={t('training.course.organiser')} name="organiser" htmlFor={`${idPrefix}-organiser`}>
        <Input id={`${idPrefix}-organiser`} maxLength={300} />
      </Form.Item>
      <Form.Item label={t('training.course.trainers')} name="trainers" htmlFor={`${idPrefix}-trainers`}>
        <Input id={`${idPrefix}-trainers`} maxLength={500} />
      </Form.Item>
      <Form.Item label={t('training.course.venue')} name="venue" htmlFor={`${idPrefix}-venue`}>
        <Input id={`${idPrefix}-venue`} maxLength={300} />
      </Form.Item>
    </>
  );
}

import { z } from 'zod';
import { OUTREACH_TYPES, SCHOOL_KINDS, type OutreachEvent as OutreachEventRecord, type School as SchoolRecord } from '../../../db/outreachTypes';
import {
  STAFF_GENDERS,
  STAFF_GROUPS,
  STAFF_LEVELS,
  STAFF_STATUSES,
  type StaffFields as StaffFieldsRecord,
  type StaffPerson as StaffPersonRecord,
} from '../../../db/staffTypes';
import { TRAINING_FIGURES } from '../../../db/trainingFigures';
import { SESSION_PARTS, TRAINING_TOPICS, type TrainingCourse as TrainingCourseRecord } from '../../../db/trainingTypes';
import { CalendarDate, requiredText, trimmed, Uuid } from './common';

const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.choice' });

/** "NGUYỄN VĂN AN" -> "Nguyễn Văn An": names typed in capitals are stored as names are written. */
export function titleCaseIfAllCaps(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters !== letters.toLocaleUpperCase('vi') || letters === letters.toLocaleLowerCase('vi')) return name;
  return name
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, first: string) => before + first.toLocaleUpperCase('vi'));
}

const count = (max: number) =>
  z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.notNegative' })
    .max(max, { error: 'validation.tooLarge' });

/** What a clerk enters for a person of the staff register; forms, imports and the API share it. */
export const StaffFields = z.object({
  fullName: requiredText(200).transform(titleCaseIfAllCaps),
  gender: choice(STAFF_GENDERS).nullable(),
  // A 3-digit year is a typing slip (985 for 1985), never a birth year.
  birthYear: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.wholeNumber' })
    .min(1900, { error: 'training.staff.birthYear' })
    .max(2100, { error: 'training.staff.birthYear' })
    .nullable(),
  position: trimmed(200),
  agency: trimmed(300),
  level: choice(STAFF_LEVELS),
  unitCode: requiredText(20),
  group: choice(STAFF_GROUPS),
  phone: trimmed(50).pipe(z.string().regex(/^[0-9 +().-]*$/, { error: 'validation.phone' })),
  status: choice(STAFF_STATUSES),
  leftOn: CalendarDate.nullable().default(null),
}) satisfies z.ZodType<StaffFieldsRecord, unknown>;
export type StaffFieldsInput = z.input<typeof StaffFields>;

export const StaffPerson = z.object({
  id: Uuid,
  fullName: z.string(),
  gender: z.enum(STAFF_GENDERS).nullable(),
  birthYear: z.number().nullable(),
  position: z.string(),
  agency: z.string(),
  level: z.enum(STAFF_LEVELS),
  unitCode: z.string(),
  unitName: z.string(),
  group: z.enum(STAFF_GROUPS),
  phone: z.string(),
  status: z.enum(STAFF_STATUSES),
  leftOn: z.string().nullable(),
  updatedAt: z.string(),
}) satisfies z.ZodType<StaffPersonRecord>;

export const StaffQuery = z.object({
  search: z.string().max(200).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const StaffPage = z.object({ total: z.number(), rows: z.array(StaffPerson) });

export const StaffMergeInput = z.object({ keepId: Uuid, dropId: Uuid });

export const StaffUnit = z.object({ code: z.string(), name: z.string(), level: z.enum(STAFF_LEVELS) });

export const SessionFields = z.object({ date: CalendarDate, part: choice(SESSION_PARTS) });

/** A course's own details, without its sessions: what editing a course changes. */
const courseInfo = {
  title: requiredText(300),
  topics: z.array(choice(TRAINING_TOPICS)).max(TRAINING_TOPICS.length),
  organiser: trimmed(300),
  trainers: trimmed(500),
  venue: trimmed(300),
  startDate: CalendarDate,
  endDate: CalendarDate,
  completionPercent: z.number({ error: 'validation.number' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.choice' }).max(100, { error: 'validation.choice' }),
};
const endNotBeforeStart = (c: { startDate: string; endDate: string }) => c.endDate >= c.startDate;
const END_BEFORE_START = { error: 'training.course.endBeforeStart', path: ['endDate'] };

export const CourseInfoFields = z.object(courseInfo).refine(endNotBeforeStart, END_BEFORE_START);
export type CourseInfoInput = z.input<typeof CourseInfoFields>;

export const CourseFields = z
  .object({ ...courseInfo, sessions: z.array(SessionFields).min(1, { error: 'training.course.noSessions' }).max(200) })
  .refine(endNotBeforeStart, END_BEFORE_START)
  .superRefine((c, ctx) => {
    c.sessions.forEach((s, i) => {
      if (s.date < c.startDate || s.date > c.endDate) {
        ctx.addIssue({ code: 'custom', message: 'training.session.outsideCourse', path: ['sessions', i, 'date'] });
      }
    });
  });
export type CourseFieldsInput = z.input<typeof CourseFields>;

export const TrainingCourse = z.object({
  id: Uuid,
  title: z.string(),
  topics: z.array(z.enum(TRAINING_TOPICS)),
  organiser: z.string(),
  trainers: z.string(),
  venue: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  completionPercent: z.number(),
  sessions: z.array(z.object({ id: z.string(), sessionNo: z.number(), date: z.string(), part: z.enum(SESSION_PARTS) })),
  participants: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      position: z.string(),
      agency: z.string(),
      attended: z.array(z.string()),
      completed: z.boolean(),
    }),
  ),
}) satisfies z.ZodType<TrainingCourseRecord>;

export const CourseSummary = z.object({
  id: z.string(),
  title: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  sessionCount: z.number(),
  participantCount: z.number(),
  completedCount: z.number(),
});

export const YearQuery = z.object({ year: z.number().int().min(1900).max(2100).nullable().default(null) });

/** A participant from the register, or a new person added on the spot (who joins the register). */
export const AddParticipantInput = z.object({
  courseId: Uuid,
  person: z.union([z.object({ personId: Uuid }), z.object({ newPerson: StaffFields })]),
});

export const AttendanceInput = z.object({ courseId: Uuid, sessionId: Uuid, personIds: z.array(Uuid).max(5000) });

/** Deleting a course (or a session) that has attendance needs the clerk's confirmation. */
export const DeleteInput = z.object({ id: Uuid, confirmed: z.boolean().default(false) });
export const SessionInput = SessionFields.extend({ courseId: Uuid });
export const UpdateSessionInput = SessionFields.extend({ courseId: Uuid, sessionId: Uuid });
export const DeleteSessionInput = z.object({ courseId: Uuid, sessionId: Uuid, confirmed: z.boolean().default(false) });
export const RemoveParticipantInput = z.object({ courseId: Uuid, personId: Uuid, confirmed: z.boolean().default(false) });

/** One session's sign-in sheet (danh sách ký nhận): session numbers count from 1. */
export const SignInRequest = z.object({ courseId: Uuid, sessionNo: z.number().int().min(1, { error: 'training.session.noSuch' }) });

/** What the printed sign-in sheet needs: the course, the session, and everyone on the roster. */
export const SignInSheet = z.object({
  officeName: z.string(),
  /** The office's document settings (parent body, place): the Decree 30/2020 heading. */
  documents: z.object({ parentBody: z.string(), place: z.string() }),
  courseId: z.string(),
  title: z.string(),
  organiser: z.string(),
  venue: z.string(),
  sessionNo: z.number(),
  sessionCount: z.number(),
  date: z.string(),
  part: z.enum(SESSION_PARTS),
  participants: z.array(z.object({ fullName: z.string(), position: z.string(), agency: z.string() })),
});
export type SignInSheet = z.infer<typeof SignInSheet>;

export const StaffPairInput = z.object({ firstId: Uuid, secondId: Uuid });

export const SchoolFields = z.object({
  name: requiredText(300),
  kind: choice(SCHOOL_KINDS),
  communeCode: requiredText(20),
  enrolment: count(1_000_000),
});

export const School = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SCHOOL_KINDS),
  communeCode: z.string(),
  enrolment: z.number(),
}) satisfies z.ZodType<SchoolRecord>;

export const OutreachFields = z.object({
  type: choice(OUTREACH_TYPES),
  date: CalendarDate,
  communeCodes: z.array(requiredText(20)).min(1, { error: 'training.outreach.noCommune' }).max(500),
  organiser: trimmed(300),
  workersReached: count(1_000_000),
  businessIds: z.array(Uuid).max(1000),
  studentsReached: count(1_000_000),
  schoolId: Uuid.nullable(),
  publicReached: count(10_000_000),
  materials: trimmed(1000),
  headcountReason: trimmed(1000),
  notes: trimmed(4000),
});
export type OutreachFieldsInput = z.input<typeof OutreachFields>;

export const OutreachEvent = OutreachFields.extend({ id: z.string(), communeCodes: z.array(z.string()) }) satisfies z.ZodType<OutreachEventRecord, unknown>;

export const FigureId = z.enum(TRAINING_FIGURES);

export const FiguresQuery = z.object({
  year: z.number().int().min(1900).max(2100),
  communeCode: z.string().max(20).nullable().default(null),
});

export const TrainingFigure = z.object({
  id: FigureId,
  numerator: z.number(),
  denominator: z.number(),
  percent: z.number().nullable(),
  /** The plan's frozen denominator for the unit (null for a commune, or before a plan is adopted), and the live one. */
  frozenDenominator: z.number().nullable(),
  liveDenominator: z.number(),
});

export const FigureRecord = z.object({ id: z.string(), label: z.string(), detail: z.string(), count: z.number() });

// The renderer reaches db/ shapes only through the API's schemas.
export { OUTREACH_TYPES, SCHOOL_KINDS, STAFF_GENDERS, STAFF_GROUPS, STAFF_LEVELS, SESSION_PARTS, TRAINING_TOPICS };
export type StaffPersonOut = z.infer<typeof StaffPerson>;
export type TrainingCourseOut = z.infer<typeof TrainingCourse>;
export type CourseSummaryOut = z.infer<typeof CourseSummary>;
export type OutreachEventOut = z.infer<typeof OutreachEvent>;
export type SchoolOut = z.infer<typeof School>;
export type TrainingFigureOut = z.infer<typeof TrainingFigure>;
export type FigureRecordOut = z.infer<typeof FigureRecord>;
export type FigureIdOut = z.infer<typeof FigureId>;

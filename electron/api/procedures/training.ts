import { z } from 'zod';
import { none, type ProcedureSpec } from '../procedure';
import { FileOut, ImportCommitInput, ImportPreviewInput, ImportPreviewOut, ImportReadInput, JobId } from '../schemas/import';
import { Uuid } from '../schemas/common';
import { OfficeFilterInput } from '../schemas/packages';
import {
  AddParticipantInput,
  AttendanceInput,
  CourseFields,
  CourseInfoFields,
  CourseSummary,
  DeleteInput,
  DeleteSessionInput,
  RemoveParticipantInput,
  FigureId,
  FigureRecord,
  FiguresQuery,
  OutreachEvent,
  OutreachFields,
  School,
  SchoolFields,
  SessionInput,
  SignInRequest,
  SignInSheet,
  StaffFields,
  StaffMergeInput,
  StaffPage,
  StaffPairInput,
  StaffPerson,
  StaffQuery,
  StaffUnit,
  TrainingCourse,
  TrainingFigure,
  UpdateSessionInput,
  YearQuery,
} from '../schemas/training';

/** Training and communication (T1, T3, T4, T12): staff register, courses, outreach events, schools, figures. */
export const trainingProcedures = {
  'staff.list': { input: StaffQuery.extend(OfficeFilterInput.shape), output: StaffPage, access: 'user', kind: 'read' },
  'staff.units': { input: none, output: z.array(StaffUnit), access: 'user', kind: 'read' },
  'staff.create': { input: StaffFields, output: StaffPerson, access: 'user' },
  'staff.update': { input: z.object({ id: Uuid, fields: StaffFields }), output: StaffPerson, access: 'user' },
  'staff.duplicates': { input: none, output: z.array(z.array(StaffPerson)), access: 'user', kind: 'read' },
  'staff.merge': { input: StaffMergeInput, output: StaffPerson, access: 'user' },
  /** Puts the last merge back (the dropped record, its places and attendance) while nothing else has changed since. */
  'staff.undoMerge': { input: StaffMergeInput, output: StaffPerson, access: 'user' },
  'staff.importRead': { input: ImportReadInput, output: JobId, access: 'user' },
  'staff.importPreview': { input: ImportPreviewInput, output: ImportPreviewOut, access: 'user', kind: 'read' },
  'staff.importCommit': {
    input: ImportCommitInput,
    output: z.object({ imported: z.number(), skipped: z.number() }),
    access: 'user',
  },

  'training.courses': { input: YearQuery.extend(OfficeFilterInput.shape), output: z.array(CourseSummary), access: 'user', kind: 'read' },
  'training.course': { input: z.object({ id: Uuid }), output: TrainingCourse, access: 'user', kind: 'read' },
  'training.createCourse': { input: CourseFields, output: TrainingCourse, access: 'user' },
  'training.addParticipant': { input: AddParticipantInput, output: TrainingCourse, access: 'user' },
  'training.setAttendance': { input: AttendanceInput, output: TrainingCourse, access: 'user' },
  'training.figures': { input: FiguresQuery.extend(OfficeFilterInput.shape), output: z.array(TrainingFigure), access: 'user', kind: 'read' },
  'training.figureRecords': { input: FiguresQuery.extend({ figure: FigureId }).extend(OfficeFilterInput.shape), output: z.array(FigureRecord), access: 'user', kind: 'read' },

  'outreach.list': { input: YearQuery.extend(OfficeFilterInput.shape), output: z.array(OutreachEvent), access: 'user', kind: 'read' },
  'outreach.create': { input: OutreachFields, output: OutreachEvent, access: 'user' },
  'schools.list': { input: none, output: z.array(School), access: 'user', kind: 'read' },
  'schools.create': { input: SchoolFields, output: School, access: 'user' },

  'staff.notDuplicate': { input: StaffPairInput, output: z.array(z.array(StaffPerson)), access: 'user' },
  'training.updateCourse': { input: z.object({ id: Uuid, fields: CourseInfoFields }), output: TrainingCourse, access: 'user' },
  'training.deleteCourse': { input: DeleteInput, output: z.object({ deleted: z.boolean() }), access: 'user' },
  'training.addSession': { input: SessionInput, output: TrainingCourse, access: 'user' },
  'training.updateSession': { input: UpdateSessionInput, output: TrainingCourse, access: 'user' },
  'training.deleteSession': { input: DeleteSessionInput, output: TrainingCourse, access: 'user' },
  'training.signInSheet': { input: SignInRequest, output: SignInSheet, access: 'user', kind: 'read' },
  'outreach.update': { input: z.object({ id: Uuid, fields: OutreachFields }), output: OutreachEvent, access: 'user' },
  'outreach.delete': { input: z.object({ id: Uuid }), output: z.object({ deleted: z.boolean() }), access: 'user' },
  'schools.update': { input: z.object({ id: Uuid, fields: SchoolFields }), output: School, access: 'user' },
  'schools.delete': { input: z.object({ id: Uuid }), output: z.object({ deleted: z.boolean() }), access: 'user' },
  'staff.template': { input: none, output: FileOut, access: 'user', kind: 'read' },
  'training.removeParticipant': { input: RemoveParticipantInput, output: TrainingCourse, access: 'user' },
} as const satisfies Record<string, ProcedureSpec>;

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
  'staff.list': { input: StaffQuery.extend(OfficeFilterInput.shape), output: StaffPage, access: 'user', area: 'training', kind: 'read' },
  'staff.units': { input: none, output: z.array(StaffUnit), access: 'user', area: 'training', kind: 'read' },
  'staff.create': { input: StaffFields, output: StaffPerson, access: 'user', area: 'training' },
  'staff.update': { input: z.object({ id: Uuid, fields: StaffFields }), output: StaffPerson, access: 'user', area: 'training' },
  'staff.duplicates': { input: none, output: z.array(z.array(StaffPerson)), access: 'user', area: 'training', kind: 'read' },
  'staff.merge': { input: StaffMergeInput, output: StaffPerson, access: 'user', area: 'training' },
  /** Puts the last merge back (the dropped record, its places and attendance) while nothing else has changed since. */
  'staff.undoMerge': { input: StaffMergeInput, output: StaffPerson, access: 'user', area: 'training' },
  'staff.importRead': { input: ImportReadInput, output: JobId, access: 'user', area: 'training' },
  'staff.importPreview': { input: ImportPreviewInput, output: ImportPreviewOut, access: 'user', area: 'training', kind: 'read' },
  'staff.importRejected': { input: ImportPreviewInput, output: FileOut, access: 'user', area: 'training' },
  'staff.importCommit': {
    input: ImportCommitInput,
    output: z.object({ imported: z.number(), skipped: z.number() }),
    access: 'user', area: 'training',
  },

  'training.courses': { input: YearQuery.extend(OfficeFilterInput.shape), output: z.array(CourseSummary), access: 'user', area: 'training', kind: 'read' },
  'training.course': { input: z.object({ id: Uuid }), output: TrainingCourse, access: 'user', area: 'training', kind: 'read' },
  'training.createCourse': { input: CourseFields, output: TrainingCourse, access: 'user', area: 'training' },
  'training.addParticipant': { input: AddParticipantInput, output: TrainingCourse, access: 'user', area: 'training' },
  'training.setAttendance': { input: AttendanceInput, output: TrainingCourse, access: 'user', area: 'training' },
  'training.figures': { input: FiguresQuery.extend(OfficeFilterInput.shape), output: z.array(TrainingFigure), access: 'user', area: 'training', kind: 'read' },
  'training.figureRecords': { input: FiguresQuery.extend({ figure: FigureId }).extend(OfficeFilterInput.shape), output: z.array(FigureRecord), access: 'user', area: 'training', kind: 'read' },

  'outreach.list': { input: YearQuery.extend(OfficeFilterInput.shape), output: z.array(OutreachEvent), access: 'user', area: 'training', kind: 'read' },
  'outreach.create': { input: OutreachFields, output: OutreachEvent, access: 'user', area: 'training' },
  'schools.list': { input: none, output: z.array(School), access: 'user', area: 'training', kind: 'read' },
  'schools.create': { input: SchoolFields, output: School, access: 'user', area: 'training' },

  'staff.notDuplicate': { input: StaffPairInput, output: z.array(z.array(StaffPerson)), access: 'user', area: 'training' },
  'training.updateCourse': { input: z.object({ id: Uuid, fields: CourseInfoFields }), output: TrainingCourse, access: 'user', area: 'training' },
  'training.deleteCourse': { input: DeleteInput, output: z.object({ deleted: z.boolean() }), access: 'user', area: 'training' },
  'training.addSession': { input: SessionInput, output: TrainingCourse, access: 'user', area: 'training' },
  'training.updateSession': { input: UpdateSessionInput, output: TrainingCourse, access: 'user', area: 'training' },
  'training.deleteSession': { input: DeleteSessionInput, output: TrainingCourse, access: 'user', area: 'training' },
  'training.signInSheet': { input: SignInRequest, output: SignInSheet, access: 'user', area: 'training', kind: 'read' },
  'outreach.update': { input: z.object({ id: Uuid, fields: OutreachFields }), output: OutreachEvent, access: 'user', area: 'training' },
  'outreach.delete': { input: z.object({ id: Uuid }), output: z.object({ deleted: z.boolean() }), access: 'user', area: 'training' },
  'schools.update': { input: z.object({ id: Uuid, fields: SchoolFields }), output: School, access: 'user', area: 'training' },
  'schools.delete': { input: z.object({ id: Uuid }), output: z.object({ deleted: z.boolean() }), access: 'user', area: 'training' },
  'staff.template': { input: none, output: FileOut, access: 'user', area: 'training', kind: 'read' },
  'training.removeParticipant': { input: RemoveParticipantInput, output: TrainingCourse, access: 'user', area: 'training' },
} as const satisfies Record<string, ProcedureSpec>;

import { insertOutreachEvent, insertSchool, listOutreachEvents, listSchools, schoolExists, workersOfBusinesses } from '../../../db/outreach';
import {
  addParticipant,
  courseExists,
  getCourse,
  getSession,
  insertCourse,
  isParticipant,
  listCourses,
  setAttendance,
} from '../../../db/training';
import { figureRecords, trainingFigures, type FigureScope } from '../../../db/trainingFigures';
import type { TrainingCourse } from '../../../db/trainingTypes';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import { officeOf, ownerOf, stampOf } from './officeScope';
import { createStaff, mustGetStaff } from './staff';

function mustGetCourse(ctx: CallContext, id: string): TrainingCourse {
  const course = getCourse(ctx.app.db, id);
  if (!course) throw new ApiError('NOT_FOUND', 'training.course.notFound');
  return course;
}

const invalid = (path: string, messageKey: string, params?: Record<string, string | number>) =>
  new ApiError('VALIDATION', 'errors.validation', params, [{ path, messageKey, ...(params ? { params } : {}) }]);

function scope(ctx: CallContext, year: number, communeCode: string | null): FigureScope {
  officeOf(ctx);
  return { year, communeCodes: ctx.app.communes().map((c) => c.code), communeCode };
}

export const trainingHandlers: {
  'training.courses': Handler<'training.courses'>;
  'training.course': Handler<'training.course'>;
  'training.createCourse': Handler<'training.createCourse'>;
  'training.addParticipant': Handler<'training.addParticipant'>;
  'training.setAttendance': Handler<'training.setAttendance'>;
  'training.figures': Handler<'training.figures'>;
  'training.figureRecords': Handler<'training.figureRecords'>;
  'outreach.list': Handler<'outreach.list'>;
  'outreach.create': Handler<'outreach.create'>;
  'schools.list': Handler<'schools.list'>;
  'schools.create': Handler<'schools.create'>;
} = {
  'training.courses': (ctx, { year, ...filter }) => listCourses(ctx.app.db, year, filter),
  'training.course': (ctx, { id }) => mustGetCourse(ctx, id),
  'training.createCourse': (ctx, fields) => {
    const id = ctx.app.newId();
    ctx.app.db.transaction(() => insertCourse(ctx.app.db, id, ownerOf(ctx), fields, stampOf(ctx), ctx.app.newId)).immediate();
    return mustGetCourse(ctx, id);
  },

  'training.addParticipant': (ctx, { courseId, person }) => {
    const db = ctx.app.db;
    db.transaction(() => {
      if (!courseExists(db, courseId)) throw new ApiError('NOT_FOUND', 'training.course.notFound');
      // A person added on the spot joins the register in the same transaction.
      const personId = 'personId' in person ? mustGetStaff(ctx, person.personId).id : createStaff(ctx, person.newPerson);
      if (isParticipant(db, courseId, personId)) {
        throw new ApiError('DUPLICATE', 'training.participant.twice', { name: mustGetStaff(ctx, personId).fullName });
      }
      addParticipant(db, ctx.app.newId(), ownerOf(ctx).unitCode, courseId, personId, ctx.app.now());
    }).immediate();
    return mustGetCourse(ctx, courseId);
  },

  'training.setAttendance': (ctx, { courseId, sessionId, personIds }) => {
    const course = mustGetCourse(ctx, courseId);
    const session = getSession(ctx.app.db, sessionId);
    if (!session || session.courseId !== courseId) throw new ApiError('NOT_FOUND', 'training.session.notInCourse');
    if (session.date < course.startDate || session.date > course.endDate) throw new ApiError('VALIDATION', 'training.session.outsideCourse');
    const roster = new Set(course.participants.map((p) => p.personId));
    if (personIds.some((id) => !roster.has(id))) throw new ApiError('VALIDATION', 'training.participant.notOnRoster');
    ctx.app.db
      .transaction(() => setAttendance(ctx.app.db, sessionId, courseId, ownerOf(ctx).unitCode, personIds, ctx.app.now(), ctx.app.newId))
      .immediate();
    return mustGetCourse(ctx, courseId);
  },

  'training.figures': (ctx, { year, communeCode }) => trainingFigures(ctx.app.db, scope(ctx, year, communeCode)),
  'training.figureRecords': (ctx, { year, communeCode, figure }) => figureRecords(ctx.app.db, scope(ctx, year, communeCode), figure),

  'outreach.list': (ctx, { year, ...filter }) => listOutreachEvents(ctx.app.db, year, null, filter),
  'outreach.create': (ctx, fields) => {
    const db = ctx.app.db;
    const communes = new Set(ctx.app.communes().map((c) => c.code));
    if (fields.communeCodes.some((c) => !communes.has(c))) throw invalid('communeCodes', 'training.outreach.unknownCommune');
    const named = workersOfBusinesses(db, [...new Set(fields.businessIds)]);
    if (named.found !== new Set(fields.businessIds).size) throw invalid('businessIds', 'training.outreach.unknownBusiness');
    // More workers than the named businesses employ is possible (seasonal staff) but must be explained.
    if (named.found > 0 && fields.workersReached > named.workers && fields.headcountReason === '') {
      throw invalid('headcountReason', 'training.outreach.headcountOver', { reached: fields.workersReached, workers: named.workers });
    }
    if (fields.studentsReached > 0 && fields.schoolId === null) throw invalid('schoolId', 'training.outreach.schoolRequired');
    if (fields.schoolId !== null && !schoolExists(db, fields.schoolId)) throw invalid('schoolId', 'training.outreach.unknownSchool');
    const id = ctx.app.newId();
    db.transaction(() => insertOutreachEvent(db, id, ownerOf(ctx), fields, stampOf(ctx), ctx.app.newId)).immediate();
    const [saved] = listOutreachEvents(db, null, id);
    if (!saved) throw new ApiError('NOT_FOUND', 'errors.internal');
    return saved;
  },

  'schools.list': (ctx) => listSchools(ctx.app.db),
  'schools.create': (ctx, fields) => {
    if (!ctx.app.communes().some((c) => c.code === fields.communeCode)) throw invalid('communeCode', 'import.unknownCommune');
    const id = ctx.app.newId();
    ctx.app.db.transaction(() => insertSchool(ctx.app.db, id, ownerOf(ctx), fields, stampOf(ctx))).immediate();
    return { id, ...fields };
  },
};

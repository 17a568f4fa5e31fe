import { documentSettings } from '../../../db/documentSettings';
import {
  deleteOutreachEvent,
  deleteSchool,
  eventsOfSchool,
  insertOutreachEvent,
  insertSchool,
  listOutreachEvents,
  listSchools,
  schoolExists,
  updateOutreachEvent,
  updateSchool,
  workersOfBusinesses,
} from '../../../db/outreach';
import type { OutreachEventFields, SchoolFields } from '../../../db/outreachTypes';
import {
  addParticipant,
  attendanceCount,
  courseExists,
  deleteCourse,
  deleteSession,
  removeParticipant,
  getCourse,
  getSession,
  insertCourse,
  insertSession,
  isParticipant,
  listCourses,
  setAttendance,
  updateCourseInfo,
  updateSession,
} from '../../../db/training';
import { figureRecords, TRAINING_FIGURES, type FigureScope } from '../../../db/trainingFigures';
import { communeFigure, yearHeaderFigures } from '../../plan/figures';
import { figureScope as planFigureScope } from './plan';

/** The dashboard's indicators of T12, T1, T3 and T4, in the order of TRAINING_FIGURES. */
const TRAINING_INDICATOR_IDS = ['training.staff', 'outreach.communes', 'outreach.workers', 'outreach.students'] as const;
import type { TrainingCourse } from '../../../db/trainingTypes';
import type { OfficeFilter } from '../../../db/packageRecords';
import { filteredFigures } from '../../plan/figureFilter';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import { assertOwnRecord, officeOf, ownerOf, stampOf } from './officeScope';
import { createStaff, mustGetStaff } from './staff';

function mustGetCourse(ctx: CallContext, id: string): TrainingCourse {
  const course = getCourse(ctx.app.db, id);
  if (!course) throw new ApiError('NOT_FOUND', 'training.course.notFound');
  return course;
}

const invalid = (path: string, messageKey: string, params?: Record<string, string | number>) =>
  new ApiError('VALIDATION', 'errors.validation', params, [{ path, messageKey, ...(params ? { params } : {}) }]);

/** dd/mm/yyyy, as dates are shown to the clerk. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** A session must fall within its course's dates, whether added or moved. */
function assertInCourse(course: TrainingCourse, date: string): void {
  if (date < course.startDate || date > course.endDate) {
    throw invalid('date', 'training.session.outsideCourse');
  }
}

function courseSession(ctx: CallContext, courseId: string, sessionId: string) {
  const course = mustGetCourse(ctx, courseId);
  const session = course.sessions.find((s) => s.id === sessionId);
  if (!session) throw new ApiError('NOT_FOUND', 'training.session.notInCourse');
  return { course, session };
}

/** Outreach events are checked the same way when created and when edited. */
function assertEvent(ctx: CallContext, fields: OutreachEventFields): void {
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
}

function mustGetEvent(ctx: CallContext, id: string) {
  const [event] = listOutreachEvents(ctx.app.db, null, id);
  if (!event) throw new ApiError('NOT_FOUND', 'training.outreach.notFound');
  return event;
}

function assertSchool(ctx: CallContext, fields: SchoolFields): void {
  if (!ctx.app.communes().some((c) => c.code === fields.communeCode)) throw invalid('communeCode', 'import.unknownCommune');
}

function mustHaveSchool(ctx: CallContext, id: string): void {
  if (!schoolExists(ctx.app.db, id)) throw new ApiError('NOT_FOUND', 'training.outreach.unknownSchool');
}

/** The unit's figures, or one commune's; at the province narrowed by the consolidated filter. */
function scope(ctx: CallContext, year: number, communeCode: string | null, filter: OfficeFilter): FigureScope {
  officeOf(ctx);
  const { office, communeCodes } = filteredFigures(ctx.app, filter, `${year}-01-01`);
  return { year, communeCodes, communeCode, ...(office ? { office } : {}) };
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
  'training.updateCourse': Handler<'training.updateCourse'>;
  'training.deleteCourse': Handler<'training.deleteCourse'>;
  'training.addSession': Handler<'training.addSession'>;
  'training.updateSession': Handler<'training.updateSession'>;
  'training.deleteSession': Handler<'training.deleteSession'>;
  'training.signInSheet': Handler<'training.signInSheet'>;
  'outreach.update': Handler<'outreach.update'>;
  'outreach.delete': Handler<'outreach.delete'>;
  'schools.update': Handler<'schools.update'>;
  'schools.delete': Handler<'schools.delete'>;
  'training.removeParticipant': Handler<'training.removeParticipant'>;
} = {
  'training.courses': (ctx, { year, ...filter }) => listCourses(ctx.app.db, year, filter),
  'training.course': (ctx, { id }) => mustGetCourse(ctx, id),
  'training.createCourse': (ctx, fields) => {
    const id = ctx.app.newId();
    ctx.app.db.transaction(() => insertCourse(ctx.app.db, id, ownerOf(ctx), fields, stampOf(ctx), ctx.app.newId)).immediate();
    return mustGetCourse(ctx, id);
  },

  'training.addParticipant': (ctx, { courseId, person }) => {
    assertOwnRecord(ctx, 'training_course', courseId);
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
    assertOwnRecord(ctx, 'training_course', courseId);
    const course = mustGetCourse(ctx, courseId);
    const session = getSession(ctx.app.db, sessionId);
    if (!session || session.courseId !== courseId) throw new ApiError('NOT_FOUND', 'training.session.notInCourse');
    if (session.date < course.startDate || session.date > course.endDate) throw new ApiError('VALIDATION', 'training.session.outsideCourse');
    // Nobody attends a session that has not been held: such marks would count towards T12 before it happened.
    if (personIds.length > 0 && session.date > ctx.app.now().slice(0, 10)) throw new ApiError('VALIDATION', 'training.attendance.future', { date: dmy(session.date) });
    const roster = new Set(course.participants.map((p) => p.personId));
    if (personIds.some((id) => !roster.has(id))) throw new ApiError('VALIDATION', 'training.participant.notOnRoster');
    ctx.app.db
      .transaction(() => setAttendance(ctx.app.db, sessionId, courseId, ownerOf(ctx).unitCode, personIds, ctx.app.now(), ctx.app.newId))
      .immediate();
    return mustGetCourse(ctx, courseId);
  },

  'training.figures': (ctx, { year, communeCode, ...filter }) => {
    // The dashboard's computation (electron/plan/figures.ts): the unit's figure with the plan's frozen denominator, a commune's its bar.
    const figureScopeOf = planFigureScope(ctx, year, filter);
    if (communeCode === null) {
      return yearHeaderFigures(ctx.app.db, figureScopeOf, TRAINING_INDICATOR_IDS).map((f, i) => ({
        id: TRAINING_FIGURES[i] ?? 'T12',
        numerator: f.numerator,
        denominator: f.denominator,
        percent: f.value,
        frozenDenominator: f.frozenDenominator,
        liveDenominator: f.liveDenominator,
      }));
    }
    return TRAINING_INDICATOR_IDS.map((indicatorId, i) => {
      const f = communeFigure(ctx.app.db, figureScopeOf, indicatorId, communeCode);
      return { id: TRAINING_FIGURES[i] ?? 'T12', numerator: f.numerator, denominator: f.denominator, percent: f.value, frozenDenominator: null, liveDenominator: f.denominator };
    });
  },
  'training.figureRecords': (ctx, { year, communeCode, figure, ...filter }) =>
    figureRecords(ctx.app.db, { ...scope(ctx, year, communeCode, filter), until: ctx.app.now().slice(0, 10) }, figure),

  'outreach.list': (ctx, { year, ...filter }) => listOutreachEvents(ctx.app.db, year, null, filter),
  'outreach.create': (ctx, fields) => {
    assertEvent(ctx, fields);
    const id = ctx.app.newId();
    ctx.app.db.transaction(() => insertOutreachEvent(ctx.app.db, id, ownerOf(ctx), fields, stampOf(ctx), ctx.app.newId)).immediate();
    return mustGetEvent(ctx, id);
  },

  'schools.list': (ctx) => listSchools(ctx.app.db),
  'schools.create': (ctx, fields) => {
    assertSchool(ctx, fields);
    const id = ctx.app.newId();
    ctx.app.db.transaction(() => insertSchool(ctx.app.db, id, ownerOf(ctx), fields, stampOf(ctx))).immediate();
    return { id, ...fields };
  },

  'training.updateCourse': (ctx, { id, fields }) => {
    assertOwnRecord(ctx, 'training_course', id);
    const course = mustGetCourse(ctx, id);
    // Sessions stay within the course: the clerk moves or deletes a session before narrowing the dates.
    const outside = course.sessions.find((s) => s.date < fields.startDate || s.date > fields.endDate);
    if (outside) {
      const attended = attendanceCount(ctx.app.db, { sessionId: outside.id }) > 0;
      const path = outside.date < fields.startDate ? 'startDate' : 'endDate';
      throw invalid(path, attended ? 'training.course.attendanceOutside' : 'training.course.sessionOutside', { n: outside.sessionNo, date: dmy(outside.date) });
    }
    ctx.app.db.transaction(() => updateCourseInfo(ctx.app.db, id, fields, stampOf(ctx))).immediate();
    return mustGetCourse(ctx, id);
  },
  'training.deleteCourse': (ctx, { id, confirmed }) => {
    assertOwnRecord(ctx, 'training_course', id);
    mustGetCourse(ctx, id);
    const marks = attendanceCount(ctx.app.db, { courseId: id });
    if (marks > 0 && !confirmed) throw new ApiError('CONFIRM', 'training.course.deleteHasAttendance', { count: marks });
    ctx.app.db.transaction(() => deleteCourse(ctx.app.db, id)).immediate();
    return { deleted: true };
  },
  'training.addSession': (ctx, { courseId, date, part }) => {
    assertInCourse(mustGetCourse(ctx, courseId), date);
    ctx.app.db.transaction(() => insertSession(ctx.app.db, ctx.app.newId(), ownerOf(ctx).unitCode, courseId, { date, part }, ctx.app.now())).immediate();
    return mustGetCourse(ctx, courseId);
  },
  'training.updateSession': (ctx, { courseId, sessionId, date, part }) => {
    const { course } = courseSession(ctx, courseId, sessionId);
    assertInCourse(course, date);
    ctx.app.db.transaction(() => updateSession(ctx.app.db, sessionId, courseId, { date, part }, ctx.app.now())).immediate();
    return mustGetCourse(ctx, courseId);
  },
  'training.deleteSession': (ctx, { courseId, sessionId, confirmed }) => {
    const { course, session } = courseSession(ctx, courseId, sessionId);
    if (course.sessions.length === 1) throw new ApiError('VALIDATION', 'training.course.noSessions');
    const marks = attendanceCount(ctx.app.db, { sessionId });
    if (marks > 0 && !confirmed) throw new ApiError('CONFIRM', 'training.session.deleteHasAttendance', { n: session.sessionNo, count: marks });
    ctx.app.db.transaction(() => deleteSession(ctx.app.db, sessionId, courseId, ctx.app.now())).immediate();
    return mustGetCourse(ctx, courseId);
  },
  'training.removeParticipant': (ctx, { courseId, personId, confirmed }) => {
    const participant = mustGetCourse(ctx, courseId).participants.find((p) => p.personId === personId);
    if (!participant) throw new ApiError('NOT_FOUND', 'training.participant.notOnRoster');
    // Their attendance goes with them, and T12 may change: the clerk confirms that first.
    const marks = participant.attended.length;
    if (marks > 0 && !confirmed) throw new ApiError('CONFIRM', 'training.participant.removeHasAttendance', { name: participant.fullName, count: marks });
    ctx.app.db.transaction(() => removeParticipant(ctx.app.db, courseId, personId)).immediate();
    return mustGetCourse(ctx, courseId);
  },
  'training.signInSheet': (ctx, { courseId, sessionNo }) => {
    const course = mustGetCourse(ctx, courseId);
    const session = course.sessions.find((s) => s.sessionNo === sessionNo);
    if (!session) throw new ApiError('NOT_FOUND', 'training.session.noSuch', { n: sessionNo, count: course.sessions.length });
    const documents = documentSettings(ctx.app.db);
    return {
      officeName: officeOf(ctx).officeName,
      documents: { parentBody: documents.parentBody, place: documents.place },
      courseId: course.id,
      title: course.title,
      organiser: course.organiser,
      venue: course.venue,
      sessionNo,
      sessionCount: course.sessions.length,
      date: session.date,
      part: session.part,
      participants: course.participants.map(({ fullName, position, agency }) => ({ fullName, position, agency })),
    };
  },

  'outreach.update': (ctx, { id, fields }) => {
    mustGetEvent(ctx, id);
    assertEvent(ctx, fields);
    ctx.app.db.transaction(() => updateOutreachEvent(ctx.app.db, id, ownerOf(ctx), fields, stampOf(ctx), ctx.app.newId)).immediate();
    return mustGetEvent(ctx, id);
  },
  'outreach.delete': (ctx, { id }) => {
    mustGetEvent(ctx, id);
    ctx.app.db.transaction(() => deleteOutreachEvent(ctx.app.db, id)).immediate();
    return { deleted: true };
  },
  'schools.update': (ctx, { id, fields }) => {
    mustHaveSchool(ctx, id);
    assertSchool(ctx, fields);
    ctx.app.db.transaction(() => updateSchool(ctx.app.db, id, fields, stampOf(ctx))).immediate();
    return { id, ...fields };
  },
  'schools.delete': (ctx, { id }) => {
    mustHaveSchool(ctx, id);
    const events = eventsOfSchool(ctx.app.db, id);
    // T4 counts those events' students against this school's enrolment: they would lose their school.
    if (events > 0) throw new ApiError('IN_USE', 'training.school.inUse', { count: events });
    ctx.app.db.transaction(() => deleteSchool(ctx.app.db, id)).immediate();
    return { deleted: true };
  },
};

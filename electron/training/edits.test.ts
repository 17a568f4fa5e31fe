import { afterEach, describe, expect, it } from 'vitest';
import { businessFields, TEST_COMMUNE, TestApp } from '../testing/factories';
import { courseFields, eventFields, staffFields } from './testing';

let app: TestApp;
afterEach(() => app.close());

const OTHER_COMMUNE = '06001';

/** Audit entries written through one procedure: [action, table]. */
async function audited(procedure: string) {
  const rows = (await app.ok('audit.list', { action: procedure, limit: 500 })).rows;
  return rows.map((r) => [r.action, r.targetTable]);
}

const info = ({ sessions: _sessions, ...rest }: ReturnType<typeof courseFields>) => rest;

/** A course of two sessions (10 and 11 March) with one participant present at the first. */
async function courseWithAttendance() {
  const course = await app.ok('training.createCourse', courseFields());
  const person = await app.ok('staff.create', staffFields());
  await app.ok('training.addParticipant', { courseId: course.id, person: { personId: person.id } });
  const first = course.sessions[0]?.id ?? '';
  await app.ok('training.setAttendance', { courseId: course.id, sessionId: first, personIds: [person.id] });
  return { course, person, first, second: course.sessions[1]?.id ?? '' };
}

const issues = (result: Awaited<ReturnType<TestApp['call']>>) => (result.ok ? [] : (result.error.issues ?? []));

describe('editing and deleting courses and sessions', () => {
  it('edits a course with the same rules as creating it, and refuses dates that would leave attendance outside', async () => {
    app = await TestApp.withOffice();
    const { course, person } = await courseWithAttendance();
    const fields = info(courseFields());

    const backwards = await app.call('training.updateCourse', { id: course.id, fields: { ...fields, startDate: '2026-03-12', endDate: '2026-03-11' } });
    expect(issues(backwards).map((i) => i.messageKey)).toContain('training.course.endBeforeStart');
    // Session 1 (10/03) has attendance: moving the start past it is refused with the session named.
    const narrowed = await app.call('training.updateCourse', { id: course.id, fields: { ...fields, startDate: '2026-03-11' } });
    expect(issues(narrowed)).toEqual([{ path: 'startDate', messageKey: 'training.course.attendanceOutside', params: { n: 1, date: '10/03/2026' } }]);
    // Session 2 (11/03) has none, but a session may not fall outside its course either.
    const shortened = await app.call('training.updateCourse', { id: course.id, fields: { ...fields, endDate: '2026-03-10' } });
    expect(issues(shortened)).toEqual([{ path: 'endDate', messageKey: 'training.course.sessionOutside', params: { n: 2, date: '11/03/2026' } }]);
    expect(await app.ok('training.course', { id: course.id })).toMatchObject({ startDate: '2026-03-10', endDate: '2026-03-11', title: course.title });

    const edited = await app.ok('training.updateCourse', { id: course.id, fields: { ...fields, title: 'Lớp đã sửa', endDate: '2026-03-20', completionPercent: 100 } });
    expect(edited).toMatchObject({ title: 'Lớp đã sửa', endDate: '2026-03-20' });
    // Completion follows the new share: one of two sessions is no longer enough.
    expect(edited.participants).toEqual([expect.objectContaining({ personId: person.id, completed: false })]);
    expect(await audited('training.updateCourse')).toEqual(expect.arrayContaining([['record.update', 'training_course'], ['record.update', 'training_participant']]));
  });

  it('refuses attendance for a session outside the course dates (a record that came in that way), saving nothing', async () => {
    app = await TestApp.withOffice();
    const { course, person, second } = await courseWithAttendance();
    // Neither the screens nor the API let a session leave its course; an older copy of the data might.
    app.running.app.db.prepare("UPDATE training_session SET session_date = '2026-03-25' WHERE id = ?").run(second);
    const outside = await app.call('training.setAttendance', { courseId: course.id, sessionId: second, personIds: [person.id] });
    expect(outside.ok ? null : outside.error).toMatchObject({ code: 'VALIDATION', messageKey: 'training.session.outsideCourse' });
    expect((await app.ok('training.course', { id: course.id })).participants[0]?.attended).toEqual([course.sessions[0]?.id]);
  });

  it('adds, moves and deletes sessions within the course dates, keeping them numbered by date', async () => {
    app = await TestApp.withOffice();
    const { course, first, second } = await courseWithAttendance();
    const outside = await app.call('training.addSession', { courseId: course.id, date: '2026-03-12', part: 'day' });
    expect(issues(outside).map((i) => i.messageKey)).toEqual(['training.session.outsideCourse']);
    const added = await app.ok('training.addSession', { courseId: course.id, date: '2026-03-10', part: 'afternoon' });
    expect(added.sessions.map((s) => [s.sessionNo, s.date, s.part])).toEqual([
      [1, '2026-03-10', 'day'],
      [2, '2026-03-10', 'afternoon'],
      [3, '2026-03-11', 'morning'],
    ]);
    const moved = await app.call('training.updateSession', { courseId: course.id, sessionId: second, date: '2026-04-01', part: 'day' });
    expect(issues(moved).map((i) => i.messageKey)).toEqual(['training.session.outsideCourse']);
    await app.ok('training.updateSession', { courseId: course.id, sessionId: second, date: '2026-03-10', part: 'morning' });

    // Deleting a session with attendance needs confirmation; the last session cannot go.
    const unconfirmed = await app.call('training.deleteSession', { courseId: course.id, sessionId: first });
    expect(unconfirmed.ok ? null : unconfirmed.error).toMatchObject({ code: 'CONFIRM', messageKey: 'training.session.deleteHasAttendance', params: { n: 1, count: 1 } });
    const after = await app.ok('training.deleteSession', { courseId: course.id, sessionId: first, confirmed: true });
    expect(after.sessions.map((s) => [s.sessionNo, s.part])).toEqual([[1, 'morning'], [2, 'afternoon']]);
    expect(after.participants[0]?.attended).toEqual([]);
    await app.ok('training.deleteSession', { courseId: course.id, sessionId: second });
    const last = await app.call('training.deleteSession', { courseId: course.id, sessionId: after.sessions[1]?.id ?? '' });
    expect(last.ok ? null : last.error.messageKey).toBe('training.course.noSessions');
    expect(await audited('training.deleteSession')).toEqual(expect.arrayContaining([['record.delete', 'training_session'], ['record.delete', 'training_attendance']]));
  });

  it('takes a person off the roster, asking first when they have attendance; the register keeps them and T12 follows', async () => {
    app = await TestApp.withOffice();
    const course = await app.ok('training.createCourse', courseFields({ completionPercent: 50 }));
    const [kept, wrong] = [await app.ok('staff.create', staffFields()), await app.ok('staff.create', staffFields({ fullName: 'Lê Văn Nhầm', birthYear: 1990 }))];
    for (const person of [kept, wrong]) await app.ok('training.addParticipant', { courseId: course.id, person: { personId: person.id } });
    await app.ok('training.setAttendance', { courseId: course.id, sessionId: course.sessions[0]?.id ?? '', personIds: [kept.id, wrong.id] });
    const t12 = async () => (await app.ok('training.figures', { year: 2026 })).find((f) => f.id === 'T12')?.numerator;
    expect(await t12()).toBe(2);

    const unconfirmed = await app.call('training.removeParticipant', { courseId: course.id, personId: wrong.id });
    expect(unconfirmed.ok ? null : unconfirmed.error).toMatchObject({ code: 'CONFIRM', messageKey: 'training.participant.removeHasAttendance', params: { name: 'Lê Văn Nhầm', count: 1 } });
    expect((await app.ok('training.course', { id: course.id })).participants).toHaveLength(2);

    const after = await app.ok('training.removeParticipant', { courseId: course.id, personId: wrong.id, confirmed: true });
    expect(after.participants.map((p) => p.fullName)).toEqual([kept.fullName]);
    expect(await t12()).toBe(1);
    expect((await app.ok('staff.list', {})).total).toBe(2);
    expect(new Set((await audited('training.removeParticipant')).map(([, table]) => table))).toEqual(new Set(['training_participant', 'training_attendance']));

    const again = await app.call('training.removeParticipant', { courseId: course.id, personId: wrong.id, confirmed: true });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'NOT_FOUND', messageKey: 'training.participant.notOnRoster' });
  });

  it('deletes a course with attendance only when confirmed, with its sessions, roster and attendance, and T12 follows', async () => {
    app = await TestApp.withOffice();
    const course = await app.ok('training.createCourse', courseFields({ completionPercent: 50 }));
    const person = await app.ok('staff.create', staffFields());
    await app.ok('training.addParticipant', { courseId: course.id, person: { personId: person.id } });
    await app.ok('training.setAttendance', { courseId: course.id, sessionId: course.sessions[0]?.id ?? '', personIds: [person.id] });
    const t12 = async () => (await app.ok('training.figures', { year: 2026 })).find((f) => f.id === 'T12')?.numerator;
    expect(await t12()).toBe(1);

    const unconfirmed = await app.call('training.deleteCourse', { id: course.id });
    expect(unconfirmed.ok ? null : unconfirmed.error).toMatchObject({ code: 'CONFIRM', messageKey: 'training.course.deleteHasAttendance', params: { count: 1 } });
    expect(await app.ok('training.courses', { year: null })).toHaveLength(1);
    await app.ok('training.deleteCourse', { id: course.id, confirmed: true });
    expect(await app.ok('training.courses', { year: null })).toEqual([]);
    expect(await t12()).toBe(0);
    expect((await app.ok('staff.list', {})).total).toBe(1);
    const tables = (await audited('training.deleteCourse')).map(([, table]) => table);
    expect(new Set(tables)).toEqual(new Set(['training_course', 'training_session', 'training_participant', 'training_attendance']));

    // A course nobody attended yet goes without asking.
    const empty = await app.ok('training.createCourse', courseFields());
    expect(await app.ok('training.deleteCourse', { id: empty.id })).toEqual({ deleted: true });
  });
});

describe('editing and deleting outreach events and schools', () => {
  const event = (businessId: string) => eventFields({ type: 'business_visit', organiser: 'Đội kiểm tra liên ngành', workersReached: 8, businessIds: [businessId] });

  it('edits an event with the same checks as creating it (headcount over the businesses needs a reason), then deletes it', async () => {
    app = await TestApp.withOffice();
    const karaoke = await app.ok('businesses.create', businessFields({ workersTotal: 10, workersWomen: 4 }));
    const saved = await app.ok('outreach.create', event(karaoke.id));
    const over = await app.call('outreach.update', { id: saved.id, fields: { ...event(karaoke.id), workersReached: 15 } });
    expect(issues(over)).toEqual([{ path: 'headcountReason', messageKey: 'training.outreach.headcountOver', params: { reached: 15, workers: 10 } }]);
    const noCommune = await app.call('outreach.update', { id: saved.id, fields: { ...event(karaoke.id), communeCodes: [] } });
    expect(issues(noCommune).map((i) => i.messageKey)).toEqual(['training.outreach.noCommune']);
    expect((await app.ok('outreach.list', { year: 2026 }))[0]).toMatchObject({ workersReached: 8, communeCodes: [TEST_COMMUNE] });

    const edited = await app.ok('outreach.update', {
      id: saved.id,
      fields: { ...event(karaoke.id), workersReached: 15, headcountReason: 'Có lao động thời vụ', communeCodes: [TEST_COMMUNE, OTHER_COMMUNE] },
    });
    expect(edited).toMatchObject({ workersReached: 15, communeCodes: [TEST_COMMUNE, OTHER_COMMUNE].sort() });
    const t1 = async () => (await app.ok('training.figures', { year: 2026 })).find((f) => f.id === 'T1')?.numerator;
    expect(await t1()).toBe(2);
    await app.ok('outreach.update', { id: saved.id, fields: { ...event(karaoke.id), communeCodes: [OTHER_COMMUNE] } });
    expect(await t1()).toBe(1);
    await app.ok('outreach.delete', { id: saved.id });
    expect(await app.ok('outreach.list', { year: null })).toEqual([]);
    expect(await t1()).toBe(0);
    expect((await audited('outreach.delete')).map(([, table]) => table)).toEqual(expect.arrayContaining(['outreach_event', 'outreach_event_commune', 'outreach_event_business']));
  });

  it('edits a school with the same checks, and refuses to delete one that events name', async () => {
    app = await TestApp.withOffice();
    const school = await app.ok('schools.create', { name: 'THPT Việt Bắc', kind: 'high_school', communeCode: TEST_COMMUNE, enrolment: 800 });
    const bad = await app.call('schools.update', { id: school.id, fields: { ...school, enrolment: -1 } });
    expect(issues(bad).map((i) => i.messageKey)).toEqual(['validation.notNegative']);
    const unknown = await app.call('schools.update', { id: school.id, fields: { name: 'THPT Việt Bắc', kind: 'high_school', communeCode: '99999', enrolment: 800 } });
    expect(issues(unknown).map((i) => i.messageKey)).toEqual(['import.unknownCommune']);
    await app.ok('schools.update', { id: school.id, fields: { name: 'THPT Việt Bắc', kind: 'high_school', communeCode: TEST_COMMUNE, enrolment: 900 } });
    expect(await app.ok('schools.list', {})).toEqual([expect.objectContaining({ enrolment: 900 })]);

    const talk = await app.ok('outreach.create', eventFields({ date: '2026-05-21', organiser: '', studentsReached: 300, schoolId: school.id }));
    const inUse = await app.call('schools.delete', { id: school.id });
    expect(inUse.ok ? null : inUse.error).toMatchObject({ code: 'IN_USE', messageKey: 'training.school.inUse', params: { count: 1 } });
    await app.ok('outreach.delete', { id: talk.id });
    await app.ok('schools.delete', { id: school.id });
    expect(await app.ok('schools.list', {})).toEqual([]);
    expect(await audited('schools.update')).toEqual([['record.update', 'school']]);
  });
});

describe('likely duplicates set aside', () => {
  it('stops offering a pair marked as two different people, keeps the decision in the database, and logs it', async () => {
    app = await TestApp.withOffice();
    const first = await app.ok('staff.create', staffFields({ fullName: 'Nguyễn Văn Đức', birthYear: 1980 }));
    const second = await app.ok('staff.create', staffFields({ fullName: 'NGUYỄN VĂN ĐỨC', birthYear: 1980, agency: 'Công an phường' }));
    const other = await app.ok('staff.create', staffFields({ fullName: 'Lê Thị Hồng' }));
    expect((await app.ok('staff.duplicates', {})).map((pair) => pair.map((p) => p.id))).toEqual([[first.id, second.id]]);

    const unrelated = await app.call('staff.notDuplicate', { firstId: first.id, secondId: other.id });
    expect(unrelated.ok ? null : unrelated.error.messageKey).toBe('staff.notALikelyPair');
    expect(await app.ok('staff.notDuplicate', { firstId: second.id, secondId: first.id })).toEqual([]);
    // Marked again (say, from a second window): still one decision.
    await app.ok('staff.notDuplicate', { firstId: first.id, secondId: second.id });
    expect(app.running.app.db.prepare('SELECT count(*) AS n FROM staff_not_duplicate').get()).toEqual({ n: 1 });
    expect(await app.ok('staff.duplicates', {})).toEqual([]);
    // The decision is a record change; the repeated call changed nothing and is logged as a call (newest first).
    expect(await audited('staff.notDuplicate')).toEqual([['staff.notDuplicate', null], ['record.create', 'staff_not_duplicate']]);

    // A third record of the same person is offered against both, who stay apart.
    const third = await app.ok('staff.create', staffFields({ fullName: 'Nguyễn Văn Đức', birthYear: 1980, phone: '0912 345 678' }));
    const pairs = (await app.ok('staff.duplicates', {})).map((pair) => pair.map((p) => p.id).sort());
    expect(pairs).toEqual(expect.arrayContaining([[first.id, third.id].sort(), [second.id, third.id].sort()]));
    expect(pairs).toHaveLength(2);
    // Merging one of them away removes its decisions with it.
    await app.ok('staff.merge', { keepId: third.id, dropId: first.id });
    expect(app.running.app.db.prepare('SELECT count(*) AS n FROM staff_not_duplicate').get()).toEqual({ n: 0 });
  });
});

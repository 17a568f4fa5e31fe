import { afterEach, describe, expect, it } from 'vitest';
import { businessFields, TEST_COMMUNE, TestApp } from '../testing/factories';
import { courseFields, eventFields, staffFields } from './testing';

let app: TestApp;
afterEach(() => app.close());

const OTHER_COMMUNE = '06001';

async function figures(year = 2026, communeCode: string | null = null) {
  const list = await app.ok('training.figures', { year, communeCode });
  return Object.fromEntries(list.map((f) => [f.id, [f.numerator, f.denominator]]));
}

/** A course with everyone on the roster attending every session. */
async function completedCourse(personIds: string[], overrides: Parameters<typeof courseFields>[0] = {}) {
  const course = await app.ok('training.createCourse', courseFields(overrides));
  for (const personId of personIds) await app.ok('training.addParticipant', { courseId: course.id, person: { personId } });
  for (const session of course.sessions) await app.ok('training.setAttendance', { courseId: course.id, sessionId: session.id, personIds });
  return course;
}

describe('training courses', () => {
  it('counts a person trained twice once in T12, and only active people in the register', async () => {
    app = await TestApp.withOffice();
    const an = await app.ok('staff.create', staffFields({ fullName: 'Nguyễn Văn An' }));
    const binh = await app.ok('staff.create', staffFields({ fullName: 'Lê Thị Bình', gender: 'female' }));
    await app.ok('staff.create', staffFields({ fullName: 'Đã Nghỉ', status: 'left' }));
    expect((await figures()).T12).toEqual([0, 2]);
    await completedCourse([an.id]);
    await completedCourse([an.id], { title: 'Lớp thứ hai' });
    expect((await figures()).T12).toEqual([1, 2]);
    const records = await app.ok('training.figureRecords', { year: 2026, communeCode: null, figure: 'T12' });
    expect(records).toEqual([expect.objectContaining({ id: an.id, label: 'Nguyễn Văn An', count: 2 })]);
    expect((await figures(2025)).T12).toEqual([0, 2]);
    expect(binh.fullName).toBe('Lê Thị Bình');
  });

  it('completes a participant who attended the set share of sessions', async () => {
    app = await TestApp.withOffice();
    const person = await app.ok('staff.create', staffFields());
    const course = await app.ok('training.createCourse', courseFields({ completionPercent: 100 }));
    await app.ok('training.addParticipant', { courseId: course.id, person: { personId: person.id } });
    const [first, second] = course.sessions;
    const half = await app.ok('training.setAttendance', { courseId: course.id, sessionId: first?.id ?? '', personIds: [person.id] });
    expect(half.participants[0]?.completed).toBe(false);
    const full = await app.ok('training.setAttendance', { courseId: course.id, sessionId: second?.id ?? '', personIds: [person.id] });
    expect(full.participants[0]?.completed).toBe(true);
  });

  it('refuses bad input with clear messages and saves nothing', async () => {
    app = await TestApp.withOffice();
    const backwards = await app.call('training.createCourse', courseFields({ startDate: '2026-03-11', endDate: '2026-03-10', sessions: [{ date: '2026-03-10', part: 'day' }] }));
    expect(backwards.ok ? [] : backwards.error.issues?.map((i) => i.messageKey)).toContain('training.course.endBeforeStart');
    const outside = await app.call('training.createCourse', courseFields({ sessions: [{ date: '2026-04-01', part: 'day' }] }));
    expect(outside.ok ? [] : outside.error.issues).toEqual([{ path: 'sessions.0.date', messageKey: 'training.session.outsideCourse' }]);
    expect(await app.ok('training.courses', { year: null })).toEqual([]);

    const course = await app.ok('training.createCourse', courseFields());
    const person = await app.ok('staff.create', staffFields());
    await app.ok('training.addParticipant', { courseId: course.id, person: { personId: person.id } });
    const twice = await app.call('training.addParticipant', { courseId: course.id, person: { personId: person.id } });
    expect(twice.ok ? null : twice.error).toMatchObject({ code: 'DUPLICATE', messageKey: 'training.participant.twice', params: { name: 'Hoàng Văn Bình' } });
    expect((await app.ok('training.course', { id: course.id })).participants).toHaveLength(1);

    // Someone added on the spot joins the register; a bad year keeps them out of both.
    const bad = await app.call('training.addParticipant', { courseId: course.id, person: { newPerson: staffFields({ fullName: 'Mới', birthYear: 985 }) } });
    expect(bad.ok ? [] : bad.error.issues?.map((i) => i.messageKey)).toEqual(['training.staff.birthYear']);
    const added = await app.ok('training.addParticipant', { courseId: course.id, person: { newPerson: staffFields({ fullName: 'TRẦN THỊ MỚI' }) } });
    expect(added.participants.map((p) => p.fullName)).toEqual(['Hoàng Văn Bình', 'Trần Thị Mới']);
    expect((await app.ok('staff.list', {})).total).toBe(2);
  });
});

describe('outreach events and figures T1, T3, T4', () => {
  it('counts communes, workers and students reached in the year, and warns when a headcount exceeds the businesses', async () => {
    app = await TestApp.withOffice();
    const communes = (await app.ok('units.communes', {})).length;
    const karaoke = await app.ok('businesses.create', businessFields({ workersTotal: 10, workersWomen: 4 }));
    await app.ok('businesses.create', businessFields({ name: 'Karaoke B', registrationNo: '14A2', workersTotal: 30, workersWomen: 10, communeCode: OTHER_COMMUNE }));
    expect(await figures()).toMatchObject({ T1: [0, communes], T3: [0, 40] });

    const event = eventFields({
      type: 'business_visit',
      communeCodes: [TEST_COMMUNE, OTHER_COMMUNE],
      organiser: 'Đội kiểm tra liên ngành',
      workersReached: 12,
      businessIds: [karaoke.id],
      materials: '200 tờ rơi',
    });
    const over = await app.call('outreach.create', event);
    expect(over.ok ? null : over.error.issues).toEqual([
      { path: 'headcountReason', messageKey: 'training.outreach.headcountOver', params: { reached: 12, workers: 10 } },
    ]);
    expect(await app.ok('outreach.list', { year: 2026 })).toEqual([]);
    await app.ok('outreach.create', { ...event, headcountReason: 'Có cả lao động thời vụ' });
    expect(await figures()).toMatchObject({ T1: [2, communes], T3: [12, 40] });
    expect(await figures(2026, OTHER_COMMUNE)).toMatchObject({ T1: [1, 1], T3: [12, 30] });

    const school = await app.ok('schools.create', { name: 'THPT Việt Bắc', kind: 'high_school', communeCode: TEST_COMMUNE, enrolment: 800 });
    const noSchool = await app.call('outreach.create', { ...event, businessIds: [], workersReached: 0, studentsReached: 200 });
    expect(noSchool.ok ? null : noSchool.error.issues?.[0]?.messageKey).toBe('training.outreach.schoolRequired');
    await app.ok('outreach.create', { ...event, type: 'talk', businessIds: [], workersReached: 0, studentsReached: 200, schoolId: school.id, communeCodes: [TEST_COMMUNE] });
    expect((await figures()).T4).toEqual([200, 800]);
    const t1 = await app.ok('training.figureRecords', { year: 2026, communeCode: null, figure: 'T1' });
    expect(t1.map((r) => [r.id, r.count])).toEqual(expect.arrayContaining([[TEST_COMMUNE, 2], [OTHER_COMMUNE, 1]]));
  });
});

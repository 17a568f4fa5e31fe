// Every staff record correctable (issue 16, defect 8): edit, "đã nghỉ" with a date, merge with undo.
import { afterEach, describe, expect, it } from 'vitest';
import { TestApp } from '../testing/factories';
import { courseFields, staffFields } from './testing';

let app: TestApp;
afterEach(() => app.close());

async function office(today: string) {
  app = await TestApp.withOffice();
  app.running.app.now = () => `${today}T08:00:00.000Z`;
  await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
}

const t12 = async (year = 2026) => (await app.ok('training.figures', { year, communeCode: null })).find((f) => f.id === 'T12');

describe('staff register corrections', () => {
  it('edits a person and marks "đã nghỉ" with a date: out of the live T12 denominator from that day, still in a year taken before it', async () => {
    await office('2026-06-15');
    const person = await app.ok('staff.create', staffFields({ fullName: 'Hoàng Văn Bình' }));
    await app.ok('staff.create', staffFields({ fullName: 'Nông Thị Mai' }));
    expect((await t12())?.denominator).toBe(2);

    const edited = await app.ok('staff.update', { id: person.id, fields: staffFields({ fullName: 'Hoàng Văn Bính', position: 'Công chức văn hóa' }) });
    expect([edited.fullName, edited.position, edited.status, edited.leftOn]).toEqual(['Hoàng Văn Bính', 'Công chức văn hóa', 'active', null]);

    const noDate = await app.call('staff.update', { id: person.id, fields: staffFields({ status: 'left' }) });
    expect(noDate.ok ? null : noDate.error.issues).toEqual([{ path: 'leftOn', messageKey: 'staff.leftOn.required' }]);
    const left = await app.ok('staff.update', { id: person.id, fields: staffFields({ status: 'left', leftOn: '2026-05-31' }) });
    expect([left.status, left.leftOn]).toEqual(['left', '2026-05-31']);
    expect((await t12())?.denominator).toBe(1);
    // The 2025 figures were taken on 31/12/2025, when they were still serving.
    expect((await t12(2025))?.denominator).toBe(2);

    // Back to active: the date goes with the status.
    const back = await app.ok('staff.update', { id: person.id, fields: staffFields({ status: 'active', leftOn: '2026-05-31' }) });
    expect(back.leftOn).toBeNull();
  });

  it('merges keeping the record chosen, and undoes the merge while nothing else changed', async () => {
    await office('2026-06-15');
    const first = await app.ok('staff.create', staffFields({ fullName: 'Lý Văn Tùng', agency: 'UBND phường' }));
    const second = await app.ok('staff.create', staffFields({ fullName: 'Lý Văn Tùng', agency: 'Công an phường', phone: '0912 345 678' }));
    const course = await app.ok('training.createCourse', courseFields());
    await app.ok('training.addParticipant', { courseId: course.id, person: { personId: second.id } });
    await app.ok('training.setAttendance', { courseId: course.id, sessionId: course.sessions[0]?.id ?? '', personIds: [second.id] });
    expect(await app.ok('staff.duplicates', {})).toHaveLength(1);

    // The clerk keeps the second record (the one with the phone), not the first offered.
    const kept = await app.ok('staff.merge', { keepId: second.id, dropId: first.id });
    expect([kept.id, kept.phone]).toEqual([second.id, '0912 345 678']);
    const afterMerge = await app.ok('staff.list', { search: '' });
    expect(afterMerge.total).toBe(1);

    const restored = await app.ok('staff.undoMerge', { keepId: second.id, dropId: first.id });
    expect([restored.id, restored.agency]).toEqual([first.id, 'UBND phường']);
    expect((await app.ok('staff.list', { search: '' })).total).toBe(2);
    const again = await app.ok('training.course', { id: course.id });
    expect(again.participants.map((p) => [p.personId, p.completed])).toEqual([[second.id, true]]);
    expect(await app.ok('staff.duplicates', {})).toHaveLength(1);

    // Merged again, then something else changes: the undo is refused, saying why.
    await app.ok('staff.merge', { keepId: first.id, dropId: second.id });
    expect((await app.ok('training.course', { id: course.id })).participants.map((p) => [p.personId, p.completed])).toEqual([[first.id, true]]);
    await app.ok('staff.create', staffFields({ fullName: 'Vi Thị Hoa' }));
    const refused = await app.call('staff.undoMerge', { keepId: first.id, dropId: second.id });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'CHANGED', messageKey: 'staff.undo.changed' });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { workbookBytes } from '../businesses/testing';
import { TestApp } from '../testing/factories';
import { readStaffSheet, STAFF_HEADERS, staffFields } from './testing';

let app: TestApp;
afterEach(() => app.close());

const row = (name: string, year: number | string, extra: Partial<Record<'unit' | 'group' | 'level', string>> = {}) => [
  name,
  'Nam',
  year,
  'Cán bộ',
  'UBND phường Đông Kinh',
  extra.level ?? 'Xã',
  extra.unit ?? 'Phường Đông Kinh',
  extra.group ?? 'Công chức',
  '',
];

describe('staff import (the shared import with the staff record kind)', () => {
  it('normalises capitals and decomposed Unicode, refuses 3-digit years and rows repeated in the file', async () => {
    app = await TestApp.withOffice();
    const bytes = await workbookBytes([
      STAFF_HEADERS,
      row('NGUYỄN VĂN ĐỨC', 1980),
      row('Lê Thị Hồng'.normalize('NFD'), 1990),
      row('Phạm Văn Cường', 985),
      row('Nguyễn Văn Đức', 1980),
      row('Trần Văn Nam', 1979, { unit: 'Xã Không Có' }),
    ]);
    const jobId = await readStaffSheet(app, bytes);
    const preview = await app.ok('staff.importPreview', { jobId });
    expect(preview.missingColumns).toEqual([]);
    expect([preview.total, preview.validCount, preview.invalidCount]).toEqual([5, 2, 3]);
    expect(preview.invalidRows.map((r) => [r.rowNumber, r.errors.map((e) => e.messageKey)])).toEqual([
      [4, ['training.staff.birthYear']],
      [5, ['import.duplicateInFile']],
      [6, ['staff.import.unknownUnit']],
    ]);
    // Nothing is written until the clerk commits, and then only the valid rows, in one go.
    expect((await app.ok('staff.list', {})).total).toBe(0);
    expect(await app.ok('staff.importCommit', { jobId, validOnly: true })).toEqual({ imported: 2, skipped: 3 });
    const names = (await app.ok('staff.list', {})).rows.map((p) => p.fullName);
    expect(names).toEqual(['Lê Thị Hồng', 'Nguyễn Văn Đức']);
    expect(names[0]).toBe('Lê Thị Hồng'.normalize('NFC'));
  });

  it('refuses to import with errors unless asked for the valid rows only, and writes nothing', async () => {
    app = await TestApp.withOffice();
    const jobId = await readStaffSheet(app, await workbookBytes([STAFF_HEADERS, row('Phạm Văn Cường', 985), row('Vũ Thị Lan', 1992)]));
    const result = await app.call('staff.importCommit', { jobId, validOnly: false });
    expect(result.ok ? null : result.error.code).toBe('IMPORT_HAS_ERRORS');
    expect((await app.ok('staff.list', {})).total).toBe(0);
  });

  it('offers a person imported twice across imports for merging, and merging moves their courses', async () => {
    app = await TestApp.withOffice();
    const earlier = await app.ok('staff.create', staffFields({ fullName: 'Nguyễn Văn Đức', birthYear: 1980 }));
    const course = await app.ok('training.createCourse', {
      title: 'Lớp 1',
      topics: ['law'],
      organiser: '',
      trainers: '',
      venue: '',
      startDate: '2026-04-01',
      endDate: '2026-04-01',
      completionPercent: 100,
      sessions: [{ date: '2026-04-01', part: 'day' }],
    });
    const jobId = await readStaffSheet(app, await workbookBytes([STAFF_HEADERS, row('NGUYỄN VĂN ĐỨC', 1980)]));
    const preview = await app.ok('staff.importPreview', { jobId });
    // Not an error: the row is imported and the pair is offered, never merged silently.
    expect(preview.validCount).toBe(1);
    expect(preview.warningRows[0]?.errors[0]).toMatchObject({ messageKey: 'staff.import.likelyDuplicate', params: { name: 'Nguyễn Văn Đức' } });
    await app.ok('staff.importCommit', { jobId, validOnly: false });
    expect((await app.ok('staff.list', {})).total).toBe(2);

    const [group] = await app.ok('staff.duplicates', {});
    expect(group?.map((p) => p.fullName)).toEqual(['Nguyễn Văn Đức', 'Nguyễn Văn Đức']);
    const imported = group?.find((p) => p.id !== earlier.id);
    if (!imported) throw new Error('no imported twin');
    await app.ok('training.addParticipant', { courseId: course.id, person: { personId: imported.id } });
    const session = course.sessions[0]?.id ?? '';
    await app.ok('training.setAttendance', { courseId: course.id, sessionId: session, personIds: [imported.id] });

    await app.ok('staff.merge', { keepId: earlier.id, dropId: imported.id });
    expect(await app.ok('staff.duplicates', {})).toEqual([]);
    expect((await app.ok('staff.list', {})).total).toBe(1);
    const after = await app.ok('training.course', { id: course.id });
    expect(after.participants).toEqual([expect.objectContaining({ personId: earlier.id, attended: [session], completed: true })]);
  });
});

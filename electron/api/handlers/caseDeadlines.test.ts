// Case deadlines as the laws count them: one case of each kind meets or misses its deadline, and T7 follows.
import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, legalDeadline, type DeadlineRule } from '../../../db/caseDeadlines';
import { TestApp } from '../../testing/factories';

let app: TestApp | undefined;
afterEach(() => app?.close());

async function office(now: string): Promise<TestApp> {
  const a = await TestApp.withOffice();
  app = a;
  await a.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  a.running.app.now = () => now;
  await a.ok('plan.adopt', { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
  return a;
}

const base = { channel: 'letter' as const, anonymous: true };

describe('case deadlines by kind', () => {
  it('counts each kind by its law; one meets and one misses; T7 counts the office part done by the deadline', async () => {
    const a = await office('2026-03-02T02:00:00.000Z');
    const rules = (await a.ok('cases.deadlines', {})).rules;
    expect(rules.find((r) => r.id === 'complaint.resolve')).toMatchObject({ days: 30, article: 'Luật Khiếu nại 2011, Điều 28', status: 'confirm' });
    expect(rules.find((r) => r.id === 'denunciation.police')).toMatchObject({ days: 20, article: 'Bộ luật Tố tụng hình sự 2015, khoản 1 Điều 147' });

    // Crime denunciation: passed to the police the day received (met); the police's 20 days run from then.
    const crime = await a.ok('cases.create', { ...base, kind: 'denunciation', receivedOn: '2026-03-02', content: 'Tố giác chứa mại dâm', transferredOn: '2026-03-02', transferredTo: 'Công an xã' });
    expect(crime.case).toMatchObject({ deadlineOn: '2026-03-03', policeDeadlineOn: '2026-03-22' });
    // Crime report: passed on three days late (missed).
    const report = await a.ok('cases.create', { ...base, kind: 'report', receivedOn: '2026-03-02', content: 'Tin báo môi giới mại dâm' });
    expect(report.case.deadlineOn).toBe('2026-03-03');
    // Denunciation of a violation: 7 working days to accept (Mon 2 Mar -> Wed 11 Mar), then 30 days from acceptance.
    const denunciation = await a.ok('cases.create', { ...base, kind: 'violation_denunciation', receivedOn: '2026-03-02', content: 'Tố cáo chủ cơ sở' });
    expect(denunciation.case.deadlineOn).toBe('2026-03-11');
    // Complaint: counted from acceptance (thụ lý), not receipt; complex: 45 days.
    const complaint = await a.ok('cases.create', { ...base, kind: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-06', complex: true, content: 'Khiếu nại quyết định xử phạt' });
    expect(complaint.case.deadlineOn).toBe('2026-04-20');
    // Recommendation or reflection: 15 days (to confirm).
    const petition = await a.ok('cases.create', { ...base, kind: 'petition', receivedOn: '2026-03-02', content: 'Phản ánh tiếng ồn quán karaoke' });
    expect(petition.case).toMatchObject({ deadlineOn: '2026-03-17', deadlineToConfirm: true });

    a.running.app.now = () => '2026-03-09T02:00:00.000Z';
    await a.ok('cases.update', { id: report.case.id, fields: { ...base, kind: 'report', receivedOn: '2026-03-02', content: 'Tin báo môi giới mại dâm', transferredOn: '2026-03-05', transferredTo: 'Công an xã' } });
    const accepted = await a.ok('cases.update', {
      id: denunciation.case.id,
      fields: { ...base, kind: 'violation_denunciation', receivedOn: '2026-03-02', acceptedOn: '2026-03-09', content: 'Tố cáo chủ cơ sở' },
    });
    expect(accepted.case.deadlineOn).toBe('2026-04-08');

    // An extension is a step with its reason: at most 30 days, at most twice, for a denunciation.
    a.running.app.now = () => '2026-04-06T02:00:00.000Z';
    const tooLong = await a.call('cases.extend', { caseId: denunciation.case.id, extendedOn: '2026-04-06', reason: 'Vụ việc phức tạp', newDeadline: '2026-05-20' });
    expect(tooLong).toMatchObject({ ok: false, error: { issues: [{ path: 'newDeadline', messageKey: 'cases.error.extensionTooLong' }] } });
    expect(await a.call('cases.extend', { caseId: denunciation.case.id, extendedOn: '2026-04-06', reason: '', newDeadline: '2026-05-08' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'reason', messageKey: 'cases.error.extensionReason' }] },
    });
    expect(await a.call('cases.extend', { caseId: crime.case.id, extendedOn: '2026-04-06', reason: 'x', newDeadline: '2026-05-08' })).toMatchObject({ ok: false, error: { code: 'CASE_NOT_EXTENDABLE' } });
    const extended = await a.ok('cases.extend', { caseId: denunciation.case.id, extendedOn: '2026-04-06', reason: 'Vụ việc phức tạp, cần xác minh thêm', newDeadline: '2026-05-08' });
    expect(extended).toMatchObject({ deadlineOn: '2026-05-08', extensions: [{ previousDeadline: '2026-04-08', newDeadline: '2026-05-08' }] });
    // Saving the case again keeps the extension.
    const resaved = await a.ok('cases.update', {
      id: denunciation.case.id,
      fields: { ...base, kind: 'violation_denunciation', receivedOn: '2026-03-02', acceptedOn: '2026-03-09', content: 'Tố cáo chủ cơ sở', resolvedOn: '2026-04-30', outcome: 'Tố cáo đúng' },
    });
    expect(resaved.case.deadlineOn).toBe('2026-05-08');

    await a.ok('cases.update', { id: complaint.case.id, fields: { ...base, kind: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-06', complex: true, content: 'Khiếu nại quyết định xử phạt', resolvedOn: '2026-04-27' } });
    await a.ok('cases.update', { id: petition.case.id, fields: { ...base, kind: 'petition', receivedOn: '2026-03-02', content: 'Phản ánh tiếng ồn quán karaoke', resolvedOn: '2026-03-10' } });

    a.running.app.now = () => '2026-06-01T02:00:00.000Z';
    const board = await a.ok('plan.dashboard', { year: 2026 });
    const t7 = board.figures.find((f) => f.code === 'T7');
    const records = await a.ok('plan.records', { targetId: t7?.targetId ?? '' });
    expect(Object.fromEntries(records.map((r) => [r.label, r.counted]))).toEqual({
      'Tố giác chứa mại dâm': true,
      'Tin báo môi giới mại dâm': false,
      'Tố cáo chủ cơ sở': true,
      'Khiếu nại quyết định xử phạt': false,
      'Phản ánh tiếng ồn quán karaoke': true,
    });
    expect(t7).toMatchObject({ numerator: 3, denominator: 5, value: 60 });
  });

  it('in a remote area a complaint takes 45 days, 60 if complex; the rules are the province’s to edit', async () => {
    const a = await office('2026-03-02T02:00:00.000Z');
    expect((await a.ok('cases.setRemoteArea', { remote: true })).remoteArea).toBe(true);
    const plain = await a.ok('cases.create', { ...base, kind: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-02', content: 'Khiếu nại 1' });
    const complex = await a.ok('cases.create', { ...base, kind: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-02', complex: true, content: 'Khiếu nại 2' });
    expect([plain.case.deadlineOn, complex.case.deadlineOn]).toEqual(['2026-04-16', '2026-05-01']);
    // Not accepted yet: the 10 days to accept run from receipt.
    const waiting = await a.ok('cases.create', { ...base, kind: 'complaint', receivedOn: '2026-03-02', content: 'Khiếu nại 3' });
    expect(waiting.case.deadlineOn).toBe('2026-03-12');
    // The province edits a rule (this test office is the province): the change applies to new cases.
    const edited = await a.ok('cases.setDeadline', { id: 'petition.resolve', days: 10, article: 'Quy chế tiếp công dân của tỉnh', source: 'Quyết định 12/2026/QĐ-UBND', checkedOn: '2026-03-02', status: 'checked' });
    expect(edited.rules.find((r) => r.id === 'petition.resolve')).toMatchObject({ days: 10, status: 'checked', checkedOn: '2026-03-02' });
    expect((await a.ok('cases.create', { ...base, kind: 'petition', receivedOn: '2026-03-02', content: 'Phản ánh' })).case.deadlineOn).toBe('2026-03-12');
  });

  it('counts working days Monday to Friday, and a rule missing for a kind leaves the day counted from', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-02', 7)).toBe('2026-03-11');
    const none: DeadlineRule[] = [];
    expect(legalDeadline(none, { kind: 'complaint', receivedOn: '2026-03-02', acceptedOn: '2026-03-04', transferredOn: null, complex: false }, false)).toEqual({
      deadlineOn: '2026-03-04',
      rule: null,
      policeDeadlineOn: null,
    });
  });

  it('an office (not the province) cannot edit the rules: they arrive in the configuration package', async () => {
    const a = await TestApp.withOffice();
    app = a;
    await a.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    a.running.app.db.prepare("UPDATE office SET level = 'commune'").run();
    a.running.app.invalidateOffice();
    expect((await a.ok('cases.deadlines', {})).editable).toBe(false);
    expect(await a.call('cases.setDeadline', { id: 'complaint.resolve', days: 20, article: 'x', source: 'y', checkedOn: '2026-03-02', status: 'checked' })).toMatchObject({
      ok: false,
      error: { code: 'PROVINCE_ONLY', messageKey: 'cases.error.rulesProvinceOnly' },
    });
    // Remote area is the office's own setting.
    expect((await a.ok('cases.setRemoteArea', { remote: true })).remoteArea).toBe(true);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { vi } from '../../../renderer/i18n/vi';
import { businessFields, TestApp } from '../../testing/factories';
import { answerAll, planInput, plannedInspection } from '../../inspections/testing';

let app: TestApp | undefined;
afterEach(() => app?.close());

const thisYear = new Date().getFullYear();
const today = new Date().toISOString().slice(0, 10);

describe('inspection plans', () => {
  it('refuses a team of fewer than 3, then plans businesses with short codes and shows the year coverage', async () => {
    app = await TestApp.withOffice();
    const tooSmall = await app.call('inspections.savePlan', { fields: planInput({ team: planInput().team.slice(0, 2) }) });
    expect(tooSmall).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'fields.team', messageKey: 'inspections.plan.teamTooSmall' }] } });
    const twice = planInput().team.map((m, i) => (i === 2 ? { ...m, name: ' nguyễn  văn HÙNG ' } : m));
    expect(await app.call('inspections.savePlan', { fields: planInput({ team: twice }) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'fields.team', messageKey: 'inspections.plan.memberTwice' }] },
    });
    const stranger = planInput().team.map((m, i) => (i === 0 ? { ...m, userId: 'no-such-user' } : m));
    expect(await app.call('inspections.savePlan', { fields: planInput({ team: stranger }) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'fields.team.0.userId', messageKey: 'inspections.plan.unknownUser' }] },
    });
    expect(await app.ok('inspections.plans', {})).toEqual([]);
    const [admin] = await app.ok('inspections.teamUsers', {});
    if (!admin) throw new Error('no user');
    const picked = planInput().team.map((m, i) => (i === 0 ? { name: admin.name, agency: 'Phòng Văn hóa - Xã hội', userId: admin.id } : m));
    const withUser = await app.ok('inspections.savePlan', { fields: planInput({ title: 'Có người dùng', team: picked }) });
    expect(withUser.plan.team[0]).toEqual({ name: 'Quản trị', agency: 'Phòng Văn hóa - Xã hội', userId: admin.id });

    const a = await app.ok('businesses.create', businessFields({ name: 'Karaoke Ánh Dương', type: 'karaoke', registrationNo: '' }));
    const b = await app.ok('businesses.create', businessFields({ name: 'Nhà nghỉ Hoa Mai', registrationNo: '' }));
    await app.ok('businesses.create', businessFields({ name: 'Nhà trọ Bình An', type: 'rental_rooms', registrationNo: '' }));
    expect(await app.ok('inspections.coverage', { year: thisYear })).toMatchObject({ active: 3, covered: 0 });

    const { plan } = await app.ok('inspections.savePlan', { fields: planInput() });
    const detail = await app.ok('inspections.setPlanBusinesses', { planId: plan.id, add: [a.id, b.id, a.id] });
    expect(detail.inspections.map((i) => i.code)).toEqual([`K-${String(thisYear % 100)}-0001`, `K-${String(thisYear % 100)}-0002`]);
    expect(await app.ok('inspections.coverage', { year: thisYear })).toMatchObject({ active: 3, covered: 2 });
    expect((await app.ok('inspections.candidates', { neverInspected: true })).map((c) => c.name)).toHaveLength(3);

    const after = await app.ok('inspections.setPlanBusinesses', { planId: plan.id, remove: [b.id] });
    expect(after.inspections.map((i) => i.businessName)).toEqual(['Karaoke Ánh Dương']);
  });
});

describe('inspection codes typed loosely', () => {
  it('opens and prints K-yy-0001 typed as k yy0001, K-yy-1, yy-1 or "yy 1"; another number is not found', async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { type: 'karaoke' });
    const yy = code.slice(2, 4);
    expect(code).toBe(`K-${yy}-0001`);
    for (const typed of [`k${yy}0001`, `K-${yy}-1`, `${yy}-1`, `${yy} 1`, ` K ${yy} 0001 `, `k${yy}.1`]) {
      expect((await app.ok('inspections.open', { code: typed })).code).toBe(code);
    }
    expect((await app.ok('inspections.printSheets', { code: `${yy}-1`, planId: null, minutes: false }))).toHaveLength(1);
    expect(await app.call('inspections.open', { code: `${yy}-2` })).toMatchObject({ ok: false, error: { code: 'INSPECTION_NOT_FOUND' } });
  });
});

describe('results from paper', () => {
  it('saves answers as a draft, refuses to finalise with required items missing or a future date, then finds violations', async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { type: 'karaoke' });
    const opened = await app.ok('inspections.open', { code: code.toLowerCase() });
    expect(opened.status).toBe('planned');
    const items = opened.template.sections.flatMap((s) => s.items);
    expect(items[0]?.key).toBe('registration');

    expect(await app.call('inspections.saveAnswer', { inspectionId: opened.id, itemKey: 'room_area', value: 'rộng' })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'inspections.answer.invalid.number' }] },
    });
    await app.ok('inspections.saveAnswer', { inspectionId: opened.id, itemKey: 'registration', value: 'yes' });
    expect((await app.ok('inspections.open', { code })).status).toBe('draft');

    const incomplete = await app.call('inspections.finalise', { inspectionId: opened.id, inspectedOn: today });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'INSPECTION_INCOMPLETE', params: { first: 'Có giấy chứng nhận đủ điều kiện về an ninh, trật tự' } } });
    expect((await app.ok('inspections.open', { code })).status).toBe('draft');

    for (const item of items.filter((i) => i.required)) {
      const value = item.kind === 'number' ? (item.key === 'room_area' ? '18' : '5') : item.key === 'no_minors' || item.key === 'prostitution_signs' ? 'no' : item.key === 'hours' ? 'no' : 'yes';
      await app.ok('inspections.saveAnswer', { inspectionId: opened.id, itemKey: item.key, value });
    }
    const future = await app.call('inspections.finalise', { inspectionId: opened.id, inspectedOn: `${thisYear + 1}-01-01` });
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: 'inspectedOn', messageKey: 'inspections.date.future' }] } });
    expect(await app.ok('inspections.open', { code })).toMatchObject({ status: 'draft', inspectedOn: null, violations: [] });

    const final = await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: today });
    expect(final.status).toBe('final');
    expect(final.violations.map((v) => v.itemKey).sort()).toEqual(['hours', 'room_area']);
    expect(await app.call('inspections.saveAnswer', { inspectionId: opened.id, itemKey: 'registration', value: 'no' })).toMatchObject({
      ok: false,
      error: { code: 'INSPECTION_FINAL' },
    });

    const noReason = await app.call('inspections.amend', { inspectionId: opened.id, itemKey: 'hours', value: 'yes', reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { issues: [{ path: 'reason', messageKey: 'inspections.amend.reasonRequired' }] } });
    const amended = await app.ok('inspections.amend', { inspectionId: opened.id, itemKey: 'hours', value: 'yes', reason: 'Nhập nhầm từ phiếu' });
    expect(amended.violations.map((v) => v.itemKey)).toEqual(['room_area']);
    const history = await app.ok('inspections.history', { inspectionId: opened.id });
    expect(history.map((h) => h.kind)).toEqual(['created', 'finalised', 'amended']);
    expect(history[2]).toMatchObject({ before: 'no', after: 'yes', reason: 'Nhập nhầm từ phiếu', by: 'Quản trị', itemText: 'Không hoạt động từ 0 giờ đến 8 giờ sáng' });

    const figures = await app.ok('inspections.figures', { year: thisYear });
    expect(figures).toMatchObject({ inspected: 1, active: 1, violationsFound: 1, violationsHandled: 0 });
  });

  it('refuses a code that does not exist or belongs to another office', async () => {
    app = await TestApp.withOffice();
    const { code, inspectionId } = await plannedInspection(app, {});
    expect(await app.call('inspections.open', { code: 'K-99-9999' })).toMatchObject({ ok: false, error: { code: 'INSPECTION_NOT_FOUND' } });
    app.running.app.db.prepare("UPDATE inspection SET unit_code = '99' WHERE id = ?").run(inspectionId);
    expect(await app.call('inspections.open', { code })).toMatchObject({ ok: false, error: { code: 'INSPECTION_OTHER_OFFICE' } });
    expect(await app.call('inspections.printSheets', { code })).toMatchObject({ ok: false, error: { code: 'INSPECTION_OTHER_OFFICE' } });
    expect(await app.call('inspections.saveAnswer', { inspectionId, itemKey: 'registration', value: 'yes' })).toMatchObject({ ok: false, error: { code: 'INSPECTION_OTHER_OFFICE' } });
    expect(app.running.app.db.prepare('SELECT count(*) AS n FROM inspection_answer').get()).toEqual({ n: 0 });
  });
});

describe('templates', () => {
  it('an inspection printed with version 1 is shown and printed with version 1 after an administrator edits the template', async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { type: 'karaoke' });
    const [v1] = await app.ok('inspections.templateVersions', { templateKey: 'default.karaoke' });
    if (!v1) throw new Error('no default template');
    const sections = v1.sections.map((s, i) => (i === 0 ? { ...s, title: 'I. Điều kiện chung (sửa đổi)' } : s));
    const v2 = await app.ok('inspections.saveTemplate', { templateKey: 'default.karaoke', title: v1.title, sections });
    expect(v2.version).toBe(2);
    expect((await app.ok('inspections.open', { code })).template.version).toBe(1);
    const [sheet] = await app.ok('inspections.printSheets', { code });
    expect(sheet?.templateVersion).toBe(1);
    expect(sheet?.sections[0]?.title).toBe('I. Điều kiện chung');
    expect(await app.call('inspections.deleteTemplateVersion', { id: v1.id })).toMatchObject({ ok: false, error: { code: 'TEMPLATE_IN_USE' } });
    expect((await app.ok('inspections.templates', {})).find((t) => t.templateKey === 'default.karaoke')?.version).toBe(2);
  });

  it('refuses a violation rule that does not fit the answer kind and saves nothing; an unused version can be deleted, the only one cannot', async () => {
    app = await TestApp.withOffice();
    const [v1] = await app.ok('inspections.templateVersions', { templateKey: 'default.guest_house' });
    if (!v1) throw new Error('no default template');
    const textWithRule = v1.sections.map((s, i) => (i === 0 ? { ...s, items: s.items.map((item, j) => (j === 0 ? { ...item, kind: 'text' as const } : item)) } : s));
    expect(await app.call('inspections.saveTemplate', { templateKey: v1.templateKey, title: v1.title, sections: textWithRule })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'sections.0.items.0.violation', messageKey: 'inspections.template.ruleKind' }] },
    });
    expect(await app.ok('inspections.templateVersions', { templateKey: v1.templateKey })).toHaveLength(1);

    const [common, own] = v1.sections;
    if (!common || !own) throw new Error('default sections missing');
    const reordered = [{ ...own, title: 'I. Lưu trú' }, { ...common, title: 'II. Chung', items: common.items.slice(1) }];
    const v2 = await app.ok('inspections.saveTemplate', { templateKey: v1.templateKey, title: v1.title, sections: reordered });
    expect(v2.sections.map((s) => s.title)).toEqual(['I. Lưu trú', 'II. Chung']);
    expect(v2.sections[1]?.items.map((i) => i.key)).not.toContain('registration');
    await app.ok('inspections.deleteTemplateVersion', { id: v2.id });
    expect((await app.ok('inspections.templates', {})).find((t) => t.templateKey === v1.templateKey)?.version).toBe(1);
    expect(await app.call('inspections.deleteTemplateVersion', { id: v1.id })).toMatchObject({ ok: false, error: { code: 'TEMPLATE_ONLY_VERSION', messageKey: 'inspections.template.onlyVersion' } });
  });
});

describe('violations', () => {
  it('a reminder is not handling; a record then a decision (number, amount) is; closing needs an outcome; counts T8 and overdue', async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { type: 'guest_house' });
    const opened = await answerAll(app, code, ['stays_declared', 'posted_rules']);
    await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: today });
    const open = await app.ok('inspections.violations', {});
    expect(open.map((v) => v.itemKey).sort()).toEqual(['posted_rules', 'stays_declared']);
    const [first, second] = open;
    if (!first || !second) throw new Error('violations missing');

    expect(await app.call('inspections.closeViolation', { id: first.id, closedOn: today })).toMatchObject({ ok: false, error: { code: 'VIOLATION_NOT_HANDLED' } });
    const decision = { id: first.id, step: 'decision' as const, decidedOn: today, decisionBy: 'Nguyễn Văn Hùng - Chủ tịch UBND xã' };
    const fine = await app.call('inspections.recordHandling', { ...decision, decisionNo: '', mainSanction: 'fine', fineAmount: 2_000_000 });
    expect(fine).toMatchObject({ ok: false, error: { issues: [{ path: 'decisionNo', messageKey: 'inspections.handling.decisionNoRequired' }] } });
    const noAmount = await app.call('inspections.recordHandling', { ...decision, decisionNo: '05/QĐ-XPVPHC', mainSanction: 'fine' });
    expect(noAmount).toMatchObject({ ok: false, error: { issues: [{ path: 'fineAmount', messageKey: 'inspections.handling.fineAmount' }] } });
    const noTerm = await app.call('inspections.recordHandling', { ...decision, decisionNo: '05/QĐ-XPVPHC', mainSanction: 'warning', licenceWithdrawn: 'Giấy chứng nhận đủ điều kiện về ANTT' });
    expect(noTerm).toMatchObject({ ok: false, error: { issues: [{ path: 'licenceMonths', messageKey: 'inspections.handling.licenceTerm' }] } });
    const later = await app.call('inspections.recordHandling', { id: first.id, step: 'reminder', on: `${thisYear + 1}-06-01` });
    expect(later).toMatchObject({ ok: false, error: { issues: [{ path: 'on', messageKey: 'inspections.date.future' }] } });
    expect((await app.ok('inspections.violations', {})).every((v) => v.outcome === null)).toBe(true);

    // A reminder is recorded, but it is not a sanction: the violation is not handled, and cannot be closed.
    const reminded = await app.ok('inspections.recordHandling', { id: second.id, step: 'reminder', on: today });
    expect(reminded).toMatchObject({ remindedOn: today, outcome: null });
    expect(await app.call('inspections.closeViolation', { id: second.id, closedOn: today })).toMatchObject({ ok: false, error: { code: 'VIOLATION_NOT_HANDLED' } });
    expect(await app.ok('inspections.figures', { year: thisYear })).toMatchObject({ violationsFound: 2, violationsHandled: 0 });

    const recorded = await app.ok('inspections.recordHandling', { id: first.id, step: 'record', recordNo: '07/BB-VPHC', recordOn: today, recordBy: 'Trần Thị Lan - Công an xã' });
    expect(recorded).toMatchObject({ recordNo: '07/BB-VPHC', outcome: null });
    expect(await app.ok('inspections.figures', { year: thisYear })).toMatchObject({ violationsHandled: 0 });
    const sanctioned = await app.ok('inspections.recordHandling', {
      ...decision,
      decisionNo: '05/QĐ-XPVPHC',
      mainSanction: 'fine',
      fineAmount: 2_000_000,
      suspensionMonths: 2,
      remedial: 'Buộc khai báo lưu trú đầy đủ',
    });
    expect(sanctioned).toMatchObject({ outcome: 'sanctioned', handledOn: today, mainSanction: 'fine', fineAmount: 2_000_000, suspended: true, suspensionMonths: 2, recordNo: '07/BB-VPHC' });
    expect(await app.ok('inspections.figures', { year: thisYear })).toMatchObject({ violationsHandled: 1 });
    // The second one is passed to the person competent to sanction, with a correction deadline already past.
    await app.ok('inspections.recordHandling', { id: second.id, step: 'record', recordNo: '07/BB-VPHC', recordOn: today, recordBy: 'Trần Thị Lan - Công an xã', deadline: '2000-01-31' });
    await app.ok('inspections.recordHandling', { id: second.id, step: 'transfer', to: 'competent', transferredTo: 'Chủ tịch UBND xã', transferredOn: today });
    expect((await app.ok('inspections.violations', {}))[0]).toMatchObject({ id: second.id, overdue: true, outcome: 'transferred_competent' });
    expect(await app.ok('inspections.printViolationRecord', { violationId: second.id })).toMatchObject({
      recordNo: '07/BB-VPHC',
      violations: [{ description: first.description }, { description: second.description }],
    });
    expect(await app.call('inspections.closeViolation', { id: first.id, closedOn: `${thisYear + 1}-06-01` })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'closedOn', messageKey: 'inspections.date.future' }] },
    });
    await app.ok('inspections.closeViolation', { id: first.id, closedOn: today });
    expect((await app.ok('inspections.violations', {})).map((v) => v.id)).toEqual([second.id]);
    expect(await app.ok('inspections.figures', { year: thisYear })).toMatchObject({ violationsFound: 2, violationsHandled: 2, overdue: 1 });

    const { plan } = await app.ok('inspections.savePlan', { fields: planInput({ title: 'Kiểm tra lại' }) });
    const linked = await app.ok('inspections.planReinspection', { violationId: second.id, planId: plan.id });
    expect(linked.reinspectionCode).toMatch(/^K-\d\d-0002$/);
    expect(await app.call('inspections.planReinspection', { violationId: second.id, planId: plan.id })).toMatchObject({ ok: false, error: { code: 'ALREADY_IN_PLAN' } });
  });
});

describe('messages', () => {
  it('every inspections message key used by the API has Vietnamese and English text', () => {
    const keys = [
      'inspections.plan.teamTooSmall',
      'inspections.code.notFound',
      'inspections.code.otherOffice',
      'inspections.finalise.missing',
      'inspections.amend.reasonRequired',
      'inspections.template.inUse',
      'inspections.handling.decisionNoRequired',
      'inspections.handling.decisionByRequired',
      'inspections.handling.recordNoRequired',
      'inspections.handling.recordByRequired',
      'inspections.handling.transferredToRequired',
      'inspections.handling.licenceTerm',
      'inspections.handling.months',
      'inspections.handling.noRecord',
      'inspections.date.future',
      'inspections.violation.needsHandling',
      'inspections.handling.fineAmount',
      'inspections.plan.memberTwice',
      'inspections.plan.unknownUser',
      'inspections.template.ruleKind',
      'inspections.template.onlyVersion',
      'inspections.minutes.notFinal',
      'inspections.minutes.noneFinal',
      'print.savePdf.failed',
      'print.savePdf.badPath',
      'print.savePdf.notPdf',
      'print.savePdf.refused',
    ];
    expect(keys.filter((k) => !(k in vi) || !(k in en))).toEqual([]);
  });
});

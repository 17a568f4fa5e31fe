import { afterEach, describe, expect, it } from 'vitest';
import { TestApp, TEST_COMMUNE, businessFields } from '../testing/factories';
import { eventFields } from '../training/testing';
import { DEFAULT_TARGETS } from './defaultTargets';
import { planFigures } from './figures';
import type { Indicator } from './indicators';
import { getPlan } from '../../db/plan';

let apps: TestApp[] = [];
afterEach(() => {
  apps.forEach((a) => a.close());
  apps = [];
});

/** An office with an administrator signed in and the clock fixed at `now`. */
async function office(now: string): Promise<TestApp> {
  const app = await TestApp.withOffice();
  apps.push(app);
  await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  setClock(app, now);
  return app;
}

function setClock(app: TestApp, now: string): void {
  app.running.app.now = () => now;
}

const adopt = (app: TestApp, year: number, startFrom: 'defaults' | 'previous' = 'defaults') =>
  app.call('plan.adopt', { year, documentRef: `Kế hoạch số 45/KH-UBND năm ${year}`, adoptedOn: `${year}-02-27`, startFrom });

const figure = async (app: TestApp, code: string, year = 2026) => {
  const board = await app.ok('plan.dashboard', { year });
  const found = board.figures.find((f) => f.code === code);
  if (!found) throw new Error(`no figure ${code}`);
  return found;
};

const aCase = (over: Record<string, unknown> = {}) => ({
  kind: 'denunciation' as const,
  receivedOn: '2026-03-01',
  channel: 'phone' as const,
  anonymous: true,
  content: 'Tin báo nhà nghỉ chứa mại dâm',
  ...over,
});

describe('annual plan', () => {
  it('adopts a year with the twelve Lạng Sơn 2023 targets and refuses a second plan for that year', async () => {
    const app = await office('2026-02-27T08:00:00.000Z');
    const plan = await app.ok('plan.dashboard', { year: 2026 });
    expect(plan.plan).toBeNull();
    const adopted = await adopt(app, 2026);
    expect(adopted.ok).toBe(true);
    const board = await app.ok('plan.dashboard', {});
    expect(board.year).toBe(2026);
    expect(board.figures.map((f) => f.code)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
    expect(board.figures.find((f) => f.code === 'T9')?.threshold).toBe(30);
    const again = await adopt(app, 2026);
    expect(again.ok ? null : again.error.code).toBe('PLAN_EXISTS');
  });

  it('starts a new year from last year\'s plan with its edited thresholds and new ids', async () => {
    const app = await office('2026-02-27T08:00:00.000Z');
    const first = await app.ok('plan.adopt', { year: 2026, documentRef: 'KH 2026', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const t9 = first.targets.find((t) => t.code === 'T9');
    await app.ok('plan.setThreshold', { targetId: t9?.id ?? '', threshold: 40 });
    const missing = await adopt(app, 2028, 'previous');
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'NO_PREVIOUS_PLAN', params: { year: '2027' } });
    const next = await app.ok('plan.adopt', { year: 2027, documentRef: 'KH 2027', adoptedOn: '2027-03-01', startFrom: 'previous' });
    expect(next.targets.find((t) => t.code === 'T9')?.threshold).toBe(40);
    expect(next.targets).toHaveLength(12);
    expect(next.targets.map((t) => t.id)).not.toContain(t9?.id);
  });

  it('lets the thresholds be changed before adoption, refusing one above 100% with nothing saved', async () => {
    const app = await office('2026-02-27T08:00:00.000Z');
    const starting = await app.ok('plan.startingTargets', { year: 2026, startFrom: 'defaults' });
    expect(starting.map((t) => [t.code, t.threshold]).slice(8, 9)).toEqual([['T9', 30]]);
    const previous = await app.call('plan.startingTargets', { year: 2026, startFrom: 'previous' });
    expect(previous.ok ? null : previous.error).toMatchObject({ code: 'NO_PREVIOUS_PLAN', params: { year: '2025' } });
    const input = { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' as const };
    const refused = await app.call('plan.adopt', { ...input, thresholds: { T9: 35, T1: 120 } });
    expect(refused.ok ? null : refused.error.issues).toEqual([{ path: 'thresholds.T1', messageKey: 'plan.error.thresholdRange' }]);
    expect((await app.ok('plan.dashboard', { year: 2026 })).plan).toBeNull();
    await app.ok('plan.adopt', { ...input, thresholds: { T9: 35 } });
    expect((await figure(app, 'T9')).threshold).toBe(35);
    expect((await figure(app, 'T1')).threshold).toBe(20);
  });

  it('refuses a threshold above 100%', async () => {
    const app = await office('2026-02-27T08:00:00.000Z');
    const plan = await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const result = await app.call('plan.setThreshold', { targetId: plan.targets[0]?.id ?? '', threshold: 120 });
    expect(result.ok ? null : result.error.issues).toEqual([{ path: 'threshold', messageKey: 'plan.error.thresholdRange' }]);
    expect((await figure(app, 'T1')).threshold).toBe(20);
  });

  it('freezes active businesses at adoption and shows the live count beside it', async () => {
    const app = await office('2026-02-27T08:00:00.000Z');
    await app.ok('businesses.create', businessFields({ registrationNo: '1' }));
    await app.ok('businesses.create', businessFields({ name: 'Karaoke Hoa Mai', registrationNo: '2', workersTotal: 10, workersWomen: 2 }));
    await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    await app.ok('businesses.create', businessFields({ name: 'Massage Mẫu Sơn', registrationNo: '3' }));
    const t9 = await figure(app, 'T9');
    expect([t9.frozenDenominator, t9.liveDenominator]).toEqual([2, 3]);
    const t3 = await figure(app, 'T3');
    expect([t3.frozenDenominator, t3.liveDenominator]).toEqual([16, 22]);
  });

  it('shows "no data" for computed targets whose indicator is not registered, never a number', async () => {
    const app = await office('2026-05-01T08:00:00.000Z');
    await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    // Every computed target of the Lạng Sơn set now has its indicator; an unknown one still shows no data.
    const db = app.running.app.db;
    db.prepare("UPDATE plan_target SET indicator_id = 'not.registered' WHERE code = 'T9'").run();
    const t9 = await figure(app, 'T9');
    expect([t9.status, t9.value, t9.numerator]).toEqual(['no_data', null, null]);
    expect((await figure(app, 'T7')).status).toBe('nothing_due');
    expect((await figure(app, 'T2')).status).toBe('not_declared');
  });

  it('takes T1 from the outreach records the training area keeps: the dashboard and the training page agree', async () => {
    const app = await office('2026-07-02T08:00:00.000Z');
    await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    expect((await figure(app, 'T1')).numerator).toBe(0);
    await app.ok('outreach.create', eventFields({ communeCodes: [TEST_COMMUNE, '06001'], publicReached: 120 }));
    const t1 = await figure(app, 'T1');
    const training = (await app.ok('training.figures', { year: 2026, communeCode: null })).find((f) => f.id === 'T1');
    expect([t1.numerator, t1.liveDenominator]).toEqual([2, training?.denominator]);
    expect(t1.status).not.toBe('no_data');
  });

  it('lets an indicator registered later fill its target with a projection to year end', async () => {
    const app = await office('2026-07-02T08:00:00.000Z');
    await app.ok('businesses.create', businessFields({ registrationNo: '1' }));
    const plan = await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    // What the inspections area will register: here 20% of one business by mid-year, projected to ~40%.
    const coverage: Indicator = {
      id: 'inspections.coverage',
      targetIds: ['T9'],
      accumulates: true,
      compute: () => ({ numerator: 0.2, denominator: 1, records: () => [] }),
    };
    const db = app.running.app.db;
    const stored = getPlan(db, plan.unitCode, 2026);
    if (!stored) throw new Error('no plan');
    const t9 = planFigures(db, stored, { year: 2026, unitCode: plan.unitCode, communeCodes: [], now: app.running.app.now() }, [coverage]).find(
      (f) => f.code === 'T9',
    );
    expect(t9).toMatchObject({ value: 20, status: 'on_track', frozenDenominator: 1 });
    expect(t9?.projected).toBeCloseTo(40, 0);
  });

  it('records declared targets edited by an administrator', async () => {
    const app = await office('2026-05-01T08:00:00.000Z');
    const plan = await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const id = (code: string) => plan.targets.find((t) => t.code === code)?.id ?? '';
    await app.ok('plan.declare', { targetId: id('T2'), value: 1 });
    await app.ok('plan.declare', { targetId: id('T11'), value: 80 });
    expect((await figure(app, 'T2')).status).toBe('met');
    expect(await figure(app, 'T11')).toMatchObject({ value: 80, status: 'behind' });
    const computed = await app.call('plan.declare', { targetId: id('T7'), value: 100 });
    expect(computed.ok ? null : computed.error.code).toBe('NOT_DECLARED');
  });

  it('has one default per target of the 2023 plan', () => {
    expect(new Set(DEFAULT_TARGETS.map((t) => t.code)).size).toBe(12);
    expect(DEFAULT_TARGETS.every((t) => (t.kind === 'computed') === (t.indicatorId !== null))).toBe(true);
  });
});

describe('case log (T7)', () => {
  it('counts the legal deadline by kind (a crime report: passing it to the police; a complaint: from acceptance), lists overdue cases, counts the on-time rate', async () => {
    const app = await office('2026-03-01T08:00:00.000Z');
    await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const late = await app.ok('cases.create', aCase());
    expect(late.case).toMatchObject({ deadlineOn: '2026-03-02', deadlineToConfirm: true, policeDeadlineOn: null });
    expect(late.deadlinePassed).toBe(false);
    const complaint = await app.ok('cases.create', aCase({ kind: 'complaint', acceptedOn: '2026-03-01', content: 'Khiếu nại quyết định xử phạt' }));
    expect(complaint.case.deadlineOn).toBe('2026-03-31');
    expect((await app.ok('cases.list', { filter: 'overdue' })).rows).toEqual([]);

    setClock(app, '2026-03-22T08:00:00.000Z');
    const { rows: overdue, today } = await app.ok('cases.list', { filter: 'overdue' });
    expect(today).toBe('2026-03-22');
    expect(overdue.map((c) => c.content)).toEqual(['Tin báo nhà nghỉ chứa mại dâm']);
    expect((await app.ok('cases.list', { filter: 'open' })).rows.map((c) => c.overdue)).toEqual([true, false]);

    await app.ok('cases.update', { id: complaint.case.id, fields: aCase({ kind: 'complaint', acceptedOn: '2026-03-01', content: 'Khiếu nại quyết định xử phạt', resolvedOn: '2026-03-20', outcome: 'Giữ nguyên quyết định' }) });
    // One due and late (open past its deadline), one resolved on time: 50%.
    const t7 = await figure(app, 'T7');
    expect(t7).toMatchObject({ numerator: 1, denominator: 2, value: 50, status: 'behind' });
    const records = await app.ok('plan.records', { targetId: t7.targetId });
    expect(records.map((r) => [r.label, r.counted])).toEqual([
      ['Tin báo nhà nghỉ chứa mại dâm', false],
      ['Khiếu nại quyết định xử phạt', true],
    ]);
    expect(t7.perCommune).toEqual([]);
  });

  it('counts cases per commune of the business they are about', async () => {
    const app = await office('2026-06-01T08:00:00.000Z');
    await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const business = await app.ok('businesses.create', businessFields());
    await app.ok('cases.create', aCase({ businessId: business.id, transferredOn: '2026-03-01', transferredTo: 'Công an xã', resolvedOn: '2026-03-10' }));
    const t7 = await figure(app, 'T7');
    expect(t7.perCommune).toEqual([expect.objectContaining({ communeCode: business.communeCode, value: 100, communeName: business.communeName })]);
    expect(t7.monthly.map((m) => m.value)).toEqual([null, null, 100, 100, 100, 100]);
  });

  it('refuses a case resolved before it was received; allows and flags a deadline already past', async () => {
    const app = await office('2026-05-01T08:00:00.000Z');
    const refused = await app.call('cases.create', aCase({ resolvedOn: '2026-02-01' }));
    expect(refused.ok ? null : refused.error.issues).toEqual([{ path: 'resolvedOn', messageKey: 'cases.error.beforeReceived' }]);
    expect((await app.ok('cases.list', { filter: 'all' })).rows).toEqual([]);
    const past = await app.ok('cases.create', aCase({ receivedOn: '2026-01-05' }));
    expect(past.deadlinePassed).toBe(true);
    expect(past.case.overdue).toBe(true);
  });

  it('keeps no name for an anonymous reporter and uses the deadline the province set', async () => {
    const app = await office('2026-05-01T08:00:00.000Z');
    await app.ok('cases.setDeadline', { id: 'report.transfer', days: 10, article: 'Bộ luật Tố tụng hình sự 2015, Điều 145', source: 'Quy định của tỉnh', checkedOn: '2026-05-01', status: 'checked' });
    const saved = await app.ok('cases.create', aCase({ kind: 'report', anonymous: true, reporterName: 'Nguyễn Văn A' }));
    expect([saved.case.reporterName, saved.case.deadlineOn]).toEqual(['', '2026-03-11']);
  });
});

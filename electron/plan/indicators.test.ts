import { afterEach, describe, expect, it } from 'vitest';
import { answerAll, planInput } from '../inspections/testing';
import { TestApp, TEST_COMMUNE, businessFields } from '../testing/factories';
import { courseFields, staffFields } from '../training/testing';

let apps: TestApp[] = [];
afterEach(() => {
  apps.forEach((a) => a.close());
  apps = [];
});

const OTHER_COMMUNE = '06001';

/** An office on 15 June 2026 with an administrator signed in. */
async function office(): Promise<TestApp> {
  const app = await TestApp.withOffice();
  apps.push(app);
  app.running.app.now = () => '2026-06-15T08:00:00.000Z';
  await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
  return app;
}

/** Adopted once the registers hold the records, so the frozen denominators count them. */
const adopt = (app: TestApp) => app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-01-05', startFrom: 'defaults' });

async function figure(app: TestApp, code: string) {
  const found = (await app.ok('plan.dashboard', { year: 2026 })).figures.find((f) => f.code === code);
  if (!found) throw new Error(`no figure ${code}`);
  return found;
}

describe('inspection indicators on the dashboard', () => {
  it('gives T9 and T8 per commune and per month, and the records behind each', async () => {
    const app = await office();
    const inspected = await app.ok('businesses.create', businessFields({ name: 'Nhà nghỉ Bình An', registrationNo: '', type: 'guest_house' }));
    await app.ok('businesses.create', businessFields({ name: 'Karaoke Sao', registrationNo: '', communeCode: OTHER_COMMUNE }));
    const { plan } = await app.ok('inspections.savePlan', { fields: planInput({ periodFrom: '2026-03-01', periodTo: '2026-06-30', decisionDate: '2026-03-01' }) });
    const { inspections } = await app.ok('inspections.setPlanBusinesses', { planId: plan.id, add: [inspected.id] });
    const opened = await answerAll(app, inspections[0]?.code ?? '', ['stays_declared', 'posted_rules']);
    await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: '2026-04-10' });
    const [first] = await app.ok('inspections.violations', {});
    await app.ok('inspections.recordHandling', { id: first?.id ?? '', step: 'decision', mainSanction: 'warning', decisionNo: '02/QĐ-XPCC', decisionBy: 'Chủ tịch UBND xã', decidedOn: '2026-04-12' });
    await adopt(app);

    const t9 = await figure(app, 'T9');
    expect([t9.numerator, t9.value]).toEqual([1, 50]);
    expect(t9.perCommune.map((c) => [c.communeCode, c.numerator, c.denominator])).toEqual([
      [TEST_COMMUNE, 1, 1],
      [OTHER_COMMUNE, 0, 1],
    ]);
    expect(t9.monthly.map((m) => m.value)).toEqual([0, 0, 0, 50, 50, 50]);
    const t9Records = await app.ok('plan.records', { targetId: t9.targetId });
    expect(t9Records).toEqual([expect.objectContaining({ source: 'inspection', date: '2026-04-10', label: 'Nhà nghỉ Bình An', counted: true })]);

    const t8 = await figure(app, 'T8');
    expect([t8.numerator, t8.denominator, t8.value]).toEqual([1, 2, 50]);
    expect(t8.perCommune).toEqual([expect.objectContaining({ communeCode: TEST_COMMUNE, numerator: 1, denominator: 2, value: 50 })]);
    expect(t8.monthly.map((m) => m.value)).toEqual([null, null, null, 50, 50, 50]);
    const t8Records = await app.ok('plan.records', { targetId: t8.targetId });
    expect(t8Records.map((r) => [r.source, r.date, r.counted])).toEqual([
      ['violation', '2026-04-10', true],
      ['violation', '2026-04-10', false],
    ]);
    expect(t8Records.every((r) => r.label.startsWith('Nhà nghỉ Bình An: '))).toBe(true);
  });
});

describe('training and outreach indicators on the dashboard', () => {
  it('gives T12, T1 and T3 per commune and per month', async () => {
    const app = await office();
    const an = await app.ok('staff.create', staffFields({ fullName: 'Nguyễn Văn An' }));
    await app.ok('staff.create', staffFields({ fullName: 'Lê Thị Bình', unitCode: OTHER_COMMUNE }));
    const course = await app.ok('training.createCourse', courseFields());
    await app.ok('training.addParticipant', { courseId: course.id, person: { personId: an.id } });
    for (const session of course.sessions) await app.ok('training.setAttendance', { courseId: course.id, sessionId: session.id, personIds: [an.id] });
    await app.ok('businesses.create', businessFields({ workersTotal: 20, workersWomen: 5 }));
    await app.ok('outreach.create', {
      type: 'talk', date: '2026-05-20', communeCodes: [TEST_COMMUNE], organiser: '', workersReached: 10, businessIds: [], studentsReached: 0,
      schoolId: null, publicReached: 0, materials: '', headcountReason: 'Lao động của nhiều cơ sở', notes: '',
    });
    await adopt(app);

    const t12 = await figure(app, 'T12');
    expect([t12.numerator, t12.value]).toEqual([1, 50]);
    expect(t12.perCommune.map((c) => [c.communeCode, c.value])).toEqual([
      [TEST_COMMUNE, 100],
      [OTHER_COMMUNE, 0],
    ]);
    expect(t12.monthly.map((m) => m.value)).toEqual([0, 0, 50, 50, 50, 50]);

    const t1 = await figure(app, 'T1');
    expect(t1.perCommune.find((c) => c.communeCode === TEST_COMMUNE)?.value).toBe(100);
    expect(t1.perCommune.find((c) => c.communeCode === OTHER_COMMUNE)?.value).toBe(0);
    expect(t1.monthly[3]?.value).toBe(0);
    expect(t1.monthly[4]?.value).toBeGreaterThan(0);

    const t3 = await figure(app, 'T3');
    expect([t3.numerator, t3.value]).toEqual([10, 50]);
    expect(t3.perCommune).toEqual([expect.objectContaining({ communeCode: TEST_COMMUNE, numerator: 10, denominator: 20, value: 50 })]);
    expect(t3.monthly.map((m) => m.value)).toEqual([0, 0, 0, 0, 50, 50]);

    // The dashboard and the training page count the same people, communes and workers.
    const training = await app.ok('training.figures', { year: 2026, communeCode: null });
    const board = (await app.ok('plan.dashboard', { year: 2026 })).figures;
    for (const id of ['T12', 'T1', 'T3', 'T4'] as const) {
      expect(board.find((f) => f.code === id)?.numerator).toBe(training.find((f) => f.id === id)?.numerator);
    }
    expect([t12.liveDenominator, t1.liveDenominator]).toEqual(['T12', 'T1'].map((id) => training.find((f) => f.id === id)?.denominator));
    const t1Records = await app.ok('plan.records', { targetId: t1.targetId });
    expect(t1Records).toEqual([expect.objectContaining({ id: TEST_COMMUNE, source: 'commune', date: '2026-05-20', detail: '1', counted: true })]);
  });
});

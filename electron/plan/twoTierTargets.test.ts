import { describe, expect, it } from 'vitest';
import { businessFields, type TestApp } from '../testing/factories';
import { adminOffices } from './testing';
import { eventFields } from '../training/testing';
import { defaultTargets, T3_MEASURE } from './defaultTargets';

const office = adminOffices();

const figure = async (app: TestApp, code: string, year = 2026) => {
  const found = (await app.ok('plan.dashboard', { year })).figures.find((f) => f.code === code);
  if (!found) throw new Error(`no figure ${code}`);
  return found;
};

describe('default targets of the two-tier state', () => {
  it('words 2026 plans for communes and wards, and keeps the 2023 words for plans before the reform', async () => {
    const app = await office('2026-02-27T08:00:00.000Z');
    const of = async (year: number) => new Map((await app.ok('plan.startingTargets', { year, startFrom: 'defaults' })).map((t) => [t.code, t.text]));
    const now = await of(2026);
    for (const text of now.values()) {
      expect(text).not.toMatch(/thị trấn|huyện/);
    }
    expect(now.get('T1')).toContain('xã, phường');
    expect(now.get('T5')).toContain('100% xã, phường');
    expect(now.get('T12')).toContain('cấp tỉnh và cấp xã');
    expect(now.get('T4')).toContain('cơ sở giáo dục nghề nghiệp');
    expect(now.get('T6')).toContain('phát triển kinh tế - xã hội, các chương trình an sinh, trợ giúp xã hội');
    const before = await of(2025);
    expect(before.get('T1')).toContain('xã, phường, thị trấn');
    expect(before.get('T5')).toContain('huyện, thành phố');
    expect(before.get('T12')).toContain('cấp tỉnh, huyện, xã');
    // The adopted plan keeps the words of its year.
    const plan = await app.ok('plan.adopt', { year: 2026, documentRef: '07/KH-UBND', adoptedOn: '2026-01-07', startFrom: 'defaults' });
    expect(plan.targets.find((t) => t.code === 'T12')?.text).toBe(defaultTargets(2026).find((t) => t.code === 'T12')?.text);
    expect(plan.targets.find((t) => t.code === 'T3')?.measure).toBe(T3_MEASURE);
  });
});

describe('count targets', () => {
  it('measures a count target by its numerator (3.500 workers reached) on the dashboard, and refuses only percentages above 100', async () => {
    const app = await office('2026-06-30T08:00:00.000Z');
    const business = await app.ok('businesses.create', businessFields({ workersTotal: 4000, workersWomen: 2000 }));
    await app.ok('outreach.create', eventFields({ workersReached: 1200, businessIds: [business.id] }));
    const input = { year: 2026, documentRef: '07/KH-UBND', adoptedOn: '2026-01-07', startFrom: 'defaults' as const };
    const refused = await app.call('plan.adopt', { ...input, thresholds: { T3: 3500 } });
    expect(refused.ok ? null : refused.error.issues).toEqual([{ path: 'thresholds.T3', messageKey: 'plan.error.thresholdRange' }]);
    const plan = await app.ok('plan.adopt', { ...input, thresholds: { T3: 3500 }, thresholdKinds: { T3: 'count' } });
    expect(plan.targets.find((t) => t.code === 'T3')).toMatchObject({ thresholdKind: 'count', threshold: 3500 });
    const t3 = await figure(app, 'T3');
    expect(t3).toMatchObject({ thresholdKind: 'count', threshold: 3500, numerator: 1200, value: 1200, status: 'behind' });
    // Half the year gone: 1.200 projects to about 2.400, short of 3.500.
    expect(t3.projected).toBeGreaterThan(2300);
    expect(t3.projected).toBeLessThan(2500);

    // T12 becomes a count of 6.000 officials; the same number as a percentage is refused.
    const t12 = plan.targets.find((t) => t.code === 'T12');
    const asPercent = await app.call('plan.setThreshold', { targetId: t12?.id ?? '', threshold: 6000 });
    expect(asPercent.ok ? null : asPercent.error.issues).toEqual([{ path: 'threshold', messageKey: 'plan.error.thresholdRange' }]);
    await app.ok('plan.setThreshold', { targetId: t12?.id ?? '', threshold: 6000, thresholdKind: 'count' });
    expect(await figure(app, 'T12')).toMatchObject({ thresholdKind: 'count', threshold: 6000, value: 0 });

    // A declared target set as a count takes a declared count above 100.
    const t11 = plan.targets.find((t) => t.code === 'T11');
    expect((await app.call('plan.declare', { targetId: t11?.id ?? '', value: 150 })).ok).toBe(false);
    await app.ok('plan.setThreshold', { targetId: t11?.id ?? '', threshold: 120, thresholdKind: 'count' });
    await app.ok('plan.declare', { targetId: t11?.id ?? '', value: 150 });
    expect(await figure(app, 'T11')).toMatchObject({ value: 150, status: 'met' });
  });
});

describe('T3 counts a worker once', () => {
  it('does not count a business twice when two events reach it; events naming no business count as entered', async () => {
    const app = await office('2026-06-30T08:00:00.000Z');
    const karaoke = await app.ok('businesses.create', businessFields({ name: 'Karaoke Hoa Mai', type: 'karaoke', registrationNo: 'K1', workersTotal: 10, workersWomen: 5 }));
    const hotel = await app.ok('businesses.create', businessFields({ name: 'Khách sạn Mẫu Sơn', type: 'hotel', registrationNo: 'H1', workersTotal: 6, workersWomen: 3 }));
    await app.ok('plan.adopt', { year: 2026, documentRef: '', adoptedOn: '2026-01-07', startFrom: 'defaults' });
    await app.ok('outreach.create', eventFields({ date: '2026-03-02', workersReached: 10, businessIds: [karaoke.id] }));
    // The same karaoke again in May, with the hotel: only the hotel's 6 workers are new.
    await app.ok('outreach.create', eventFields({ date: '2026-05-04', workersReached: 16, businessIds: [karaoke.id, hotel.id] }));
    // A loudspeaker talk at the market names no business: its headcount counts as entered.
    await app.ok('outreach.create', eventFields({ date: '2026-05-20', type: 'loudspeaker', workersReached: 5 }));
    const t3 = await figure(app, 'T3');
    expect(t3.numerator).toBe(21);
    expect(t3.denominator).toBe(16);
    expect(t3.monthly.map((m) => m.value)).toEqual([0, 0, 62.5, 62.5, 131.3, 131.3]);
    // The training page gives the same figure, and its records say which event counted what.
    const page = await app.ok('training.figures', { year: 2026, communeCode: null });
    expect(page.find((f) => f.id === 'T3')?.numerator).toBe(21);
    const records = await app.ok('training.figureRecords', { year: 2026, communeCode: null, figure: 'T3' });
    expect(records.map((r) => r.count)).toEqual([10, 6, 5]);
  });
});

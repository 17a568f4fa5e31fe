import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { cliTestFolder } from '../testing/cliTestFolder';
import { TestApp } from '../testing/factories';
import { eventFields } from '../training/testing';
import { parsePeriod, periodChoices, quarterOf } from './period';
import { adminOffices } from './testing';

describe('reporting periods', () => {
  it('runs calendar periods on the calendar and cut-off periods from the 15th of the month before to the 14th', () => {
    const span = (code: string, convention: 'calendar' | 'cutoff') => {
      const p = parsePeriod(code, convention);
      return [p.from, p.to];
    };
    expect(span('2026-07', 'calendar')).toEqual(['2026-07-01', '2026-07-31']);
    expect(span('2026-07', 'cutoff')).toEqual(['2026-06-15', '2026-07-14']);
    expect(span('2026-01', 'cutoff')).toEqual(['2025-12-15', '2026-01-14']);
    expect(span('2026-Q1', 'cutoff')).toEqual(['2025-12-15', '2026-03-14']);
    expect(span('2026-Q3', 'cutoff')).toEqual(['2026-06-15', '2026-09-14']);
    expect(span('2026-H2', 'cutoff')).toEqual(['2026-06-15', '2026-12-14']);
    expect(span('2026', 'cutoff')).toEqual(['2025-12-15', '2026-12-14']);
    expect(span('2026', 'calendar')).toEqual(['2026-01-01', '2026-12-31']);
    expect(() => parsePeriod('2026-Q5', 'cutoff')).toThrow();
  });
});

const office = adminOffices();

describe('a plan on the cut-off convention', () => {
  it('makes its reports over the cut-off span; a plan on the calendar over the month', async () => {
    const app = await office('2026-08-01T03:00:00.000Z');
    const plan = await app.ok('plan.adopt', { year: 2026, documentRef: '07/KH-UBND', adoptedOn: '2026-01-07', startFrom: 'defaults', periodConvention: 'cutoff' });
    expect(plan.periodConvention).toBe('cutoff');
    // 20 June falls in July's cut-off period (15/06-14/07), not in the calendar July.
    await app.ok('outreach.create', eventFields({ date: '2026-06-20', workersReached: 7 }));
    await app.ok('outreach.create', eventFields({ date: '2026-07-20', workersReached: 3 }));
    const outreachRows = async () => {
      const made = await app.ok('reports.make', { period: '2026-07', format: 'pdf', narrative: { results: '', difficulties: '', proposals: '' } });
      const table = made.document.tables.find((t) => t.id === 'outreach');
      return { from: made.document.from, to: made.document.to, total: table?.rows.at(-1) };
    };
    const cutoff = await outreachRows();
    expect([cutoff.from, cutoff.to]).toEqual(['2026-06-15', '2026-07-14']);
    expect(cutoff.total).toContain(7);
    await app.ok('plan.setPeriodConvention', { planId: plan.id, periodConvention: 'calendar' });
    const calendar = await outreachRows();
    expect([calendar.from, calendar.to]).toEqual(['2026-07-01', '2026-07-31']);
    expect(calendar.total).toContain(3);
  });
});

describe('report --period on the cut-off convention', () => {
  const folder = cliTestFolder('dd-cli-period-');
  it('says the span it reported on', async () => {
    expect(await runCli(['init', '--level', 'commune', '--unit', '05977', '--office', 'UBND phường Đông Kinh', '--admin', 'quantri', '--data-dir', folder.dir])).toBe(0);
    const app = TestApp.openAt(folder.dir);
    const { adoptPlan } = await import('./adopt');
    adoptPlan(app.running.app, null, { year: 2026, documentRef: '', adoptedOn: '2026-01-07', startFrom: 'defaults', periodConvention: 'cutoff' });
    app.close();
    folder.out.length = 0;
    const file = `${folder.dir}/bao-cao-nam.xlsx`;
    expect(await runCli(['report', '--period', '2026', '--out', file, '--json', '--data-dir', folder.dir])).toBe(0);
    expect(JSON.parse(folder.out.join('\n'))).toMatchObject({ ok: true, period: '2026', from: '2025-12-15', to: '2026-12-14' });
  });
});

describe('the report period picker', () => {
  it('offers the quarter of today on the office calendar, on either convention', () => {
    expect(quarterOf('2026-12-02', 'calendar')).toMatchObject({ code: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-12-02', 'cutoff')).toMatchObject({ code: '2026-Q4', from: '2026-09-15', to: '2026-12-14' });
    expect(quarterOf('2026-12-15', 'cutoff')).toMatchObject({ code: '2027-Q1', from: '2026-12-15', to: '2027-03-14' });
    expect(quarterOf('2026-03-14', 'cutoff').code).toBe('2026-Q1');
    expect(quarterOf('2026-03-15', 'cutoff').code).toBe('2026-Q2');
    expect(quarterOf('2026-04-01', 'calendar').code).toBe('2026-Q2');
  });

  it('lists the year’s quarters, halves, year and months, with today’s quarter first offered', () => {
    const choices = periodChoices(2026, 'calendar', '2026-08-10');
    expect(choices.current).toBe('2026-Q3');
    expect(choices.periods.map((p) => p.code)).toEqual([
      '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-H1', '2026-H2', '2026',
      ...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(periodChoices(2025, 'calendar', '2026-08-10').current).toBe('2025-Q4');
    expect(periodChoices(2027, 'calendar', '2026-08-10').current).toBe('2027-Q1');
    const december = periodChoices(2026, 'cutoff', '2026-12-20');
    expect(december.current).toBe('2027-Q1');
    expect(december.periods[0]).toMatchObject({ code: '2027-Q1', from: '2026-12-15', to: '2027-03-14' });
    expect(december.periods.find((p) => p.code === '2026-Q4')).toMatchObject({ from: '2026-09-15', to: '2026-12-14' });
  });

  it('is answered by reports.periods with the plan’s convention and the office’s date (UTC+7)', async () => {
    // 17:30 UTC on 31 March is 1 April in Việt Nam: the second quarter.
    const app = await office('2026-03-31T17:30:00.000Z');
    expect((await app.ok('reports.periods', { year: 2026 })).current).toBe('2026-Q2');
    await app.ok('plan.adopt', { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const plan = await app.ok('plan.dashboard', { year: 2026 });
    await app.ok('plan.setPeriodConvention', { planId: plan.plan?.id ?? '', periodConvention: 'cutoff' });
    const cutoff = await app.ok('reports.periods', { year: 2026 });
    expect(cutoff.current).toBe('2026-Q2');
    expect(cutoff.periods.find((p) => p.code === '2026-Q2')).toMatchObject({ from: '2026-03-15', to: '2026-06-14' });
  });
});

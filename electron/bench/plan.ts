// Targets dashboard figures over a unit with 20,000 businesses and ten years of cases (T7).
import { performance } from 'node:perf_hooks';
import { insertBusiness } from '../../db/business';
import { CASE_KINDS, insertCase } from '../../db/cases';
import { businessFields } from '../../db/testing';
import { INDICATORS } from '../plan/indicators';
import { TestApp } from '../testing/factories';

const BUSINESSES = 20_000;
/** About 300 denunciations, reports and complaints a year for ten years: more than a district receives. */
const CASES_PER_YEAR = 300;
const YEARS = 10;

function print(label: string, value: string, target: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}   (target ${target})`);
}

const isoDay = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

export async function benchPlan(): Promise<void> {
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    app.running.app.now = () => '2026-09-30T08:00:00.000Z';
    const db = app.running.app.db;
    const communes = (await app.ok('units.communes', {})).map((c) => c.code);
    const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: '2026-01-01T00:00:00.000Z' };
    db.transaction(() => {
      for (let i = 0; i < BUSINESSES; i += 1) {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        insertBusiness(db, id, owner, businessFields({ name: `Cơ sở ${i}`, registrationNo: `R${i}`, communeCode: communes[i % communes.length] ?? '', workersTotal: (i % 12) + 1, workersWomen: 0 }), stamp);
      }
      for (let year = 2017; year < 2017 + YEARS; year += 1) {
        for (let n = 0; n < CASES_PER_YEAR; n += 1) {
          const day = Math.floor((n * 365) / CASES_PER_YEAR);
          const receivedOn = isoDay(year, day);
          const deadlineOn = isoDay(year, day + 20);
          // Most resolved in time, some late, some still open.
          const resolvedOn = n % 10 === 0 ? null : isoDay(year, day + (n % 7 === 0 ? 25 : 12));
          insertCase(db, `10000000-0000-4000-8000-${String(year * 1000 + n).padStart(12, '0')}`, owner.unitCode, {
            kind: CASE_KINDS[n % 3] ?? 'report', receivedOn, channel: 'phone', anonymous: true, reporterName: '', reporterContact: '',
            businessId: n % 2 === 0 ? `00000000-0000-4000-8000-${String((n * 37) % BUSINESSES).padStart(12, '0')}` : null,
            place: '', communeCode: n % 2 === 0 ? null : (communes[n % communes.length] ?? null), content: `Vụ việc ${year}-${n}`,
            classification: '', handler: '', deadlineOn, verifiedOn: null, classifiedOn: null, transferredOn: null, transferredTo: '',
            resolvedOn: resolvedOn !== null && resolvedOn > '2026-09-30' ? null : resolvedOn, outcome: '',
          }, stamp);
        }
      }
    })();
    await app.ok('plan.adopt', { year: 2026, documentRef: 'bench', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const times: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const start = performance.now();
      await app.ok('plan.dashboard', { year: 2026 });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const board = await app.ok('plan.dashboard', { year: 2026 });
    const t7 = board.figures.find((f) => f.code === 'T7');
    const recordsStart = performance.now();
    await app.ok('plan.records', { targetId: t7?.targetId ?? '' });
    const records = performance.now() - recordsStart;
    console.log(`\nPlan dashboard: ${BUSINESSES.toLocaleString('en')} businesses, ${(CASES_PER_YEAR * YEARS).toLocaleString('en')} cases; indicators present: ${INDICATORS.map((i) => i.id).join(', ')}`);
    print('dashboard, all 12 figures (handler), median of 20', `${times[10]?.toFixed(1)} ms`, '< 200 ms');
    print('dashboard, all 12 figures (handler), slowest of 20', `${times[19]?.toFixed(1)} ms`, '< 200 ms');
    print(`T7 records behind the figure (${t7?.denominator ?? 0} cases)`, `${records.toFixed(1)} ms`, 'info');
  } finally {
    app.close();
  }
}

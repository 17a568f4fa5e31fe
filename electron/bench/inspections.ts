// Inspections' figures for `npm run bench`: open by code + save one answer, coverage over 20,000
// businesses and 10 years of inspections, and a plan of 100 businesses printed to one PDF.
import { performance } from 'node:perf_hooks';
import { insertBusiness } from '../../db/business';
import { currentTemplateFor, seedDefaultTemplates } from '../../db/checklistTemplates';
import { BUSINESS_TYPES } from '../../db/businessTypes';
import { insertPlan } from '../../db/inspectionPlans';
import { businessFields } from '../../db/testing';
import { planInput } from '../inspections/testing';
import { sheetsToPdf } from '../inspections/pdf';
import { findChromium } from '../print/pdf';
import { TestApp } from '../testing/factories';

const BUSINESSES = 20_000;
const YEARS = 10;
/** About the programme's target: 30% of businesses inspected each year. */
const PER_YEAR = 6_000;

async function elapsed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

function report(label: string, value: string, target: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}   (target ${target})`);
}

const uuid = (kind: number, i: number) => `00000000-0000-4${String(kind).padStart(3, '0')}-8000-${String(i).padStart(12, '0')}`;

export async function benchInspections(): Promise<void> {
  console.log('\nInspections');
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    const db = app.running.app.db;
    const communes = (await app.ok('units.communes', {})).map((c) => c.code);
    const stamp = { userId: null, now: new Date().toISOString() };
    const thisYear = new Date().getFullYear();
    seedDefaultTemplates(db, '20', stamp);
    const templates = new Map(BUSINESS_TYPES.map((type) => [type, currentTemplateFor(db, type)?.id ?? '']));
    const seed = await elapsed(() =>
      db.transaction(() => {
        const office = { unitCode: '20', unitListVersion: 'VN-2025' };
        for (let i = 0; i < BUSINESSES; i += 1) {
          const type = BUSINESS_TYPES[i % BUSINESS_TYPES.length] ?? 'other';
          insertBusiness(db, uuid(1, i), office, businessFields({ name: `Cơ sở ${i}`, type, registrationNo: '', communeCode: communes[i % communes.length] ?? '' }), stamp);
        }
        // Codes are numbered here directly: the seed writes 60,000 rows, not a clerk's plan.
        const add = db.prepare(
          `INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, inspected_on, created_at, updated_at)
           VALUES (?, '20', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        );
        for (let y = 0; y < YEARS; y += 1) {
          const year = thisYear - y;
          const planId = uuid(2, y);
          insertPlan(db, planId, '20', planInput({ periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, decisionDate: `${year}-01-01` }), stamp);
          for (let k = 0; k < PER_YEAR; k += 1) {
            const b = (k * 3 + y * 7) % BUSINESSES;
            const type = BUSINESS_TYPES[b % BUSINESS_TYPES.length] ?? 'other';
            const final = y > 0 || k % 2 === 0;
            const code = `K-${String(year % 100).padStart(2, '0')}-${String(k + 1).padStart(4, '0')}`;
            add.run(uuid(3, y * PER_YEAR + k), code, planId, uuid(1, b), templates.get(type), final ? 'final' : 'planned', year, final ? `${year}-06-01` : null, stamp.now, stamp.now);
          }
        }
      })(),
    );
    report(`seed ${BUSINESSES.toLocaleString('en')} businesses, ${(YEARS * PER_YEAR).toLocaleString('en')} inspections`, `${(seed / 1000).toFixed(1)} s`, 'info');

    const openSave: number[] = [];
    for (let k = 1; k < 400; k += 2) {
      const code = `K-${String(thisYear % 100).padStart(2, '0')}-${String(k + 1).padStart(4, '0')}`;
      openSave.push(
        await elapsed(async () => {
          const opened = await app.ok('inspections.open', { code });
          const first = opened.template.sections[0]?.items[0];
          await app.ok('inspections.saveAnswer', { inspectionId: opened.id, itemKey: first?.key ?? '', value: 'yes' });
        }),
      );
    }
    report(`open by code + save one answer (handler), median of ${openSave.length}`, `${middle(openSave).toFixed(2)} ms`, '< 50 ms');

    const coverage: number[] = [];
    for (let i = 0; i < 20; i += 1) coverage.push(await elapsed(() => app.ok('inspections.coverage', { year: thisYear - (i % YEARS) })));
    report('coverage for the year, unit + communes (handler), median', `${middle(coverage).toFixed(2)} ms`, '< 50 ms');
    const figures: number[] = [];
    for (let i = 0; i < 20; i += 1) figures.push(await elapsed(() => app.ok('inspections.figures', { year: thisYear })));
    report('figures T9 / T8 / overdue (handler), median', `${middle(figures).toFixed(2)} ms`, 'info');

    const chromium = findChromium();
    if (!chromium) {
      console.log('print 100 businesses to one PDF: skipped (no Chromium; set CHROMIUM_PATH)');
      return;
    }
    const { plan } = await app.ok('inspections.savePlan', { fields: planInput() });
    await app.ok('inspections.setPlanBusinesses', { planId: plan.id, add: Array.from({ length: 100 }, (_, i) => uuid(1, BUSINESSES - 1 - i)) });
    let pages = 0;
    let bytes = 0;
    const print = await elapsed(async () => {
      const sheets = await app.ok('inspections.printSheets', { planId: plan.id });
      const pdf = await sheetsToPdf(sheets, chromium);
      pages = pdf.pages;
      bytes = pdf.pdf.length;
    });
    report(`print a plan of 100 businesses to one PDF (${pages} pages, ${(bytes / 1e6).toFixed(1)} MB)`, `${(print / 1000).toFixed(1)} s`, '< 20 s');
  } finally {
    app.close();
  }
}

// Targets dashboard and periodic report at the size of a busy unit: 20,000 businesses, ten years of
// inspections, 50,000 staff, 100,000 outreach records, ten years of cases. Every figure's time, the annual
// report as PDF and .xlsx, and the first screen painted in Chromium over the loopback host. Prints, never asserts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { insertBusiness } from '../../db/business';
import { BUSINESS_TYPES } from '../../db/businessTypes';
import { CASE_KINDS, insertCase } from '../../db/cases';
import { currentTemplateFor, seedDefaultTemplates } from '../../db/checklistTemplates';
import { insertPlan as insertInspectionPlan } from '../../db/inspectionPlans';
import type { Db } from '../../db/open';
import { getPlan } from '../../db/plan';
import { insertStaff } from '../../db/staff';
import { STAFF_GROUPS } from '../../db/staffTypes';
import { syncedTables } from '../../db/changeLog';
import type { OfficeFilter } from '../../db/packageRecords';
import { businessFields } from '../../db/testing';
import { RENDERER_DIR, startHost } from '../../e2e/host';
import { planInput } from '../inspections/testing';
import { planFigures, type TargetFigure } from '../plan/figures';
import type { FigureScope } from '../plan/scope';
import { findIndicator, INDICATORS } from '../plan/indicators';
import { reportToPdf } from '../plan/reportPdf';
import { findChromium } from '../print/pdf';
import { TestApp } from '../testing/factories';

const BUSINESSES = 20_000;
const YEARS = 10;
const INSPECTIONS_PER_YEAR = 6_000;
const VIOLATIONS_PER_YEAR = 1_500;
const STAFF = 50_000;
const COURSES = 500;
const PER_COURSE = 40;
const OUTREACH = 100_000;
const CASES_PER_YEAR = 300;
const NOW = '2026-09-30T08:00:00.000Z';
const OUTREACH_TYPES = ['conference', 'talk', 'loudspeaker', 'poster', 'leaflet', 'press', 'social_media', 'business_visit'] as const;
const HANDLINGS = ['reminder', 'warning', 'fine', 'suspension', 'referral', null] as const;

function print(label: string, value: string, target: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(12)}   (target ${target})`);
}

const uuid = (kind: number, i: number) => `00000000-0000-4${String(kind).padStart(3, '0')}-8000-${String(i).padStart(12, '0')}`;
const isoDay = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * The figures at a province narrowed by the consolidated filter (issue 6). Every row is marked as sent by
 * one installation: the worst case, where the filter keeps every row and reads row_origin for each.
 */
type Plan = NonNullable<ReturnType<typeof getPlan>>;

async function filteredFigures(db: Db, plan: Plan, scope: FigureScope): Promise<void> {
  const sender = uuid(900, 1);
  db.transaction(() => {
    for (const table of syncedTables(db)) {
      db.prepare(`INSERT OR IGNORE INTO row_origin (table_name, row_id, installation_id, change_seq) SELECT ?, id, ?, 1 FROM ${table}`).run(table, sender);
    }
  })();
  const filters: [string, OfficeFilter][] = [
    ['one sending installation', { originInstallationId: sender, unitCode: null }],
    ['one unit', { originInstallationId: null, unitCode: '20' }],
  ];
  for (const [label, office] of filters) {
    for (const target of plan.targets.filter((t) => t.kind === 'computed')) {
      const { time, shown } = await timeFigure(db, { ...plan, targets: [target] }, { ...scope, office }, (f) => f.liveDenominator);
      print(`${target.code} filtered by ${label} (${shown}), median of 5`, `${time.toFixed(1)} ms`, '< 200 ms');
    }
  }
}

/** One figure computed five times: the median time and "numerator/denominator" as shown. */
async function timeFigure(db: Db, plan: Plan, scope: FigureScope, denominator: (f: TargetFigure) => number | null): Promise<{ time: number; shown: string }> {
  const times: number[] = [];
  let shown = '';
  for (let i = 0; i < 5; i += 1) {
    times.push(
      await timed(() => {
        const [f] = planFigures(db, plan, scope);
        shown = `${f?.numerator ?? '-'}/${(f && denominator(f)) ?? '-'}`;
      }),
    );
  }
  return { time: median(times), shown };
}

/** The registers of a busy unit, written straight to the tables (a seed, not a clerk's work). */
function seed(db: Db, communes: string[]): void {
  const owner = { unitCode: '20', unitListVersion: 'VN-2025' };
  const stamp = { userId: null, now: '2026-01-01T00:00:00.000Z' };
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
  seedDefaultTemplates(db, '20', stamp);
  const templates = new Map(BUSINESS_TYPES.map((type) => [type, currentTemplateFor(db, type)?.id ?? '']));
  db.transaction(() => {
    for (let i = 0; i < BUSINESSES; i += 1) {
      insertBusiness(db, uuid(1, i), owner, businessFields({ name: `Cơ sở ${i}`, type: pick(BUSINESS_TYPES, i), registrationNo: '', communeCode: pick(communes, i), workersTotal: (i % 12) + 1, workersWomen: 0 }), stamp);
    }
    const inspection = db.prepare(
      `INSERT INTO inspection (id, unit_code, code, plan_id, business_id, template_id, status, year, inspected_on, created_at, updated_at)
       VALUES (?, '20', ?, ?, ?, ?, 'final', ?, ?, ?, ?)`,
    );
    const violation = db.prepare(
      `INSERT INTO violation (id, unit_code, inspection_id, item_key, description, severity, found_on, handling, fine_amount, decision_no, handled_on, created_at, updated_at)
       VALUES (?, '20', ?, 'posted_rules', 'Không niêm yết nội quy', 'minor', ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let y = 0; y < YEARS; y += 1) {
      const year = 2026 - y;
      const planId = uuid(2, y);
      insertInspectionPlan(db, planId, '20', planInput({ periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, decisionDate: `${year}-01-01` }), stamp);
      // The current year is inspected up to September.
      const count = y === 0 ? (INSPECTIONS_PER_YEAR * 3) / 4 : INSPECTIONS_PER_YEAR;
      for (let k = 0; k < count; k += 1) {
        const b = (k * 3 + y * 7) % BUSINESSES;
        const inspectedOn = isoDay(year, Math.floor((k * (y === 0 ? 270 : 360)) / count));
        const id = uuid(3, y * INSPECTIONS_PER_YEAR + k);
        inspection.run(id, `K-${String(year % 100).padStart(2, '0')}-${String(k + 1).padStart(4, '0')}`, planId, uuid(1, b), templates.get(pick(BUSINESS_TYPES, b)), year, inspectedOn, stamp.now, stamp.now);
        if (k % Math.floor(count / VIOLATIONS_PER_YEAR) === 0) {
          const handling = pick(HANDLINGS, k);
          violation.run(uuid(4, y * INSPECTIONS_PER_YEAR + k), id, inspectedOn, handling, handling === 'fine' ? 1_500_000 : null, handling === 'fine' ? `${k}/QĐ-XPVPHC` : '', handling ? inspectedOn : null, stamp.now, stamp.now);
        }
      }
    }
    for (let i = 0; i < STAFF; i += 1) {
      insertStaff(db, uuid(5, i), owner, {
        fullName: `Cán bộ ${i}`, gender: i % 2 ? 'male' : 'female', birthYear: 1960 + (i % 40), position: '', agency: '', level: 'commune',
        unitCode: pick(communes, i), group: pick(STAFF_GROUPS, i), phone: '', status: i % 20 === 0 ? 'left' : 'active',
      }, stamp);
    }
    const course = db.prepare(
      `INSERT INTO training_course (id, unit_code, unit_list_version, title, start_date, end_date, completion_percent, created_at, updated_at)
       VALUES (?, '20', 'VN-2025', ?, ?, ?, 80, ?, ?)`,
    );
    const participant = db.prepare(
      `INSERT INTO training_participant (id, unit_code, course_id, person_id, completed, created_at, updated_at) VALUES (?, '20', ?, ?, ?, ?, ?)`,
    );
    for (let c = 0; c < COURSES; c += 1) {
      const year = 2026 - (c % 3);
      const day = isoDay(year, (c * 7) % 360);
      course.run(uuid(6, c), `Lớp ${c}`, day, day, stamp.now, stamp.now);
      for (let k = 0; k < PER_COURSE; k += 1) participant.run(uuid(7, c * PER_COURSE + k), uuid(6, c), uuid(5, (c * 97 + k * 1237) % STAFF), k % 5 === 0 ? 0 : 1, stamp.now, stamp.now);
    }
    const school = db.prepare(`INSERT INTO school (id, unit_code, unit_list_version, name, kind, commune_code, enrolment, created_at, updated_at) VALUES (?, '20', 'VN-2025', ?, 'high_school', ?, ?, ?, ?)`);
    communes.forEach((code, i) => school.run(uuid(8, i), `THPT ${i}`, code, 600 + (i % 5) * 100, stamp.now, stamp.now));
    const event = db.prepare(
      `INSERT INTO outreach_event (id, unit_code, unit_list_version, type, event_date, workers_reached, students_reached, school_id, public_reached, created_at, updated_at)
       VALUES (?, '20', 'VN-2025', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const eventCommune = db.prepare(`INSERT INTO outreach_event_commune (id, unit_code, event_id, commune_code) VALUES (?, '20', ?, ?)`);
    for (let e = 0; e < OUTREACH; e += 1) {
      const year = 2026 - (e % YEARS);
      const communeIndex = e % communes.length;
      const students = e % 9 === 0 ? 40 : 0;
      event.run(uuid(9, e), pick(OUTREACH_TYPES, e), isoDay(year, (e * 13) % (year === 2026 ? 270 : 360)), e % 3 === 0 ? 5 : 0, students, students ? uuid(8, communeIndex) : null, 30, stamp.now, stamp.now);
      eventCommune.run(uuid(10, e), uuid(9, e), communes[communeIndex] ?? '');
    }
    for (let year = 2017; year < 2017 + YEARS; year += 1) {
      for (let n = 0; n < CASES_PER_YEAR; n += 1) {
        const day = Math.floor((n * 365) / CASES_PER_YEAR);
        const resolvedOn = n % 10 === 0 ? null : isoDay(year, day + (n % 7 === 0 ? 25 : 12));
        insertCase(db, uuid(11, year * 1000 + n), owner.unitCode, {
          kind: pick(CASE_KINDS, n), receivedOn: isoDay(year, day), acceptedOn: null, complex: false, channel: 'phone', anonymous: true, reporterName: '', reporterContact: '',
          businessId: n % 2 === 0 ? uuid(1, (n * 37) % BUSINESSES) : null, place: '', communeCode: n % 2 === 0 ? null : pick(communes, n),
          content: `Vụ việc ${year}-${n}`, classification: '', handler: '', deadlineOn: isoDay(year, day + 20), verifiedOn: null, classifiedOn: null,
          transferredOn: null, transferredTo: '', resolvedOn: resolvedOn !== null && resolvedOn > NOW.slice(0, 10) ? null : resolvedOn, outcome: '',
        }, stamp);
      }
    }
  })();
}

/** The home screen painted in Chromium: the loopback host on the same data, signed in through the screen. */
async function firstScreen(dataDir: string): Promise<void> {
  const chromium = findChromium();
  if (!chromium || !fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    print('first screen painted in Chromium', 'skipped', chromium ? 'run `npm run build` first' : 'no Chromium (CHROMIUM_PATH)');
    return;
  }
  const host = await startHost({ dataDir });
  host.running.app.now = () => NOW;
  const { chromium: driver } = await import('playwright-core');
  const browser = await driver.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const signInStart = performance.now();
    await page.goto(host.appUrl);
    await page.getByLabel('Tên đăng nhập').waitFor();
    const signInScreen = performance.now() - signInStart;
    await page.getByLabel('Tên đăng nhập').fill('Quản trị');
    await page.getByLabel('Mật khẩu').fill('mat-khau-123');
    const start = performance.now();
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.locator('.dd-target').nth(11).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const dashboard = performance.now() - start;
    print('app opened to the sign-in screen painted (Chromium)', `${signInScreen.toFixed(0)} ms`, 'info');
    print('sign-in (password check) to the dashboard painted (Chromium)', `${dashboard.toFixed(0)} ms`, 'info');
    // The first screen as a signed-in user sees it: the app opened again, the dashboard's 12 targets painted.
    const opened: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const start2 = performance.now();
      await page.reload();
      await page.locator('.dd-target').nth(11).waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      opened.push(performance.now() - start2);
    }
    print('first screen: app opened to the dashboard painted, median of 3', `${median(opened).toFixed(0)} ms`, '< 1 s');
  } finally {
    await browser.close();
    await host.close();
  }
}

export async function benchPlan(): Promise<void> {
  console.log(`\nPlan dashboard and periodic report (load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs)`);
  const app = await TestApp.withOffice({ validateOutput: false });
  try {
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    app.running.app.now = () => NOW;
    const db = app.running.app.db;
    const communes = (await app.ok('units.communes', {})).map((c) => c.code);
    const seeding = await timed(() => seed(db, communes));
    print(
      `seed ${BUSINESSES / 1000}k businesses, ${YEARS} y inspections, ${STAFF / 1000}k staff, ${OUTREACH / 1000}k outreach`,
      `${(seeding / 1000).toFixed(1)} s`,
      'info',
    );
    await app.ok('plan.adopt', { year: 2026, documentRef: 'bench', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    const plan = getPlan(db, '20', 2026);
    if (!plan) throw new Error('no plan');
    const scope = { year: 2026, unitCode: '20', communeCodes: communes, now: NOW };

    // Each figure alone (value, frozen and live denominators, per commune, monthly), then its records.
    for (const target of plan.targets.filter((t) => t.kind === 'computed')) {
      const { time, shown } = await timeFigure(db, { ...plan, targets: [target] }, scope, (f) => f.denominator);
      const indicator = findIndicator(target.indicatorId);
      let count = 0;
      const records = await timed(() => (count = indicator?.compute(db, scope).records().length ?? 0));
      print(`${target.code} ${target.indicatorId} (${shown}), median of 5`, `${time.toFixed(1)} ms`, '< 200 ms');
      print(`  ${target.code} records behind the figure (${count})`, `${records.toFixed(1)} ms`, 'info');
    }
    const board: number[] = [];
    for (let i = 0; i < 5; i += 1) board.push(await timed(() => app.ok('plan.dashboard', { year: 2026 })));
    print('dashboard, all 12 figures (handler), median of 5', `${median(board).toFixed(1)} ms`, 'info');
    console.log(`  indicators: ${INDICATORS.map((i) => i.id).join(', ')}`);
    await filteredFigures(db, plan, scope);

    const chromium = findChromium();
    let pages = 0;
    const xlsx = await timed(() => app.ok('reports.make', { period: '2026', format: 'xlsx' }));
    const pdf = chromium
      ? await timed(async () => {
          const made = await app.ok('reports.make', { period: '2026', format: 'pdf', narrative: { results: 'Kết quả năm.', difficulties: '', proposals: '' } });
          pages = (await reportToPdf(made.document, chromium)).pages;
        })
      : NaN;
    print('annual report .xlsx (handler)', `${(xlsx / 1000).toFixed(2)} s`, 'info');
    print(`annual report PDF (handler + headless Chromium, ${pages} pages)`, chromium ? `${(pdf / 1000).toFixed(2)} s` : 'skipped', 'info');
    print('annual report PDF + .xlsx', chromium ? `${((pdf + xlsx) / 1000).toFixed(2)} s` : 'skipped', '< 10 s');

    await firstScreen(app.dataDir);
  } finally {
    app.close();
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_COMMUNE, businessFields, type TestApp } from '../testing/factories';
import { answerAll, planInput } from '../inspections/testing';
import { courseFields, eventFields, staffFields } from '../training/testing';
import { addBusiness, emptyPayload, exportFrom, openLink, sealAs, writeBytes, type Link } from './linkTesting';
import { encodeOfficePayload } from './officePayload';
import { parsePeriod } from '../plan/period';
import { reportNow } from '../plan/report';

/*
 * The consolidated view at the province (issue 6, "Done when"): two offices of different communes
 * export every register, the province imports both, and each register filtered by office (or by
 * unit) equals that office's own list.
 */

const OTHER_COMMUNE = '06001';
type Filter = { originInstallationId?: string | null; unitCode?: string | null };
const year = new Date().getFullYear();
const today = new Date().toISOString().slice(0, 10);

async function fillOffice(office: TestApp, commune: string, tag: string) {
  const karaoke = await office.ok('businesses.create', businessFields({ name: `Karaoke ${tag}`, type: 'karaoke', communeCode: commune, registrationNo: '', workersTotal: 8, workersWomen: 5 }));
  const inn = await office.ok('businesses.create', businessFields({ name: `Nhà nghỉ ${tag}`, communeCode: commune, registrationNo: '' }));
  const { plan } = await office.ok('inspections.savePlan', { fields: planInput() });
  const { inspections } = await office.ok('inspections.setPlanBusinesses', { planId: plan.id, add: [karaoke.id, inn.id] });
  const first = inspections[0];
  if (!first) throw new Error('no inspection');
  const opened = await answerAll(office, first.code, ['hours']);
  await office.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: today });

  const an = await office.ok('staff.create', staffFields({ fullName: `Nguyễn Văn An ${tag}`, unitCode: commune }));
  const binh = await office.ok('staff.create', staffFields({ fullName: `Lê Thị Bình ${tag}`, gender: 'female', unitCode: commune }));
  const course = await office.ok('training.createCourse', courseFields({ title: `Tập huấn ${tag}` }));
  for (const personId of [an.id, binh.id]) await office.ok('training.addParticipant', { courseId: course.id, person: { personId } });
  for (const session of course.sessions) await office.ok('training.setAttendance', { courseId: course.id, sessionId: session.id, personIds: [an.id, binh.id] });

  await office.ok('outreach.create', eventFields({ type: 'business_visit', communeCodes: [commune], organiser: `Đội kiểm tra ${tag}`, workersReached: 4, businessIds: [karaoke.id] }));
  await office.ok('cases.create', { kind: 'denunciation', receivedOn: today, channel: 'phone', anonymous: true, content: `Tin báo ${tag}`, businessId: inn.id });
}

/** Every register of the earlier issues, as a clerk would list it, with the consolidated filter. */
async function registers(app: TestApp, filter: { originInstallationId?: string | null; unitCode?: string | null } = {}) {
  return {
    businesses: (await app.ok('businesses.list', { limit: 500, ...filter })).rows,
    inspections: await app.ok('inspections.list', { year, ...filter }),
    staff: (await app.ok('staff.list', { limit: 500, ...filter })).rows,
    courses: await app.ok('training.courses', { year: null, ...filter }),
    outreach: await app.ok('outreach.list', { year: null, ...filter }),
    cases: (await app.ok('cases.list', { filter: 'all', ...filter })).rows,
  };
}

describe('consolidated view at the province', () => {
  let link: Link;
  beforeAll(async () => {
    link = await openLink(2, [TEST_COMMUNE, OTHER_COMMUNE]);
  }, 60_000);
  afterAll(() => link.close());

  it('each register filtered by office, or by unit, equals that office’s own list', async () => {
    const [a, b] = link.offices as [TestApp, TestApp];
    await fillOffice(a, TEST_COMMUNE, 'Đông Kinh');
    await fillOffice(b, OTHER_COMMUNE, 'Hoàng Văn Thụ');
    for (const office of [a, b]) await link.province.ok('packages.import', { file: await exportFrom(office, link.dir), dryRun: false });

    const all = await registers(link.province);
    for (const [office, unitCode] of [
      [a, TEST_COMMUNE],
      [b, OTHER_COMMUNE],
    ] as const) {
      const own = await registers(office);
      // Non-empty, so equality below says something: both offices have a row in every register.
      for (const rows of Object.values(own)) expect(rows.length).toBeGreaterThan(0);
      const installationId = office.running.app.office()?.installationId ?? '';
      expect(await registers(link.province, { originInstallationId: installationId })).toEqual(own);
      expect(await registers(link.province, { unitCode })).toEqual(own);
    }
    const ownA = await registers(a);
    const ownB = await registers(b);
    for (const key of Object.keys(all) as (keyof typeof all)[]) expect(all[key].length).toBe(ownA[key].length + ownB[key].length);
    // Both offices numbered their first inspection K-yy-0001: codes are unique per unit, not per province.
    expect(all.inspections.map((i) => i.code).filter((c) => c.endsWith('-0001'))).toHaveLength(2);
  }, 60_000);

  it('figures at the province: by commune they equal the office’s, in all they add up the offices', async () => {
    const [a, b] = link.offices as [TestApp, TestApp];
    const training = async (app: TestApp, communeCode: string | null) =>
      Object.fromEntries((await app.ok('training.figures', { year: 2026, communeCode })).map((f) => [f.id, [f.numerator, f.denominator]]));
    expect(await training(link.province, TEST_COMMUNE)).toEqual(await training(a, null));
    expect(await training(link.province, OTHER_COMMUNE)).toEqual(await training(b, null));

    const inspections = async (app: TestApp) => {
      const { inspected, active, violationsFound } = await app.ok('inspections.figures', { year });
      return [inspected, active, violationsFound];
    };
    const [ia, ib] = [await inspections(a), await inspections(b)];
    expect(await inspections(link.province)).toEqual(ia.map((n, i) => n + (ib[i] ?? 0)));

    // The annual plan's computed targets: the province's own plan counts every office's records.
    const computed = async (app: TestApp) => {
      await app.ok('plan.adopt', { year, documentRef: '', adoptedOn: today, startFrom: 'defaults' });
      const { figures } = await app.ok('plan.dashboard', { year });
      return Object.fromEntries(figures.filter((f) => ['T3', 'T8', 'T9', 'T12'].includes(f.code)).map((f) => [f.code, [f.numerator, f.denominator]]));
    };
    const [pa, pb, province] = [await computed(a), await computed(b), await computed(link.province)];
    for (const code of ['T3', 'T8', 'T9', 'T12']) {
      expect(province[code]).toEqual([0, 1].map((i) => (pa[code]?.[i] ?? 0) + (pb[code]?.[i] ?? 0)));
    }
  }, 60_000);

  it('every figure filtered by office, or by unit, equals what that office computes; unfiltered, the offices add up', async () => {
    const [a, b] = link.offices as [TestApp, TestApp];
    // Cases resolved on time (T7 counts cases due): one at office A, two at office B, sent again.
    for (const [office, count] of [
      [a, 1],
      [b, 2],
    ] as const) {
      for (let i = 0; i < count; i++) {
        await office.ok('cases.create', { kind: 'report', receivedOn: today, channel: 'letter', anonymous: true, content: `Phản ánh ${i}`, resolvedOn: today });
      }
      await link.province.ok('packages.import', { file: await exportFrom(office, link.dir), dryRun: false });
    }
    const CODES = ['T1', 'T3', 'T7', 'T9', 'T12'];
    // What a figure shows for this installation's data; frozen denominators belong to each plan, so the live one.
    const figures = async (app: TestApp, filter: Filter = {}) => {
      const { figures: all } = await app.ok('plan.dashboard', { year, ...filter });
      const shown = all.filter((f) => CODES.includes(f.code));
      const records = async (targetId: string) => (await app.ok('plan.records', { targetId, ...filter })).map((r) => r.id).sort();
      return {
        dashboard: Object.fromEntries(shown.map((f) => [f.code, [f.numerator, f.liveDenominator]])),
        perCommune: Object.fromEntries(shown.map((f) => [f.code, f.perCommune.map((c) => [c.communeCode, c.numerator, c.denominator])])),
        records: Object.fromEntries(await Promise.all(shown.map(async (f) => [f.code, await records(f.targetId)] as const))),
        training: Object.fromEntries((await app.ok('training.figures', { year, communeCode: null, ...filter })).map((f) => [f.id, [f.numerator, f.denominator]])),
        trainedPeople: (await app.ok('training.figureRecords', { year, communeCode: null, figure: 'T12', ...filter })).map((r) => r.id).sort(),
        coverage: await app.ok('inspections.coverage', { year, ...filter }).then((c) => [c.active, c.covered]),
        // Frozen denominators belong to each plan (the office's own, not the province's filtered view).
        inspections: await app.ok('inspections.figures', { year, ...filter }).then((f) => ({ ...f, targets: f.targets.map(({ frozenDenominator: _, ...t }) => t) })),
      };
    };
    const own = { a: await figures(a), b: await figures(b) };
    // Non-trivial: office A counts something in every figure compared.
    for (const code of CODES) expect(own.a.dashboard[code]?.[0], code).toBeGreaterThan(0);
    expect(own.a.dashboard.T7).toEqual([1, 1]);
    expect(own.b.dashboard.T7).toEqual([2, 2]);

    for (const [office, mine, unitCode] of [
      [a, own.a, TEST_COMMUNE],
      [b, own.b, OTHER_COMMUNE],
    ] as const) {
      const installationId = office.running.app.office()?.installationId ?? '';
      expect(await figures(link.province, { originInstallationId: installationId })).toEqual(mine);
      expect(await figures(link.province, { unitCode })).toEqual(mine);
    }
    // A filter naming an office and another unit counts nothing.
    const crossed = await figures(link.province, { originInstallationId: a.running.app.office()?.installationId ?? '', unitCode: OTHER_COMMUNE });
    expect(crossed.dashboard.T9).toEqual([0, 0]);

    // No filter: the offices together (the province's communes are the T1 denominator, so numerators only there).
    const all = await figures(link.province);
    for (const code of CODES) expect(all.dashboard[code]?.[0], code).toBe((own.a.dashboard[code]?.[0] ?? 0) + (own.b.dashboard[code]?.[0] ?? 0));
    for (const code of ['T3', 'T7', 'T9', 'T12']) expect(all.dashboard[code]?.[1], code).toBe((own.a.dashboard[code]?.[1] ?? 0) + (own.b.dashboard[code]?.[1] ?? 0));
    expect(all.coverage).toEqual([0, 1].map((i) => (own.a.coverage[i] ?? 0) + (own.b.coverage[i] ?? 0)));
    expect(all.trainedPeople).toEqual([...own.a.trainedPeople, ...own.b.trainedPeople].sort());

    // At an office the filter is ignored: it holds only its own records.
    expect(await figures(a, { unitCode: OTHER_COMMUNE })).toEqual(own.a);
  }, 60_000);

  it('the province’s periodic report counts every office’s records: each table is the offices’ added up', () => {
    const year_ = parsePeriod(String(year));
    const tables = (app: TestApp) => {
      const report = reportNow(app.running.app.db, year_, today);
      // Every number of every table but the targets (whose denominators are each plan's own).
      return Object.fromEntries(report.tables.filter((t) => t.id !== 'targets').map((t) => [t.id, t.rows.map((row) => row.filter((cell) => typeof cell === 'number'))]));
    };
    const [ta, tb, tp] = [tables(link.offices[0] as TestApp), tables(link.offices[1] as TestApp), tables(link.province)];
    expect(Object.keys(tp)).toEqual(['businesses', 'inspections', 'violations', 'training', 'outreach', 'cases']);
    // Non-trivial: office A has businesses, inspections, training, outreach and cases in the year.
    expect(ta.businesses?.at(-1)?.at(-1)).toBeGreaterThan(0);
    expect(ta.cases?.flat().some((n) => (n as number) > 0)).toBe(true);
    // Tables by type list only the types present: compare their totals, and the fixed-row tables cell by cell.
    const totals = (t: Record<string, unknown[][]>, id: string) => t[id]?.at(-1);
    for (const id of ['businesses', 'inspections', 'outreach']) {
      expect(totals(tp, id), id).toEqual(totals(ta, id)?.map((n, i) => (n as number) + ((totals(tb, id)?.[i] as number | undefined) ?? 0)));
    }
    for (const id of ['violations', 'training', 'cases']) {
      expect(tp[id], id).toEqual(ta[id]?.map((row, r) => row.map((n, i) => (n as number) + ((tb[id]?.[r]?.[i] as number | undefined) ?? 0))));
    }
  });
});

describe('previous-package hash at the province', () => {
  let link: Link;
  beforeAll(async () => {
    link = await openLink(1);
  }, 30_000);
  afterAll(() => link.close());

  it('imports a package whose previous hash does not match the held one and shows the break, in any arrival order', async () => {
    const [a] = link.offices as [TestApp];
    const import_ = async (file: string) => link.province.ok('packages.import', { file, dryRun: false });
    await addBusiness(a, 'Karaoke Hoa Mai');
    const first = await exportFrom(a, link.dir);
    await addBusiness(a, 'Nhà nghỉ Ánh Dương');
    const second = await exportFrom(a, link.dir);
    // A third package from a forked history (an office restored from an old backup): it names
    // another package as its previous one.
    const forked = writeBytes(link.dir, sealAs(a, link.province, encodeOfficePayload(emptyPayload(a)), { sequence: 3, previousPackageHash: 'ab'.repeat(32) }));

    // The forked package first: its previous package is not held, so nothing can be checked yet.
    expect((await import_(forked)).chainBroken).toBe(false);
    expect((await link.province.ok('packages.status', {})).province?.[0]).toMatchObject({ gaps: [{ from: 1, to: 2 }], chainBreaks: [] });
    expect((await import_(first)).chainBroken).toBe(false);
    // The second package completes the pair: the break is found now, from either side.
    const dryRun = await link.province.ok('packages.import', { file: second, dryRun: true });
    expect(dryRun.chainBroken).toBe(true);
    expect((await import_(second)).chainBroken).toBe(true);
    expect((await link.province.ok('packages.status', {})).province?.[0]).toMatchObject({ highest: 3, gaps: [], chainBreaks: [3] });
    expect((await import_(forked)).chainBroken).toBe(true);
    // The data arrived all the same: the office's businesses are at the province.
    expect((await link.province.ok('businesses.list', { limit: 10 })).total).toBe(2);
  }, 30_000);
});

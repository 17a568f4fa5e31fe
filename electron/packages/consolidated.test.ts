import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_COMMUNE, businessFields, type TestApp } from '../testing/factories';
import { answerAll, planInput } from '../inspections/testing';
import { courseFields, staffFields } from '../training/testing';
import { addBusiness, emptyPayload, exportFrom, openLink, sealAs, writeBytes, type Link } from './linkTesting';
import { encodeOfficePayload } from './officePayload';

/*
 * The consolidated view at the province (issue 6, "Done when"): two offices of different communes
 * export every register, the province imports both, and each register filtered by office (or by
 * unit) equals that office's own list.
 */

const OTHER_COMMUNE = '06001';
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

  await office.ok('outreach.create', {
    type: 'business_visit',
    date: '2026-05-20',
    communeCodes: [commune],
    organiser: `Đội kiểm tra ${tag}`,
    workersReached: 4,
    businessIds: [karaoke.id],
    studentsReached: 0,
    schoolId: null,
    publicReached: 0,
    materials: '',
    headcountReason: '',
    notes: '',
  });
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
    expect((await link.province.ok('packages.status', {})).province?.[0]).toMatchObject({ gaps: [1, 2], chainBreaks: [] });
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

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFrom, register } from '../packages/linkTesting';
import { tempDataDir, TEST_OFFICE, TestApp } from '../testing/factories';
import { eventFields } from '../training/testing';

/*
 * The consolidated filter on a three-tier list (before the 2025 reform): a district office's figures at
 * the province are measured over the district's communes, as the district office measures them itself.
 */
describe('figures filtered to a district at a three-tier province', () => {
  const { dir, cleanup } = tempDataDir('dd-district-');
  const apps: TestApp[] = [];
  afterAll(() => {
    for (const app of apps) app.close();
    cleanup();
  });

  it('T1 for the district equals the district office’s own: its communes reached over its communes', async () => {
    const province = TestApp.open();
    const office = TestApp.open();
    apps.push(province, office);
    await province.ok('setup.complete', { ...TEST_OFFICE, listVersion: 'VN-2004' });
    await office.ok('setup.complete', { ...TEST_OFFICE, officeName: 'Phòng Văn hoá - Xã hội TP Lạng Sơn', level: 'district', listVersion: 'VN-2004', unitCode: '178' });
    await register(province, office, dir);
    const config = await province.ok('packages.configExport', { out: path.join(dir, 'config.ddpkg') });
    await office.ok('packages.configImport', { file: config.file, fingerprint: config.fingerprint });

    const communes = (await office.ok('units.communes', {})).map((c) => c.code);
    expect(communes.length).toBeGreaterThan(1);
    await office.ok('outreach.create', eventFields({ communeCodes: [communes[0] ?? ''], organiser: 'Phòng VH-XH', publicReached: 30 }));
    await province.ok('packages.import', { file: await exportFrom(office, dir), dryRun: false });

    const t1 = async (app: TestApp, filter: { originInstallationId?: string; unitCode?: string } = {}) => {
      const figure = (await app.ok('training.figures', { year: 2026, communeCode: null, ...filter })).find((f) => f.id === 'T1');
      return [figure?.numerator, figure?.denominator];
    };
    const own = await t1(office);
    expect(own).toEqual([1, communes.length]);
    expect(await t1(province, { unitCode: '178' })).toEqual(own);
    expect(await t1(province, { originInstallationId: office.running.app.office()?.installationId ?? '' })).toEqual(own);
    // Unfiltered, the province measures over all its communes.
    const [, all] = await t1(province);
    expect(all).toBeGreaterThan(communes.length);
  }, 60_000);
});

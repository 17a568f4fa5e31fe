// Issue 17: what every province in both shapes and the old-to-new mapping cost at setup, against the
// Lạng Sơn-only lists of before (BENCH_ONLY=provinces).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { saveUnitList, saveUnitMapping } from '../../db/adminUnits';
import { embeddedUnitLists, embeddedUnitMapping } from '../../db/units/index';
import { TestApp } from '../testing/factories';

type Line = (label: string, value: string, target: string) => void;

function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isFile() && /\.sqlite/.test(e.name) ? fs.statSync(path.join(dir, e.name)).size : 0), 0);
}

/** Lạng Sơn only, as the embedded lists were before issue 17. */
function preloadLangSonOnly(app: TestApp): void {
  for (const list of embeddedUnitLists()) {
    const inProvince = new Set(['20']);
    for (const u of list.units) if (u.parentCode && inProvince.has(u.parentCode)) inProvince.add(u.code);
    for (const u of list.units) if (u.parentCode && inProvince.has(u.parentCode)) inProvince.add(u.code);
    saveUnitList(app.running.app.db, { ...list, units: list.units.filter((u) => inProvince.has(u.code)) }, new Date().toISOString());
  }
  const m = embeddedUnitMapping();
  saveUnitMapping(app.running.app.db, m.fromVersion, m.toVersion, m.rows.filter((r) => r.oldProvinceCode === '20'));
}

async function once(langSonOnly: boolean): Promise<{ ms: number; bytes: number }> {
  const app = TestApp.open({ validateOutput: false });
  try {
    if (langSonOnly) preloadLangSonOnly(app);
    const start = performance.now();
    await app.ok('units.lists', {});
    await app.ok('units.list', { listVersion: 'VN-2025', level: 'commune', provinceCode: '20' });
    await app.ok('setup.complete', { officeName: 'UBND phường Kỳ Lừa', level: 'commune', listVersion: 'VN-2025', provinceCode: '20', unitCode: '06187', adminName: 'Quản trị', password: 'mat-khau-123' });
    const ms = performance.now() - start;
    app.running.app.db.pragma('wal_checkpoint(TRUNCATE)');
    return { ms, bytes: folderBytes(app.dataDir) };
  } finally {
    app.close();
  }
}

export async function benchProvinces(line: Line): Promise<void> {
  const before = [await once(true), await once(true), await once(true)];
  const after = [await once(false), await once(false), await once(false)];
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? NaN;
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
  line('setup, Lạng Sơn lists only (median of 3, incl. password hash)', `${med(before.map((r) => r.ms)).toFixed(0)} ms`, 'reference');
  line('setup, all 34 + 63 provinces and the mapping (median of 3)', `${med(after.map((r) => r.ms)).toFixed(0)} ms`, 'under 3 s');
  line('database after setup, Lạng Sơn lists only', mb(med(before.map((r) => r.bytes))), 'reference');
  line('database after setup, all provinces and the mapping', mb(med(after.map((r) => r.bytes))), 'under 10 MB');
  const files = ['VN-2004.json', 'VN-2025.json', 'VN-2004-VN-2025.json'].map((f) => fs.statSync(path.join(__dirname, '../../db/units/data', f)).size);
  line('embedded data files (VN-2004, VN-2025, mapping)', `${(files.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KiB`, 'under 1 MiB');
}

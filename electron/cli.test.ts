import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cliTestFolder } from './testing/cliTestFolder';
import { tempDataDir } from '../db/testing';
import { runCli } from './cli';

const folder = cliTestFolder('dd-cli-');
const { out, err } = folder;

const cli = (...args: string[]) => runCli([...args, '--data-dir', folder.dir]);
const init = () => cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri');

async function workbook(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['Tên cơ sở', 'Loại hình', 'Địa chỉ', 'Xã, phường', 'Số đăng ký kinh doanh', 'Tình trạng']);
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(folder.dir, `in-${rows.length}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('district-desk CLI', () => {
  it('exits 2 on usage errors', async () => {
    expect(await cli('frobnicate')).toBe(2);
    expect(await cli('businesses', 'import')).toBe(2);
    expect(await cli('init', '--level')).toBe(2);
    expect(await cli('init', '--level', 'planet', '--unit', '20', '--office', 'X', '--admin', 'a')).toBe(2);
  });

  it('sets up an office non-interactively, then checks the database', async () => {
    expect(await init()).toBe(0);
    expect(out.join('\n')).toContain('Sở Y tế Lạng Sơn');
    expect(await init()).toBe(1); // already set up
    out.length = 0;
    expect(await cli('db', 'check', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ ok: true, integrity: ['ok'], pragmaProblems: [] });
  });

  it('loads another province\'s unit list from the official spreadsheet before setup', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Tỉnh / Thành Phố', 'Mã TP', 'Phường Xã', 'Mã PX', 'Cấp']);
    ws.addRow(['Tỉnh Hà Giang', '02', 'Xã Ngọc Đường', '00694', 'Xã']);
    const file = path.join(folder.dir, 'gso.xlsx');
    await wb.xlsx.writeFile(file);
    expect(await cli('units', 'import', file, '--list-version', 'HG-2025', '--label', 'Hà Giang')).toBe(0);
    expect(await cli('units', 'import', file, '--list-version', 'có dấu', '--label', 'X')).toBe(1);
    out.length = 0;
    expect(await cli('units', 'lists', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n')).map((l: { listVersion: string }) => l.listVersion)).toEqual(['HG-2025', 'VN-2004', 'VN-2025']);
    expect(await cli('init', '--level', 'commune', '--list-version', 'HG-2025', '--unit', '00694', '--office', 'UBND xã Ngọc Đường', '--admin', 'qt')).toBe(0);
  });

  it('refuses a unit that is not in the list', async () => {
    expect(await cli('init', '--level', 'district', '--unit', '99999', '--office', 'X', '--admin', 'a')).toBe(1);
  });

  it('imports all or nothing by default, valid rows with --valid-only, and round-trips an export', async () => {
    expect(await init()).toBe(0);
    const file = await workbook([
      ['Karaoke Ánh Dương', 'Karaoke', 'Số 5 Trần Đăng Ninh', 'Phường Đông Kinh', '14A001', 'Đang hoạt động'],
      ['Nhà nghỉ Hoa Mai', 'Nhà nghỉ', 'Số 7 Lê Lợi', '05977', '14A002', ''],
      ['', 'Karaoke', 'thiếu tên', '05977', '', ''],
      ['Quán X', 'Sòng bạc', '', '05977', '', ''],
    ]);
    expect(await cli('businesses', 'import', file, '--dry-run')).toBe(1);
    expect(await cli('businesses', 'import', file)).toBe(1);
    expect(err.join('\n')).toMatch(/Dòng 4/);
    out.length = 0;
    expect(await cli('businesses', 'list', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n')).total).toBe(0);

    expect(await cli('businesses', 'import', file, '--valid-only')).toBe(0);
    out.length = 0;
    expect(await cli('businesses', 'list', '--search', 'anh duong', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n')).rows.map((r: { name: string }) => r.name)).toEqual(['Karaoke Ánh Dương']);

    const exported = path.join(folder.dir, 'export.xlsx');
    expect(await cli('businesses', 'export', exported)).toBe(0);
    const template = path.join(folder.dir, 'template.xlsx');
    expect(await cli('businesses', 'template', template)).toBe(0);
    expect(fs.statSync(template).size).toBeGreaterThan(1000);

    // Imported into a fresh office of the same unit, the export gives the same records.
    const other = tempDataDir('dd-cli-other-');
    try {
      const otherCli = (...args: string[]) => runCli([...args, '--data-dir', other.dir]);
      expect(await otherCli('init', '--level', 'province', '--unit', '20', '--office', 'Bản sao', '--admin', 'qt')).toBe(0);
      expect(await otherCli('businesses', 'import', exported)).toBe(0);
      out.length = 0;
      await cli('businesses', 'list', '--json');
      const original = JSON.parse(out.join('\n')).rows;
      out.length = 0;
      await otherCli('businesses', 'list', '--json');
      const copy = JSON.parse(out.join('\n')).rows;
      const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, updatedAt: _u, ...rest }) => rest);
      expect(strip(copy)).toEqual(strip(original));
    } finally {
      other.cleanup();
    }
  });

  it('rejects a file that is not a spreadsheet with a Vietnamese reason', async () => {
    expect(await init()).toBe(0);
    const bogus = path.join(folder.dir, 'danh-sach.xlsx');
    fs.writeFileSync(bogus, 'tên,loại\nA,B\n');
    expect(await cli('businesses', 'import', bogus)).toBe(1);
    expect(err.join('\n')).toContain('không phải là bảng tính Excel');
  });

  it('runs as a process with the documented exit codes', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cli.ts'), ...args, '--data-dir', folder.dir], { encoding: 'utf8' });
    expect(run('db', 'check').status).toBe(0);
    expect(run('nonsense').status).toBe(2);
    const init = run('init', '--level', 'commune', '--unit', '05977', '--office', 'UBND phường Đông Kinh', '--admin', 'qt');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('UBND phường Đông Kinh');
  });
});

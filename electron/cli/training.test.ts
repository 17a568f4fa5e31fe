import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { cliTestFolder } from '../testing/cliTestFolder';

const folder = cliTestFolder('dd-cli-training-');
const { out, err } = folder;
const cli = (...args: string[]) => runCli([...args, '--data-dir', folder.dir]);

async function staffFile(rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['Họ và tên', 'Năm sinh', 'Cấp', 'Đơn vị', 'Nhóm đối tượng']);
  rows.forEach((r) => ws.addRow(r));
  const file = path.join(folder.dir, 'can-bo.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('training CLI', () => {
  it('imports the staff register (dry run first, errors refuse the file) and lists courses with T12', async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri')).toBe(0);
    const file = await staffFile([
      ['TRẦN VĂN AN', 1980, 'Xã', 'Phường Đông Kinh', 'Công chức'],
      ['Lý Thị Bé', 985, 'Xã', 'Phường Đông Kinh', 'Cộng tác viên'],
    ]);
    out.length = 0;
    expect(await cli('staff', 'import', file, '--dry-run')).toBe(1);
    expect(out.join('\n')).toContain('Dòng 3: Năm sinh: Năm sinh phải có 4 chữ số');
    expect(await cli('staff', 'import', file, '--json')).toBe(1);
    expect(err.join('\n')).toContain('Có 1 dòng lỗi');
    out.length = 0;
    expect(await cli('staff', 'import', file, '--valid-only')).toBe(0);
    expect(out.join('\n')).toContain('Đã nhập 1 người');

    out.length = 0;
    expect(await cli('training', 'list', '--year', '2026', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ year: 2026, courses: [], t12: { numerator: 0, denominator: 1 } });
    expect(await cli('training', 'list', '--year', '985')).toBe(2);
  });
});

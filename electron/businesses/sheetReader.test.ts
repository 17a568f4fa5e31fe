import { describe, it, expect } from 'vitest';
import { isAbortError, readSheet, SpreadsheetError, type SheetTable } from './sheetReader';
import { workbookBytes } from './testing';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

async function spreadsheetError(promise: Promise<unknown>): Promise<{ messageKey: string; params?: unknown }> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(SpreadsheetError);
  const { messageKey, params } = error as SpreadsheetError;
  return params ? { messageKey, params } : { messageKey };
}

const simple = () =>
  workbookBytes([
    ['Tên cơ sở', 'Loại hình'],
    ['Karaoke Ánh Dương', 'Karaoke'],
  ]);

describe('readSheet', () => {
  it('reads headers and values, skipping empty rows and trailing empty columns', async () => {
    const bytes = await workbookBytes(
      [
        [],
        [null, 'Tên cơ sở', 'Số lao động', '', '  Ghi chú ', null, '   '],
        [],
        [null, 'Nhà nghỉ Hoa Mai', 12, null, null, null, '  '],
        [null, '   ', null],
        [null, 'Karaoke', 3.5, true, 'x'],
      ],
      (sheet) => {
        sheet.getCell('H4').numFmt = '0.00'; // styled but empty: not a column
      },
    );
    const table = await readSheet(bytes);
    expect(table).toEqual<SheetTable>({
      sheetName: 'Danh sách',
      headers: ['', 'Tên cơ sở', 'Số lao động', '', 'Ghi chú'],
      headerRowNumber: 2,
      rows: [
        { rowNumber: 4, cells: [null, 'Nhà nghỉ Hoa Mai', 12, null, null] },
        { rowNumber: 6, cells: [null, 'Karaoke', 3.5, true, 'x'] },
      ],
    });
  });

  it('gives formula results, plain text for rich text and links, null for errors', async () => {
    const bytes = await workbookBytes(
      [
        ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
        [
          { formula: 'UPPER("x")', result: 'X' },
          { formula: 'DATE(2024,1,2)', result: new Date(Date.UTC(2024, 0, 2)) },
          { formula: 'B3*2' },
          { richText: [{ text: 'Nhà ' }, { font: { bold: true }, text: 'nghỉ' }] },
          { text: 'trang web', hyperlink: 'https://example.org' },
          { error: '#N/A' },
          { formula: '1/0', result: { error: '#DIV/0!' } },
        ],
      ],
      (sheet) => {
        sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
      },
    );
    const [row] = (await readSheet(bytes)).rows;
    expect(row?.cells).toEqual(['X', new Date(Date.UTC(2024, 0, 2)), { formulaWithoutValue: true }, 'Nhà nghỉ', 'trang web', null, null]);
  });

  it('reads the first worksheet and keeps Excel row numbers', async () => {
    const bytes = await workbookBytes([['Tên'], ['A']], (sheet, workbook) => {
      sheet.getCell('A10').value = 'B';
      workbook.addWorksheet('Khác').getCell('A1').value = 'không đọc';
    });
    const table = await readSheet(bytes);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['A'] },
      { rowNumber: 10, cells: ['B'] },
    ]);
  });

  it('skips a hidden first sheet', async () => {
    const bytes = await workbookBytes([['Tên'], ['ẩn']], (sheet, workbook) => {
      sheet.state = 'hidden';
      const visible = workbook.addWorksheet('Hiện');
      visible.addRow(['Tên']);
      visible.addRow(['hiện']);
    });
    expect(await readSheet(bytes)).toMatchObject({ sheetName: 'Hiện', rows: [{ rowNumber: 2, cells: ['hiện'] }] });
  });

  it('reports progress up to 1, at least every 1000 rows', async () => {
    const rows = [['Tên', 'Số']].concat(Array.from({ length: 5000 }, (_, i) => [`Cơ sở ${i}`, String(i)]));
    const fractions: number[] = [];
    const table = await readSheet(await workbookBytes(rows), { onProgress: (f) => fractions.push(f) });
    expect(table.rows).toHaveLength(5000);
    expect(fractions.length).toBeGreaterThanOrEqual(5);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
  });

  it('rejects a text file renamed to .xlsx', async () => {
    const bytes = new TextEncoder().encode('tên,loại\nA,B\n');
    expect(await spreadsheetError(readSheet(bytes))).toEqual({ messageKey: 'import.notXlsx' });
  });

  it('rejects a zip that is not a workbook', async () => {
    const bytes = Buffer.from(await simple());
    // Rename xl/workbook.xml in the (uncompressed) zip headers.
    const from = Buffer.from('xl/workbook.xml');
    for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) bytes.write('xl/notebook.xml', at);
    expect(await spreadsheetError(readSheet(new Uint8Array(bytes)))).toEqual({ messageKey: 'import.notXlsx' });
  });

  it('rejects a truncated file', async () => {
    const bytes = await workbookBytes([['Tên'], ...Array.from({ length: 200 }, (_, i) => [`Cơ sở ${i}`])]);
    const half = bytes.slice(0, Math.floor(bytes.length / 2));
    expect(await spreadsheetError(readSheet(half))).toEqual({ messageKey: 'import.truncated' });
    const almost = bytes.slice(0, bytes.length - 10);
    expect(await spreadsheetError(readSheet(almost))).toEqual({ messageKey: 'import.truncated' });
  });

  it('rejects a password-protected or old .xls file (OLE compound document)', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await spreadsheetError(readSheet(bytes))).toEqual({ messageKey: 'import.encryptedOrXls' });
  });

  it('rejects a sheet without data rows', async () => {
    expect(await spreadsheetError(readSheet(await workbookBytes([['Tên cơ sở', 'Loại hình']])))).toEqual({
      messageKey: 'import.emptySheet',
    });
    expect(await spreadsheetError(readSheet(await workbookBytes([])))).toEqual({ messageKey: 'import.emptySheet' });
  });

  it('rejects too many rows and too large a file, before parsing for the size', async () => {
    const rows = [['Tên']].concat(Array.from({ length: 11 }, (_, i) => [`Cơ sở ${i}`]));
    const bytes = await workbookBytes(rows);
    expect(await spreadsheetError(readSheet(bytes, { maxDataRows: 10 }))).toEqual({
      messageKey: 'import.tooManyRows',
      params: { max: 10 },
    });
    expect((await readSheet(bytes, { maxDataRows: 11 })).rows).toHaveLength(11);
    // Far more rows than allowed: ExcelJS stops parsing early, with the same message.
    const huge = await workbookBytes([['Tên']].concat(Array.from({ length: 1500 }, (_, i) => [`Cơ sở ${i}`])));
    expect(await spreadsheetError(readSheet(huge, { maxDataRows: 10 }))).toEqual({
      messageKey: 'import.tooManyRows',
      params: { max: 10 },
    });
    // Garbage bytes: the size is checked first.
    expect(await spreadsheetError(readSheet(new Uint8Array(2 * 1024 * 1024), { maxFileMb: 1 }))).toEqual({
      messageKey: 'import.tooLarge',
      params: { max: 1 },
    });
  });

  it('stops with an AbortError when the signal fires', async () => {
    const bytes = await workbookBytes([['Tên'], ...Array.from({ length: 3000 }, (_, i) => [`Cơ sở ${i}`])]);
    expect(isAbortError(await rejection(readSheet(bytes, { signal: AbortSignal.abort() })))).toBe(true);

    const controller = new AbortController();
    const onProgress = (fraction: number) => {
      if (fraction > 0.8) controller.abort();
    };
    const error = await rejection(readSheet(bytes, { signal: controller.signal, onProgress }));
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(SpreadsheetError);
    expect(isAbortError(new Error('other'))).toBe(false);
  });
});

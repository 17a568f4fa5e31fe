import { describe, it, expect } from 'vitest';
import type ExcelJS from 'exceljs';
import { readSheetInWorker, SHEET_WORKER_BUNDLE_NAME } from './sheetJob';
import { isAbortError, readSheet, SpreadsheetError } from './sheetReader';
import { workbookBytes } from './testing';

const bytesOf = (rowCount: number) =>
  workbookBytes(
    [
      ['Tên cơ sở', 'Ngày đăng ký', 'Số lao động'],
      ...Array.from({ length: rowCount }, (_, i): ExcelJS.CellValue[] => [`Nhà nghỉ Hoàng Anh ${i}`, null, String(i)]),
    ],
    (sheet) => {
      for (let r = 2; r <= rowCount + 1; r += 1) {
        const cell = sheet.getCell(r, 2);
        cell.value = new Date(Date.UTC(2024, 1, 29));
        cell.numFmt = 'dd/mm/yyyy';
      }
    },
  );

describe('readSheetInWorker', () => {
  it('returns the same table as a direct read, Dates included, and relays progress', async () => {
    const bytes = await bytesOf(2500);
    const fractions: number[] = [];
    const table = await readSheetInWorker(bytes, { onProgress: (f) => fractions.push(f) });
    expect(table).toEqual(await readSheet(bytes));
    expect(table.rows[0]?.cells[1]).toBeInstanceOf(Date);
    expect(fractions.length).toBeGreaterThanOrEqual(3);
    expect(fractions.at(-1)).toBe(1);
    expect(SHEET_WORKER_BUNDLE_NAME).toBe('sheet-worker.cjs');
  });

  it('brings SpreadsheetError back with its message key and params', async () => {
    const bytes = await bytesOf(20);
    const error = await readSheetInWorker(bytes, { maxDataRows: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpreadsheetError);
    expect(error).toMatchObject({ messageKey: 'import.tooManyRows', params: { max: 10 } });

    const notXlsx = await readSheetInWorker(new TextEncoder().encode('a;b')).catch((e: unknown) => e);
    expect(notXlsx).toMatchObject({ messageKey: 'import.notXlsx' });
  });

  it('rejects with an AbortError when aborted, before or during the read', async () => {
    const bytes = await bytesOf(3000);
    expect(isAbortError(await readSheetInWorker(bytes, { signal: AbortSignal.abort() }).catch((e: unknown) => e))).toBe(true);

    const controller = new AbortController();
    const started = Date.now();
    const reading = readSheetInWorker(bytes, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(isAbortError(await reading.catch((e: unknown) => e))).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

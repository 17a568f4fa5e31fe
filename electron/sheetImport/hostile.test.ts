// Issue 19, defects 3 and 8: hostile spreadsheets, built in the test, refused with their true reason
// before anything large is inflated, and never taking the process down with them.
import { describe, expect, it } from 'vitest';
import { readSheetInWorker } from '../businesses/sheetJob';
import { SpreadsheetError } from '../businesses/sheetReader';
import { workbookBytes } from '../businesses/testing';
import { bombPart, partText, textPart, unzipParts, zipParts } from './hostileSheets';

const SHEET = 'xl/worksheets/sheet1.xml';

async function refusal(promise: Promise<unknown>): Promise<{ messageKey: string; params?: unknown }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  const { messageKey, params } = error as SpreadsheetError;
  return params ? { messageKey, params } : { messageKey };
}

async function withSheet(replace: (parts: ReturnType<typeof unzipParts>) => Promise<ReturnType<typeof unzipParts>> | ReturnType<typeof unzipParts>) {
  const real = await workbookBytes([
    ['Tên cơ sở', 'Loại hình'],
    ['Karaoke Ánh Dương', 'Karaoke'],
  ]);
  return zipParts(await replace(unzipParts(real)));
}

describe('a zip bomb', () => {
  it('that declares its size is refused from the zip directory alone, fast, with that reason (not "file too large")', async () => {
    const bomb = await bombPart(SHEET, 400);
    const bytes = await withSheet((parts) => parts.map((p) => (p.name === SHEET ? bomb : p)));
    expect(bytes.byteLength).toBeLessThan(4 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    expect(await refusal(readSheetInWorker(bytes))).toEqual({ messageKey: 'import.inflatesTooMuch', params: { size: 401, max: 256 } });
    console.log(`[sheets] ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB bomb of 400 MB refused in ${Math.round(performance.now() - started)} ms`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
  }, 60_000);

  it('that lies about its size is stopped one byte past what it declared', async () => {
    const bomb = await bombPart(SHEET, 300);
    const bytes = await withSheet((parts) => parts.map((p) => (p.name === SHEET ? { ...bomb, declaredSize: 4096 } : p)));
    const started = performance.now();
    expect(await refusal(readSheetInWorker(bytes))).toMatchObject({ messageKey: 'import.inflatesTooMuch' });
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it('within the limit but beyond what the reader may use ends the worker, not the process, with its own message', async () => {
    const bomb = await bombPart(SHEET, 120);
    const bytes = await withSheet((parts) => parts.map((p) => (p.name === SHEET ? bomb : p)));
    expect(await refusal(readSheetInWorker(bytes, { workerHeapMb: 64 }))).toEqual({ messageKey: 'import.readerLimit' });
    // The process carries on: another file reads normally.
    const fine = await readSheetInWorker(await withSheet((parts) => parts));
    expect(fine.rows.map((r) => r.cells[0])).toEqual(['Karaoke Ánh Dương']);
  }, 60_000);
});

describe('a workbook with a DTD', () => {
  it.each([
    ['entity expansion', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'],
    ['an external entity', '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'],
  ])('(%s) is refused as not a plain spreadsheet, not as a damaged file to copy again', async (_label, dtd) => {
    const bytes = await withSheet((parts) =>
      parts.map((p) => (p.name === SHEET ? textPart(SHEET, partText(p).replace(/^(<\?xml[^>]*\?>)/, `$1${dtd}`)) : p)),
    );
    expect(await refusal(readSheetInWorker(bytes))).toEqual({ messageKey: 'import.notPlainSheet' });
  });
});

import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import type { MessageKey } from '../../renderer/i18n/vi';

export type CellValue = string | number | boolean | Date | null | { formulaWithoutValue: true };

export interface SheetRow {
  /** The Excel row number, as the clerk sees it. */
  rowNumber: number;
  cells: CellValue[];
}

export interface SheetTable {
  sheetName: string;
  headers: string[];
  /** The Excel row the headers were read from (the import may pick a later one below a title). */
  headerRowNumber?: number;
  rows: SheetRow[];
}

export const MAX_FILE_MB = 50;
export const MAX_DATA_ROWS = 50_000;
const MB = 1024 * 1024;

export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';
  constructor(
    readonly messageKey: MessageKey,
    readonly params?: Record<string, string | number>,
  ) {
    super(messageKey);
  }
}

export class ReadAbortedError extends Error {
  override readonly name = 'AbortError';
  readonly messageKey: MessageKey = 'import.cancelled';
  constructor() {
    super('Reading the spreadsheet was cancelled');
  }
}

/** True for the error a cancelled read rejects with (and for a platform AbortError). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export interface ReadSheetOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Limits, lowered by tests. */
  maxDataRows?: number;
  maxFileMb?: number;
  maxInflatedMb?: number;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReadAbortedError();
}

const PROGRESS_EVERY_ROWS = 1000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

// Sheet parts ExcelJS would otherwise build models for; none of them changes a cell's value.
// Merged cells are read as stored: only the first cell of a merge holds the value.
const IGNORED_NODES = [
  'mergeCells',
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'drawing',
  'picture',
  'legacyDrawing',
  'tableParts',
  'autoFilter',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'rowBreaks',
  'sheetProtection',
  'extLst',
];

/**
 * Reads the first (visible) worksheet of an .xlsx file into a plain table: the first non-empty
 * row gives the headers, fully empty rows are skipped.
 *
 * This uses `workbook.xlsx.load`, not ExcelJS's streaming WorkbookReader: in exceljs 4.4 the
 * streaming reader decodes each inflated chunk on its own, so a Vietnamese letter split across
 * a chunk boundary comes out as U+FFFD (8 corrupted cells in a 50,000-row test file), and it
 * can parse a worksheet before xl/workbook.xml and crash (exceljs issue #3064). The cost: no
 * progress or cancelling while ExcelJS parses (about 80% of the time), hence the worker.
 */
export async function readSheet(bytes: Uint8Array, options: ReadSheetOptions = {}): Promise<SheetTable> {
  const { onProgress, signal, maxDataRows = MAX_DATA_ROWS, maxFileMb = MAX_FILE_MB, maxInflatedMb = MAX_INFLATED_MB } = options;
  throwIfAborted(signal);
  onProgress?.(0);
  if (bytes.byteLength > maxFileMb * MB) throw new SpreadsheetError('import.tooLarge', { max: maxFileMb });
  checkContainer(bytes, maxInflatedMb);

  const workbook = new ExcelJS.Workbook();
  // `maxRows` (not in exceljs's types) stops a huge sheet early instead of exhausting memory; it
  // counts <row> elements, which include empty formatted rows, hence the margin.
  const loadOptions = { ignoreNodes: IGNORED_NODES, maxRows: maxDataRows + Math.max(1000, maxDataRows) };
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // exceljs declares its own global Buffer type, which does not match Node's.
    await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0], loadOptions);
  } catch (error) {
    if (error instanceof Error && /^Max row count/.test(error.message)) {
      throw new SpreadsheetError('import.tooManyRows', { max: maxDataRows });
    }
    throw new SpreadsheetError('import.truncated');
  }
  throwIfAborted(signal);
  onProgress?.(0.8);

  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => s.state === 'visible') ?? sheets[0];
  if (!sheet) throw new SpreadsheetError('import.emptySheet');

  let headerRow: CellValue[] | null = null;
  let headerRowNumber = 1;
  const rows: SheetRow[] = [];
  const lastRow = sheet.rowCount;
  for (let rowNumber = 1; rowNumber <= lastRow; rowNumber += 1) {
    const row = sheet.findRow(rowNumber);
    if (!row || !row.hasValues) continue;
    const cells = rowCells(row);
    if (cells.length === 0) continue;
    if (headerRow === null) {
      headerRow = cells;
      headerRowNumber = rowNumber;
      continue;
    }
    rows.push({ rowNumber, cells });
    if (rows.length > maxDataRows) throw new SpreadsheetError('import.tooManyRows', { max: maxDataRows });
    if (rows.length % PROGRESS_EVERY_ROWS === 0) {
      onProgress?.(0.8 + (0.2 * rowNumber) / lastRow);
      await yieldToEventLoop();
      throwIfAborted(signal);
    }
  }
  const header = headerRow;
  if (header === null || rows.length === 0) throw new SpreadsheetError('import.emptySheet');

  let width = header.length;
  for (const row of rows) width = Math.max(width, row.cells.length);
  for (const row of rows) {
    while (row.cells.length < width) row.cells.push(null);
  }
  const headers = Array.from({ length: width }, (_, i) => headerText(header[i] ?? null));
  onProgress?.(1);
  return { sheetName: sheet.name, headers, headerRowNumber, rows };
}

/** The row's values up to its last non-empty cell (so trailing empty columns disappear). */
function rowCells(row: ExcelJS.Row): CellValue[] {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const value = toCellValue(cell.value);
    if (value === null) return;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
  });
  return cells;
}

function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ('richText' in value) return toCellValue(value.richText.map((run) => run.text ?? '').join(''));
  if ('error' in value) return null;
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = value.result;
    if (result === undefined) return { formulaWithoutValue: true };
    return toCellValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return toCellValue(value.text as ExcelJS.CellValue);
  return null;
}

export function headerText(value: CellValue): string {
  if (value === null || typeof value === 'object') {
    return value instanceof Date ? value.toISOString().slice(0, 10) : '';
  }
  return String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// What kind of file is it? Checked on the raw bytes so each failure gets its own message.

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const ZIP_END_SIZE = 22;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** What the file may unpack to, all parts together: a 50,000-row register is well under 100 MB. */
export const MAX_INFLATED_MB = 256;
const ZIP_LOCAL_SIZE = 30;
const DTD_MARKERS = [Buffer.from('<!DOCTYPE'), Buffer.from('<!doctype'), Buffer.from('<!ENTITY')];

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeader: number;
}

/**
 * Before anything is inflated: the zip's own directory says how much every part unpacks to, and a
 * file that would unpack beyond MAX_INFLATED_MB (a zip bomb) is refused with that reason. Then the
 * XML parts are inflated, each bounded by its declared size, and one with a DTD (entity expansion,
 * external entities) is refused as not a plain spreadsheet: Excel never writes one.
 */
function checkContainer(bytes: Uint8Array, maxInflatedMb: number): void {
  // Encrypted .xlsx files and old .xls files are both OLE compound documents.
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw new SpreadsheetError('import.encryptedOrXls');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 4 || view.getUint32(0, true) !== ZIP_LOCAL) throw new SpreadsheetError('import.notXlsx');
  const entries = centralDirectory(view);
  // Zip64 (sizes beyond 4 GB) is nothing a register needs.
  if (entries === null) throw new SpreadsheetError('import.inflatesTooMuch', { size: '> 4096', max: maxInflatedMb });
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new SpreadsheetError('import.notXlsx');
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > maxInflatedMb * MB) throw new SpreadsheetError('import.inflatesTooMuch', { size: Math.ceil(total / MB), max: maxInflatedMb });
  for (const entry of entries) {
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue;
    const xml = inflateEntry(bytes, view, entry, maxInflatedMb);
    if (DTD_MARKERS.some((marker) => xml.includes(marker))) throw new SpreadsheetError('import.notPlainSheet');
  }
}

function inflateEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry, maxInflatedMb: number): Buffer {
  const at = entry.localHeader;
  if (at + ZIP_LOCAL_SIZE > view.byteLength || view.getUint32(at, true) !== ZIP_LOCAL) throw new SpreadsheetError('import.truncated');
  const dataStart = at + ZIP_LOCAL_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (dataStart + entry.compressedSize > view.byteLength) throw new SpreadsheetError('import.truncated');
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + dataStart, entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new SpreadsheetError('import.notXlsx');
  try {
    // One byte more than declared: a part that lies about its size is caught at once, not after gigabytes.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize + 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new SpreadsheetError('import.inflatesTooMuch', { size: `> ${Math.ceil(entry.uncompressedSize / MB)}`, max: maxInflatedMb });
    }
    throw new SpreadsheetError('import.truncated');
  }
}

/**
 * The entries of the zip's central directory, which sits at the end: a cut-off file has none.
 * Null when the end record defers to Zip64 records.
 */
function centralDirectory(view: DataView): ZipEntry[] | null {
  const truncated = () => new SpreadsheetError('import.truncated');
  let end = -1;
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  for (let at = view.byteLength - ZIP_END_SIZE; at >= Math.max(0, view.byteLength - ZIP_END_SIZE - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === ZIP_END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw truncated();
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) return null;
  if (start + size > end) throw truncated();
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = start;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== ZIP_CENTRAL) throw truncated();
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new SpreadsheetError('import.encryptedOrXls');
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
    entries.push({
      name: decoder.decode(nameBytes).replace(/^\//, ''),
      method: view.getUint16(at + 10, true),
      compressedSize,
      uncompressedSize,
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

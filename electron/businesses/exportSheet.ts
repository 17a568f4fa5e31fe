import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { BUSINESS_STATUSES, BUSINESS_TYPES, type Business } from '../../db/businessTypes';
import { vi, type MessageKey } from '../../renderer/i18n/vi';
import { BUSINESS_COLUMNS, type BusinessColumn } from './columns';
import { MAX_DATA_ROWS } from './sheetReader';

const DATE_FORMAT = 'dd/mm/yyyy';
const TEXT_FORMAT = '@';
// Typed by hand these lose their leading zeros unless the column is formatted as text.
const TEXT_FORMATTED = new Set<BusinessColumn['field']>(['communeCode', 'phone', 'registrationNo', 'securityCertNo']);

type Cell = string | number | Date | null;

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function dateCell(iso: string | null): Date | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  // exceljs turns a Date into a serial from its UTC time.
  return new Date(Date.UTC(year, month - 1, day));
}

function cellOf(column: BusinessColumn, b: Business): Cell {
  switch (column.field) {
    case 'type':
      return vi[`business.type.${b.type}`];
    case 'status':
      return vi[`business.status.${b.status}`];
    case 'registrationDate':
    case 'securityCertDate':
      return dateCell(b[column.field]);
    case 'workersTotal':
    case 'workersWomen':
      return b[column.field];
    default: {
      const text = b[column.field];
      return text === '' ? null : text;
    }
  }
}

export type StreamWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

export async function writeWorkbook(build: (workbook: StreamWorkbook) => Promise<void>): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  await build(workbook);
  await workbook.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The data sheet with its header row; rows are added by the caller. */
function addDataSheet(workbook: StreamWorkbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(vi['business.template.sheetData'], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = BUSINESS_COLUMNS.map((c) => ({
    key: c.field,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: DATE_FORMAT } : TEXT_FORMATTED.has(c.field) ? { numFmt: TEXT_FORMAT } : {},
  }));
  const header = sheet.addRow(BUSINESS_COLUMNS.map((c) => vi[c.headerKey]));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32; // two lines of the longer headers
  header.commit();
  sheet.autoFilter = `A1:${columnLetter(BUSINESS_COLUMNS.length - 1)}1`;
  return sheet;
}

const YIELD_EVERY_ROWS = 1000;

/** Every business as a spreadsheet the import reads back unchanged. */
export async function writeBusinessesSheet(rows: Business[]): Promise<Uint8Array> {
  return writeWorkbook(async (workbook) => {
    const sheet = addDataSheet(workbook);
    for (const [i, business] of rows.entries()) {
      sheet.addRow(BUSINESS_COLUMNS.map((c) => cellOf(c, business))).commit();
      // The export runs in the main process: let it breathe on large registers.
      if (i % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    sheet.commit();
  });
}

interface ListValidation {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** An empty import file: the headers, one example row, and a sheet of the allowed values. */
export async function writeImportTemplate(communes: { code: string; name: string }[]): Promise<Uint8Array> {
  const valuesSheetName = vi['business.template.sheetValues'];
  const types = BUSINESS_TYPES.map((t) => vi[`business.type.${t}`]);
  const statuses = BUSINESS_STATUSES.map((s) => vi[`business.status.${s}`]);
  const commune = communes[0];

  const example: Partial<Record<BusinessColumn['field'], Cell>> = {
    name: vi['business.template.example.name'],
    type: vi['business.type.guest_house'],
    address: vi['business.template.example.address'],
    communeCode: commune?.code ?? null,
    communeName: commune?.name ?? null,
    ownerName: vi['business.template.example.owner'],
    phone: '0205 3812 345',
    registrationNo: '14A8000123',
    registrationDate: dateCell('2022-05-17'),
    securityCertNo: '125/GCN-ANTT',
    securityCertDate: dateCell('2022-06-01'),
    workersTotal: 6,
    workersWomen: 4,
    status: vi['business.status.operating'],
  };

  return writeWorkbook(async (workbook) => {
    const sheet = addDataSheet(workbook);
    sheet.addRow(BUSINESS_COLUMNS.map((c) => example[c.field] ?? null)).commit();
    // exceljs's types omit the sheet-level list; it takes a range, written as one rule.
    const validations = (sheet as unknown as { dataValidations: ListValidation }).dataValidations;
    const listOf = (field: BusinessColumn['field'], valuesColumn: string, count: number, error: MessageKey) => {
      const letter = columnLetter(BUSINESS_COLUMNS.findIndex((c) => c.field === field));
      validations.add(`${letter}2:${letter}${MAX_DATA_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`'${valuesSheetName}'!$${valuesColumn}$2:$${valuesColumn}$${count + 1}`],
        showErrorMessage: true,
        errorStyle: 'stop',
        error: vi[error],
      });
    };
    listOf('type', 'A', types.length, 'import.unknownType');
    listOf('status', 'B', statuses.length, 'import.unknownStatus');
    sheet.commit();

    const values = workbook.addWorksheet(valuesSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    values.columns = [
      { width: 40 },
      { width: 18 },
      { width: 16, style: { numFmt: TEXT_FORMAT } },
      { width: 32 },
    ];
    const header = values.addRow([
      vi['business.template.valuesType'],
      vi['business.template.valuesStatus'],
      vi['business.template.valuesCommuneCode'],
      vi['business.template.valuesCommuneName'],
    ]);
    header.font = { bold: true };
    header.commit();
    const count = Math.max(types.length, statuses.length, communes.length);
    for (let i = 0; i < count; i += 1) {
      values.addRow([types[i] ?? null, statuses[i] ?? null, communes[i]?.code ?? null, communes[i]?.name ?? null]).commit();
    }
    values.commit();
  });
}

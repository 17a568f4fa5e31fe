import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { BUSINESS_STATUSES, BUSINESS_TYPES, type Business } from '../../db/businessTypes';
import { vi, type MessageKey } from '../../renderer/i18n/vi';
import type { SheetColumn } from '../sheetImport/mapping';
import { BUSINESS_COLUMNS, type BusinessColumn } from './columns';
import { MAX_DATA_ROWS } from './sheetReader';

const DATE_FORMAT = 'dd/mm/yyyy';
const TEXT_FORMAT = '@';
// Typed by hand these lose their leading zeros unless the column is formatted as text.
const TEXT_FORMATTED = new Set<BusinessColumn['field']>(['communeCode', 'phone', 'registrationNo', 'securityCertNo']);

export type Cell = string | number | Date | null;

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

export function dateCell(iso: string | null): Date | null {
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
    case 'licenceDate':
      return dateCell(b[column.field] ?? null);
    case 'workersTotal':
    case 'workersWomen':
      return b[column.field];
    default: {
      const text = b[column.field];
      return text === '' || text === undefined ? null : text;
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

/** What a register's data sheet is: its name, its columns, and which of them are typed as text. */
interface DataSheet<F extends string> {
  sheetName: string;
  columns: readonly SheetColumn<F>[];
  /** Typed by hand these lose their leading zeros unless the column is formatted as text. */
  textFields: ReadonlySet<F>;
}

const BUSINESS_SHEET: DataSheet<BusinessColumn['field']> = {
  sheetName: vi['business.template.sheetData'],
  columns: BUSINESS_COLUMNS,
  textFields: TEXT_FORMATTED,
};

/** The data sheet with its header row; rows are added by the caller. */
function addDataSheet<F extends string>(workbook: StreamWorkbook, spec: DataSheet<F>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = spec.columns.map((c) => ({
    key: c.field,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: DATE_FORMAT } : spec.textFields.has(c.field) ? { numFmt: TEXT_FORMAT } : {},
  }));
  const header = sheet.addRow(spec.columns.map((c) => vi[c.headerKey]));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32; // two lines of the longer headers
  header.commit();
  sheet.autoFilter = `A1:${columnLetter(spec.columns.length - 1)}1`;
  return sheet;
}

const YIELD_EVERY_ROWS = 1000;

/** Every business as a spreadsheet the import reads back unchanged. */
export async function writeBusinessesSheet(rows: Business[]): Promise<Uint8Array> {
  return writeWorkbook(async (workbook) => {
    const sheet = addDataSheet(workbook, BUSINESS_SHEET);
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

/** One column of the allowed-values sheet; with `field`, that field's cells offer its items as a drop-down list. */
export interface AllowedValues<F extends string> {
  header: string;
  items: readonly string[];
  width: number;
  text?: boolean;
  field?: F;
  /** Shown by Excel when a typed value is not in the list. */
  error?: MessageKey;
}

export interface TemplateSpec<F extends string> extends DataSheet<F> {
  example: Partial<Record<F, Cell>>;
  valuesSheetName: string;
  values: readonly AllowedValues<F>[];
}

/** An empty import file of any register: the headers, one example row, and a sheet of the allowed values. */
export async function writeSheetTemplate<F extends string>(spec: TemplateSpec<F>): Promise<Uint8Array> {
  return writeWorkbook(async (workbook) => {
    const sheet = addDataSheet(workbook, spec);
    sheet.addRow(spec.columns.map((c) => spec.example[c.field] ?? null)).commit();
    // exceljs's types omit the sheet-level list; it takes a range, written as one rule.
    const validations = (sheet as unknown as { dataValidations: ListValidation }).dataValidations;
    spec.values.forEach(({ field, items, error }, index) => {
      if (field === undefined) return;
      const letter = columnLetter(spec.columns.findIndex((c) => c.field === field));
      const valuesColumn = columnLetter(index);
      validations.add(`${letter}2:${letter}${MAX_DATA_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`'${spec.valuesSheetName}'!$${valuesColumn}$2:$${valuesColumn}$${items.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'stop',
        ...(error ? { error: vi[error] } : {}),
      });
    });
    sheet.commit();

    const values = workbook.addWorksheet(spec.valuesSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    values.columns = spec.values.map((v) => ({ width: v.width, ...(v.text ? { style: { numFmt: TEXT_FORMAT } } : {}) }));
    const header = values.addRow(spec.values.map((v) => v.header));
    header.font = { bold: true };
    header.commit();
    const count = Math.max(0, ...spec.values.map((v) => v.items.length));
    for (let i = 0; i < count; i += 1) values.addRow(spec.values.map((v) => v.items[i] ?? null)).commit();
    values.commit();
  });
}

/** An empty import file: the headers, one example row, and a sheet of the allowed values. */
export async function writeImportTemplate(communes: { code: string; name: string }[]): Promise<Uint8Array> {
  const commune = communes[0];
  return writeSheetTemplate({
    ...BUSINESS_SHEET,
    valuesSheetName: vi['business.template.sheetValues'],
    example: {
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
    },
    values: [
      { header: vi['business.template.valuesType'], items: BUSINESS_TYPES.map((t) => vi[`business.type.${t}`]), width: 40, field: 'type', error: 'import.unknownType' },
      { header: vi['business.template.valuesStatus'], items: BUSINESS_STATUSES.map((s) => vi[`business.status.${s}`]), width: 18, field: 'status', error: 'import.unknownStatus' },
      { header: vi['business.template.valuesCommuneCode'], items: communes.map((c) => c.code), width: 16, text: true },
      { header: vi['business.template.valuesCommuneName'], items: communes.map((c) => c.name), width: 32 },
    ],
  });
}

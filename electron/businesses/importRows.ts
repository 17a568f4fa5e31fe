import { businessIdentityKey, registrationKey } from '../../db/business';
import {
  BUSINESS_STATUSES,
  BUSINESS_TYPES,
  type BusinessFields,
  type BusinessStatus,
  type BusinessType,
} from '../../db/businessTypes';
import { identityKey, normalizeForSearch } from '../../db/text';
import { en } from '../../renderer/i18n/en';
import { vi, type MessageKey } from '../../renderer/i18n/vi';
import { BusinessFields as BusinessFieldsSchema } from '../api/schemas/business';
import { BUSINESS_COLUMNS, type BusinessColumn, type ColumnKind, type ColumnMapping } from './columns';
import type { CellValue, SheetTable } from './sheetReader';

export interface ImportContext {
  communes: { code: string; name: string }[];
  /** An already registered business with the same registration number, or name and address. */
  findExisting: (f: { name: string; address: string; registrationNo: string }) => { id: string; name: string } | undefined;
}

export interface ImportIssue {
  /** The BusinessFields field the problem is in; null when it is about the whole row. */
  field: string | null;
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface ImportRow {
  rowNumber: number;
  /** The row as it would be saved; null when the row has errors. */
  fields: BusinessFields | null;
  errors: ImportIssue[];
}

export interface ImportPreview {
  total: number;
  validCount: number;
  invalidCount: number;
  rows: ImportRow[];
}

type FieldName = keyof BusinessFields;
type FieldColumn = BusinessColumn & { field: FieldName };

const FIELD_COLUMNS = BUSINESS_COLUMNS.filter((c): c is FieldColumn => c.field !== 'communeName');

type PlainCell = Exclude<CellValue, { formulaWithoutValue: true }>;

type Coerced = { ok: true; value: unknown } | { ok: false; messageKey: MessageKey };

const ok = (value: unknown): Coerced => ({ ok: true, value });
const fail = (messageKey: MessageKey): Coerced => ({ ok: false, messageKey });

/** Compares labels and codes ignoring case, diacritics, Unicode form and punctuation. */
function labelKey(text: string): string {
  return normalizeForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function labelIndex<T extends string>(values: readonly T[], prefix: 'business.type.' | 'business.status.'): Map<string, T> {
  const index = new Map<string, T>();
  for (const value of values) {
    const key = `${prefix}${value}` as MessageKey;
    for (const label of [value, vi[key], en[key]]) index.set(labelKey(label), value);
  }
  return index;
}

const TYPE_LABELS = labelIndex(BUSINESS_TYPES, 'business.type.');
const STATUS_LABELS = labelIndex(BUSINESS_STATUSES, 'business.status.');

// Excel's largest date, 31/12/9999.
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null; // 31/02 rolls over into March
  return date.toISOString().slice(0, 10);
}

function serialToIso(serial: number): string | null {
  const days = Math.floor(serial);
  if (days < 1 || days > MAX_SERIAL || days === 60) return null; // 60 is Excel's fictitious 29/02/1900
  // Excel counts 1900 as a leap year, so serials after it are one day ahead.
  const epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + days * DAY_MS).toISOString().slice(0, 10);
}

const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function textToIso(text: string): string | null {
  const dmy = DMY.exec(text);
  if (dmy) return isoDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
  const ymd = YMD.exec(text);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

function dateToDmy(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A number as Excel would show it: no float noise, no ".0". */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function cellText(cell: PlainCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.normalize('NFC').trim();
  if (typeof cell === 'number') return numberText(cell);
  if (cell instanceof Date) return dateToDmy(cell);
  return String(cell);
}

function coerceDate(cell: PlainCell): Coerced {
  if (cell === null) return ok(null);
  if (cell instanceof Date) return ok(cell.toISOString().slice(0, 10));
  if (typeof cell === 'number') {
    const iso = serialToIso(cell);
    return iso ? ok(iso) : fail('validation.date');
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text === '') return ok(null);
    const iso = textToIso(text);
    return iso ? ok(iso) : fail('validation.date');
  }
  return fail('validation.date');
}

const THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

function coerceInteger(cell: PlainCell): Coerced {
  if (cell === null) return ok(null);
  if (typeof cell !== 'string') return ok(cell); // numbers pass; anything else gets the schema's message
  const text = cell.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return ok(null);
  if (INTEGER.test(text)) return ok(Number(text));
  // Vietnamese writes 1.234 for a thousand and 1,5 for a decimal.
  if (THOUSANDS.test(text)) return ok(Number(text.replace(/\./g, '')));
  if (DECIMAL_COMMA.test(text)) return ok(Number(text.replace(',', '.')));
  if (/^[+-]?\d+\.\d+$/.test(text)) return ok(Number(text));
  return ok(text);
}

const COMMUNE_PREFIX = /^(xa|phuong|thi tran|tt|p)\s+/;

class CommuneIndex {
  private readonly byCode = new Set<string>();
  private readonly byNumber = new Map<string, string[]>();
  private readonly byName = new Map<string, string[]>();
  private readonly byBareName = new Map<string, string[]>();

  constructor(communes: readonly { code: string; name: string }[]) {
    const add = (map: Map<string, string[]>, key: string, code: string) => {
      const codes = map.get(key);
      if (!codes) map.set(key, [code]);
      else if (!codes.includes(code)) codes.push(code);
    };
    for (const { code, name } of communes) {
      this.byCode.add(code);
      // A code typed into a number cell loses its leading zeros (06001 -> 6001).
      if (/^\d+$/.test(code)) add(this.byNumber, String(Number(code)), code);
      const key = labelKey(name);
      add(this.byName, key, code);
      add(this.byBareName, key.replace(COMMUNE_PREFIX, ''), code);
    }
  }

  /** The commune's code, or undefined when the text names no commune or more than one. */
  find(text: string): string | undefined {
    if (this.byCode.has(text)) return text;
    const only = (codes: string[] | undefined) => (codes?.length === 1 ? codes[0] : undefined);
    if (/^\d+$/.test(text)) return only(this.byNumber.get(String(Number(text))));
    const key = labelKey(text);
    return only(this.byName.get(key)) ?? only(this.byBareName.get(key.replace(COMMUNE_PREFIX, '')));
  }
}

/** Turns one cell into the value the schema checks, or a problem the schema cannot name. */
function coerce(kind: ColumnKind, cell: CellValue, communes: CommuneIndex, cache: Map<string, Coerced>): Coerced {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return fail('import.formulaWithoutValue');
  switch (kind) {
    case 'text':
      return ok(cellText(cell));
    case 'date':
      return coerceDate(cell);
    case 'integer':
      return coerceInteger(cell);
    case 'type':
    case 'status':
    case 'commune': {
      const text = cellText(cell);
      const cacheKey = `${kind}\u0000${text}`;
      let result = cache.get(cacheKey);
      if (!result) {
        result = coerceChoice(kind, text, communes);
        cache.set(cacheKey, result);
      }
      return result;
    }
  }
}

function coerceChoice(kind: 'type' | 'status' | 'commune', text: string, communes: CommuneIndex): Coerced {
  if (kind === 'status') {
    if (text === '') return ok('operating' satisfies BusinessStatus);
    const status = STATUS_LABELS.get(labelKey(text));
    return status ? ok(status) : fail('import.unknownStatus');
  }
  if (text === '') return fail('validation.required');
  if (kind === 'type') {
    const type: BusinessType | undefined = TYPE_LABELS.get(labelKey(text));
    return type ? ok(type) : fail('import.unknownType');
  }
  const code = communes.find(text);
  return code ? ok(code) : fail('import.unknownCommune');
}

function issueField(path: readonly PropertyKey[]): string | null {
  const first = path[0];
  return typeof first === 'string' ? first : null;
}

/**
 * Checks every row of a read sheet as it would be imported: converts the cells, validates with
 * the same schema as the form, and flags rows that repeat an earlier row or an existing business.
 */
export function validateImport(table: SheetTable, mapping: ColumnMapping, ctx: ImportContext): ImportPreview {
  const communes = new CommuneIndex(ctx.communes);
  const cache = new Map<string, Coerced>();
  const columnIndex = (field: keyof ColumnMapping) => {
    const index = mapping[field];
    return typeof index === 'number' && index >= 0 ? index : null;
  };
  const columns = FIELD_COLUMNS.map((column) => ({ ...column, index: columnIndex(column.field) }));
  const communeNameIndex = columnIndex('communeName');
  const seenRegistration = new Map<string, number>();
  const seenIdentity = new Map<string, number>();
  const rows: ImportRow[] = [];
  let validCount = 0;

  for (const { rowNumber, cells } of table.rows) {
    const errors: ImportIssue[] = [];
    const errored = new Set<string>();
    const candidate: Partial<Record<FieldName, unknown>> = {};
    for (const column of columns) {
      let cell = column.index === null ? null : (cells[column.index] ?? null);
      if (column.field === 'communeCode' && cell === null && communeNameIndex !== null) {
        cell = cells[communeNameIndex] ?? null;
      }
      const result = coerce(column.kind, cell, communes, cache);
      if (result.ok) {
        candidate[column.field] = result.value;
      } else {
        errors.push({ field: column.field, messageKey: result.messageKey });
        errored.add(column.field);
      }
    }

    const parsed = BusinessFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issueField(issue.path);
        if (field !== null && errored.has(field)) continue;
        if (field !== null) errored.add(field);
        errors.push({ field, messageKey: issue.message });
      }
    }

    const text = (field: FieldName) => {
      const value = candidate[field];
      return typeof value === 'string' ? value : '';
    };
    const name = text('name');
    const address = text('address');
    const registrationNo = text('registrationNo');
    const regKey = registrationNo ? registrationKey(registrationNo) : '';
    const idKey = name ? businessIdentityKey({ name, address }) : '';
    const earlierByRegistration = regKey ? seenRegistration.get(regKey) : undefined;
    const earlierByIdentity = idKey ? seenIdentity.get(idKey) : undefined;
    if (earlierByRegistration !== undefined) {
      errors.push({ field: 'registrationNo', messageKey: 'import.duplicateInFile', params: { row: earlierByRegistration } });
    } else if (earlierByIdentity !== undefined) {
      errors.push({ field: 'name', messageKey: 'import.duplicateInFile', params: { row: earlierByIdentity } });
    }
    if (regKey && earlierByRegistration === undefined) seenRegistration.set(regKey, rowNumber);
    if (idKey && earlierByIdentity === undefined) seenIdentity.set(idKey, rowNumber);

    // The template's example row left in place would otherwise be imported as a real business.
    if (isTemplateExample(name, address, text('ownerName'))) errors.push({ field: null, messageKey: 'import.exampleRow' });
    if (name) {
      const existing = ctx.findExisting({ name, address, registrationNo });
      if (existing) errors.push({ field: null, messageKey: 'import.duplicateExisting', params: { name: existing.name } });
    }

    const valid = errors.length === 0 && parsed.success;
    if (valid) validCount += 1;
    rows.push({ rowNumber, fields: valid ? parsed.data : null, errors });
  }

  return { total: rows.length, validCount, invalidCount: rows.length - validCount, rows };
}

const EXAMPLE_KEY = identityKey(
  vi['business.template.example.name'],
  vi['business.template.example.address'],
  vi['business.template.example.owner'],
);

function isTemplateExample(name: string, address: string, owner: string): boolean {
  return identityKey(name, address, owner) === EXAMPLE_KEY;
}

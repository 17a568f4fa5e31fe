import type { BusinessFields } from '../../db/businessTypes';
import { normalizeForSearch } from '../../db/text';
import { en } from '../../renderer/i18n/en';
import { vi, type MessageKey } from '../../renderer/i18n/vi';

export type ColumnKind = 'text' | 'date' | 'integer' | 'type' | 'status' | 'commune';

/** A column's field: one of BusinessFields, or `communeName`, shown beside the commune code. */
export type ColumnField = keyof BusinessFields | 'communeName';

export interface BusinessColumn {
  field: ColumnField;
  headerKey: MessageKey;
  required: boolean;
  kind: ColumnKind;
  /** Column width in characters, for the files we write. */
  width: number;
}

/** The spreadsheet columns, in order: the import template, the export and the import mapping share them. */
export const BUSINESS_COLUMNS: readonly BusinessColumn[] = [
  { field: 'name', headerKey: 'business.field.name', required: true, kind: 'text', width: 36 },
  { field: 'type', headerKey: 'business.field.type', required: true, kind: 'type', width: 24 },
  { field: 'address', headerKey: 'business.field.address', required: false, kind: 'text', width: 40 },
  { field: 'communeCode', headerKey: 'business.field.communeCode', required: true, kind: 'commune', width: 12 },
  // On import, used only where the code cell is empty.
  { field: 'communeName', headerKey: 'business.field.communeName', required: false, kind: 'commune', width: 26 },
  { field: 'ownerName', headerKey: 'business.field.ownerName', required: false, kind: 'text', width: 26 },
  { field: 'phone', headerKey: 'business.field.phone', required: false, kind: 'text', width: 16 },
  { field: 'registrationNo', headerKey: 'business.field.registrationNo', required: false, kind: 'text', width: 20 },
  { field: 'registrationDate', headerKey: 'business.field.registrationDate', required: false, kind: 'date', width: 16 },
  { field: 'securityCertNo', headerKey: 'business.field.securityCertNo', required: false, kind: 'text', width: 20 },
  { field: 'securityCertDate', headerKey: 'business.field.securityCertDate', required: false, kind: 'date', width: 16 },
  { field: 'workersTotal', headerKey: 'business.field.workersTotal', required: false, kind: 'integer', width: 12 },
  { field: 'workersWomen', headerKey: 'business.field.workersWomen', required: false, kind: 'integer', width: 12 },
  { field: 'status', headerKey: 'business.field.status', required: false, kind: 'status', width: 18 },
  { field: 'notes', headerKey: 'business.field.notes', required: false, kind: 'text', width: 40 },
];

/** Field -> zero-based column index in the sheet, or null when the field is not imported. */
export type ColumnMapping = Partial<Record<ColumnField, number | null>>;

/** Header comparison key: case, diacritics, Unicode form, punctuation and spacing do not count. */
export function headerMatchKey(text: string): string {
  return normalizeForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

// The Vietnamese header we write, the English one, and the field name itself.
const HEADER_KEYS = new Map(
  BUSINESS_COLUMNS.map((c) => [c.field, [vi[c.headerKey], en[c.headerKey], c.field].map(headerMatchKey)] as const),
);

/** Finds each field's column by its header; a column is used for one field at most. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerMatchKey);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const column of BUSINESS_COLUMNS) {
    const wanted = HEADER_KEYS.get(column.field) ?? [];
    let found: number | null = null;
    for (const key of wanted) {
      const index = keys.findIndex((k, i) => k !== '' && k === key && !used.has(i));
      if (index >= 0) {
        found = index;
        used.add(index);
        break;
      }
    }
    mapping[column.field] = found;
  }
  return mapping;
}

const isMapped = (mapping: ColumnMapping, field: ColumnField) => typeof mapping[field] === 'number';

/** Required fields the mapping leaves without a column (a commune-name column stands in for the code). */
export function missingRequired(mapping: ColumnMapping): ColumnField[] {
  return BUSINESS_COLUMNS.filter(
    (c) => c.required && !isMapped(mapping, c.field) && !(c.field === 'communeCode' && isMapped(mapping, 'communeName')),
  ).map((c) => c.field);
}

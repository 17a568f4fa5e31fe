// Matching a sheet's columns to a record kind's fields by their headers: shared by every import.
import { normalizeForSearch } from '../../db/text';
import { en } from '../../renderer/i18n/en';
import { vi, type MessageKey } from '../../renderer/i18n/vi';
import { HEADER_SYNONYMS } from './headerSynonyms';

/** One spreadsheet column of a record kind: the template, the export and the import mapping share it. */
export interface SheetColumn<F extends string = string, K extends string = string> {
  field: F;
  headerKey: MessageKey;
  required: boolean;
  kind: K;
  /** Column width in characters, for the files we write. */
  width: number;
}

/** Field -> zero-based column index in the sheet, or null when the field is not imported. */
export type FieldMapping<F extends string = string> = Partial<Record<F, number | null>>;

/** Header comparison key: case, diacritics, Unicode form, punctuation and spacing do not count. */
export function headerMatchKey(text: string): string {
  return normalizeForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Finds each field's column by its header (Vietnamese, English or the field name), then the fields still
 * without one by the header's other words (HEADER_SYNONYMS: "SĐT", "Mã xã", "Tên cơ sở kinh doanh"); a
 * column is used once at most, and an exact header is never taken by another field's synonym.
 */
export function suggestFieldMapping<F extends string>(columns: readonly SheetColumn<F>[], headers: readonly string[]): FieldMapping<F> {
  const keys = headers.map(headerMatchKey);
  const used = new Set<number>();
  const mapping: FieldMapping<F> = {};
  const find = (column: SheetColumn<F>, words: readonly string[]) => {
    for (const key of words.map(headerMatchKey)) {
      const index = keys.findIndex((k, i) => k !== '' && k === key && !used.has(i));
      if (index >= 0) {
        used.add(index);
        mapping[column.field] = index;
        return;
      }
    }
  };
  for (const column of columns) {
    mapping[column.field] = null;
    find(column, [vi[column.headerKey], en[column.headerKey], column.field]);
  }
  for (const column of columns) if (mapping[column.field] === null) find(column, HEADER_SYNONYMS[column.headerKey] ?? []);
  return mapping;
}

export const isMapped = <F extends string>(mapping: FieldMapping<F>, field: F) => typeof mapping[field] === 'number';

/**
 * Required fields the mapping leaves without a column. `standIns` names a column that may take a
 * required one's place (the commune name for the commune code).
 */
export function missingRequiredFields<F extends string>(
  columns: readonly SheetColumn<F>[],
  mapping: FieldMapping<F>,
  standIns: Partial<Record<F, F>> = {},
): F[] {
  return columns
    .filter((c) => {
      const standIn = standIns[c.field];
      return c.required && !isMapped(mapping, c.field) && !(standIn !== undefined && isMapped(mapping, standIn));
    })
    .map((c) => c.field);
}

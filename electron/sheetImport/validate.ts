// Checking every row of a read sheet as one record kind would import it: shared by every import.
import type { z } from 'zod';
import type { MessageKey } from '../../renderer/i18n/vi';
import type { CellValue, SheetTable } from '../businesses/sheetReader';
import { cellText, coerceDate, coerceInteger, fail, isFormulaWithoutValue, localYear, ok, type Coerced } from './cells';
import type { FieldMapping, SheetColumn } from './mapping';

export interface ImportIssue {
  /** The field the problem is in; null when it is about the whole row. */
  field: string | null;
  messageKey: string;
  params?: Record<string, string | number>;
}

export interface ImportRow<T> {
  rowNumber: number;
  /** The row as it would be saved; null when the row has errors. */
  fields: T | null;
  errors: ImportIssue[];
  /** Things the clerk should know that do not stop the row (a likely duplicate offered for merging). */
  warnings: ImportIssue[];
}

export interface ImportPreview<T> {
  total: number;
  validCount: number;
  invalidCount: number;
  rows: ImportRow<T>[];
}

/** Cell kinds every import understands; a record kind converts its own (types, statuses, units). */
export type GenericKind = 'text' | 'date' | 'integer';

/** The cell values of one row by field, before the schema checks them. */
export type Candidate = Partial<Record<string, unknown>>;

/** What makes one kind of record importable: its columns, its conversions, its schema and its duplicates. */
export interface RecordKind<T, F extends string = string, K extends string = string> {
  columns: readonly SheetColumn<F, K | GenericKind>[];
  /** Column read where a required one's cell is empty: required field -> stand-in field. */
  standIns?: Partial<Record<F, F>>;
  schema: z.ZodType<T>;
  /** Converts the text of a cell of one of the kind's own column kinds (cached per import). */
  choose(kind: K, text: string): Coerced;
  /** A row's own conversion of a cell (a choice the clerk made for that row), before the cached one. */
  chooseInRow?(kind: K, text: string, rowNumber: number): Coerced | undefined;
  /** Keys under which a later row repeats an earlier one, in the order they are checked. */
  duplicateKeys(candidate: Candidate): { field: F; key: string }[];
  /** Problems of the whole row (an existing record, the template's example row). */
  rowErrors?(candidate: Candidate): ImportIssue[];
  rowWarnings?(candidate: Candidate): ImportIssue[];
}

const GENERIC = new Set<string>(['text', 'date', 'integer']);

function issueField(path: readonly PropertyKey[]): string | null {
  const first = path[0];
  return typeof first === 'string' ? first : null;
}

export function validateRows<T, F extends string, K extends string>(
  table: SheetTable,
  mapping: FieldMapping<F>,
  kind: RecordKind<T, F, K>,
): ImportPreview<T> {
  const columnIndex = (field: F) => {
    const index = mapping[field];
    return typeof index === 'number' && index >= 0 ? index : null;
  };
  const standIns: Partial<Record<F, F>> = kind.standIns ?? {};
  const standInFields = new Set<string>(Object.values(standIns) as F[]);
  const columns = kind.columns
    .filter((c) => !standInFields.has(c.field))
    .map((c) => {
      const standIn = standIns[c.field];
      return { ...c, index: columnIndex(c.field), standInIndex: standIn === undefined ? null : columnIndex(standIn) };
    });
  const cache = new Map<string, Coerced>();
  const maxYear = localYear() + 1;
  const coerce = (columnKind: K | GenericKind, cell: CellValue, rowNumber: number): Coerced => {
    if (isFormulaWithoutValue(cell)) return fail('import.formulaWithoutValue');
    if (columnKind === 'text') return ok(cellText(cell));
    if (columnKind === 'date') return coerceDate(cell, maxYear);
    if (columnKind === 'integer') return coerceInteger(cell);
    const text = cellText(cell);
    const own = GENERIC.has(columnKind) ? undefined : kind.chooseInRow?.(columnKind as K, text, rowNumber);
    if (own) return own;
    const cacheKey = `${columnKind}\u0000${text}`;
    let result = cache.get(cacheKey);
    if (!result) {
      result = GENERIC.has(columnKind) ? ok(text) : kind.choose(columnKind as K, text);
      cache.set(cacheKey, result);
    }
    return result;
  };

  const seen: Map<string, number>[] = [];
  const rows: ImportRow<T>[] = [];
  let validCount = 0;
  for (const { rowNumber, cells } of table.rows) {
    const errors: ImportIssue[] = [];
    const cellWarnings: ImportIssue[] = [];
    const errored = new Set<string>();
    const candidate: Candidate = {};
    for (const column of columns) {
      let cell = column.index === null ? null : (cells[column.index] ?? null);
      if (cell === null && column.standInIndex !== null) cell = cells[column.standInIndex] ?? null;
      const result = coerce(column.kind, cell, rowNumber);
      if (result.ok) {
        candidate[column.field] = result.value;
        if (result.warning) cellWarnings.push({ field: column.field, ...result.warning });
      } else {
        errors.push({ field: column.field, messageKey: result.messageKey, ...(result.params ? { params: result.params } : {}) });
        errored.add(column.field);
      }
    }

    const parsed = kind.schema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issueField(issue.path);
        if (field !== null && errored.has(field)) continue;
        if (field !== null) errored.add(field);
        errors.push({ field, messageKey: issue.message as MessageKey });
      }
    }

    // Each key remembers its first row; the first key that repeats is reported.
    let repeated = false;
    kind.duplicateKeys(parsed.success ? (parsed.data as Candidate) : candidate).forEach(({ field, key }, i) => {
      const keySeen = (seen[i] ??= new Map());
      if (key === '') return;
      const earlier = keySeen.get(key);
      if (earlier === undefined) keySeen.set(key, rowNumber);
      else if (!repeated) {
        repeated = true;
        errors.push({ field, messageKey: 'import.duplicateInFile', params: { row: earlier } });
      }
    });
    const checked = parsed.success ? (parsed.data as Candidate) : candidate;
    errors.push(...(kind.rowErrors?.(checked) ?? []));
    const warnings = [...cellWarnings, ...(kind.rowWarnings?.(checked) ?? [])];

    const valid = errors.length === 0 && parsed.success;
    if (valid) validCount += 1;
    rows.push({ rowNumber, fields: valid ? parsed.data : null, errors, warnings });
  }
  return { total: rows.length, validCount, invalidCount: rows.length - validCount, rows };
}

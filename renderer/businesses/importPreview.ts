import type { ImportPreviewOut } from '../../electron/api/schemas/import';
/** The Select value standing for "(not used)": antd Selects do not hold null well. */
export const NOT_MAPPED = -1;

export type ColumnMapping = Record<string, number | null>;

export function withColumn(mapping: ColumnMapping, field: string, selectValue: number): ColumnMapping {
  return { ...mapping, [field]: selectValue === NOT_MAPPED ? null : selectValue };
}

/** Header texts as choices; an empty header is named by its position ("Column 3"). */
export function columnOptions(headers: readonly string[], columnName: (n: number) => string, notMapped: string) {
  return [
    { value: NOT_MAPPED, label: notMapped },
    ...headers.map((header, index) => ({ value: index, label: header.trim() || columnName(index + 1) })),
  ];
}

export interface InvalidRowLine {
  key: string;
  rowNumber: number;
  field: string | null;
  messageKey: string;
  params?: Record<string, string | number>;
}

/** One line per problem: a row with three problems gives three lines. */
export function invalidRowLines(rows: ImportPreviewOut['invalidRows']): InvalidRowLine[] {
  return rows.flatMap((row) =>
    row.errors.map((error, index) => ({
      key: `${row.rowNumber}:${index}`,
      rowNumber: row.rowNumber,
      field: error.field,
      messageKey: error.messageKey,
      ...(error.params ? { params: error.params } : {}),
    })),
  );
}

/**
 * The columns read under another header than ours (“SĐT” read as “Điện thoại”), to show the clerk how the file
 * was understood; a header written exactly as ours is not listed.
 */
export function readAsLines(headers: readonly string[], mapping: ColumnMapping, fieldLabel: (field: string) => string): { column: string; field: string }[] {
  return Object.entries(mapping).flatMap(([field, index]) => {
    if (index === null || index === undefined) return [];
    const column = headers[index]?.trim() ?? '';
    const label = fieldLabel(field);
    return column !== '' && column !== label ? [{ column, field: label }] : [];
  });
}

import type { BusinessFields } from '../../db/businessTypes';
import type { MessageKey } from '../../renderer/i18n/vi';
import { headerMatchKey, missingRequiredFields, suggestFieldMapping, type FieldMapping, type SheetColumn } from '../sheetImport/mapping';

export type ColumnKind = 'text' | 'date' | 'integer' | 'type' | 'status' | 'commune';

/** A column's field: one of BusinessFields, or `communeName`, shown beside the commune code. */
export type ColumnField = keyof BusinessFields | 'communeName';

export type BusinessColumn = SheetColumn<ColumnField, ColumnKind> & { headerKey: MessageKey };

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
  { field: 'licenceNo', headerKey: 'business.field.licenceNo', required: false, kind: 'text', width: 20 },
  { field: 'licenceDate', headerKey: 'business.field.licenceDate', required: false, kind: 'date', width: 16 },
  { field: 'licenceIssuer', headerKey: 'business.field.licenceIssuer', required: false, kind: 'text', width: 26 },
  { field: 'workersTotal', headerKey: 'business.field.workersTotal', required: false, kind: 'integer', width: 12 },
  { field: 'workersWomen', headerKey: 'business.field.workersWomen', required: false, kind: 'integer', width: 12 },
  { field: 'status', headerKey: 'business.field.status', required: false, kind: 'status', width: 18 },
  { field: 'notes', headerKey: 'business.field.notes', required: false, kind: 'text', width: 40 },
];

/** Field -> zero-based column index in the sheet, or null when the field is not imported. */
export type ColumnMapping = FieldMapping<ColumnField>;

export { headerMatchKey };

/** A commune-name column stands in for the code where the code cell is empty. */
export const BUSINESS_STAND_INS: Partial<Record<ColumnField, ColumnField>> = { communeCode: 'communeName' };

/** Finds each field's column by its header; a column is used for one field at most. */
export const suggestMapping = (headers: readonly string[]): ColumnMapping => suggestFieldMapping(BUSINESS_COLUMNS, headers);

/** Required fields the mapping leaves without a column (a commune-name column stands in for the code). */
export const missingRequired = (mapping: ColumnMapping): ColumnField[] =>
  missingRequiredFields(BUSINESS_COLUMNS, mapping, BUSINESS_STAND_INS);

import { businessIdentityKey, registrationKey } from '../../db/business';
import { BUSINESS_STATUSES, BUSINESS_TYPES, type BusinessFields, type BusinessStatus, type BusinessType } from '../../db/businessTypes';
import { identityKey } from '../../db/text';
import { vi } from '../../renderer/i18n/vi';
import { BusinessFields as BusinessFieldsSchema } from '../api/schemas/business';
import { fail, labelIndex, labelKey, ok, type Coerced } from '../sheetImport/cells';
import { validateRows, type Candidate, type ImportIssue, type ImportPreview as Preview, type ImportRow as Row, type RecordKind } from '../sheetImport/validate';
import { BUSINESS_COLUMNS, BUSINESS_STAND_INS, type ColumnField, type ColumnMapping } from './columns';
import type { SheetTable } from './sheetReader';
import type { CommuneResolver } from '../sheetImport/oldCommunes';

export type { ImportIssue };
export type ImportRow = Row<BusinessFields>;
export type ImportPreview = Preview<BusinessFields>;

export interface ImportContext {
  communes: { code: string; name: string }[];
  /** Reads old communes through the official mapping (issue 17); without it only today's communes are known. */
  resolver?: CommuneResolver;
  /** An already registered business with the same registration number, or name and address. */
  findExisting: (f: { name: string; address: string; registrationNo: string }) => { id: string; name: string } | undefined;
}

const TYPE_LABELS = labelIndex(BUSINESS_TYPES, 'business.type.');
const STATUS_LABELS = labelIndex(BUSINESS_STATUSES, 'business.status.');

const COMMUNE_PREFIX = /^(xa|phuong|thi tran|tt|p)\s+/;

/** Finds a commune by code (leading zeros optional) or by name (with or without "Xã", "Phường"). */
export class CommuneIndex {
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

const text = (candidate: Candidate, field: keyof BusinessFields) => {
  const value = candidate[field];
  return typeof value === 'string' ? value : '';
};

const EXAMPLE_KEY = identityKey(
  vi['business.template.example.name'],
  vi['business.template.example.address'],
  vi['business.template.example.owner'],
);

/** The business register as an importable record kind. */
export function businessImportKind(ctx: ImportContext): RecordKind<BusinessFields, ColumnField, 'type' | 'status' | 'commune'> {
  const communes = new CommuneIndex(ctx.communes);
  return {
    columns: BUSINESS_COLUMNS,
    standIns: BUSINESS_STAND_INS,
    schema: BusinessFieldsSchema,
    choose(kind, value): Coerced {
      if (kind === 'status') {
        if (value === '') return ok('operating' satisfies BusinessStatus);
        const status = STATUS_LABELS.get(labelKey(value));
        return status ? ok(status) : fail('import.unknownStatus');
      }
      if (value === '') return fail('validation.required');
      if (kind === 'type') {
        const type: BusinessType | undefined = TYPE_LABELS.get(labelKey(value));
        return type ? ok(type) : fail('import.unknownType');
      }
      if (ctx.resolver) return ctx.resolver.resolve(value, 'import.unknownCommune');
      const code = communes.find(value);
      return code ? ok(code) : fail('import.unknownCommune');
    },
    chooseInRow: (kind, value, rowNumber) => (kind === 'commune' && value !== '' ? ctx.resolver?.resolveInRow(value, 'import.unknownCommune', rowNumber) : undefined),
    duplicateKeys(candidate) {
      const registrationNo = text(candidate, 'registrationNo');
      const name = text(candidate, 'name');
      return [
        { field: 'registrationNo', key: registrationNo ? registrationKey(registrationNo) : '' },
        { field: 'name', key: name ? businessIdentityKey({ name, address: text(candidate, 'address') }) : '' },
      ];
    },
    rowErrors(candidate) {
      const name = text(candidate, 'name');
      const address = text(candidate, 'address');
      const errors: ImportIssue[] = [];
      // The template's example row left in place would otherwise be imported as a real business.
      if (identityKey(name, address, text(candidate, 'ownerName')) === EXAMPLE_KEY) {
        errors.push({ field: null, messageKey: 'import.exampleRow' });
      }
      if (name) {
        const existing = ctx.findExisting({ name, address, registrationNo: text(candidate, 'registrationNo') });
        if (existing) errors.push({ field: null, messageKey: 'import.duplicateExisting', params: { name: existing.name } });
      }
      return errors;
    },
  };
}

/**
 * Checks every row of a read sheet as it would be imported: converts the cells, validates with
 * the same schema as the form, and flags rows that repeat an earlier row or an existing business.
 */
export function validateImport(table: SheetTable, mapping: ColumnMapping, ctx: ImportContext): ImportPreview {
  return validateRows(table, mapping, businessImportKind(ctx));
}

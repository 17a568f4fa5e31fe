// The staff register as an importable record kind (see ../sheetImport): columns, conversions, duplicates.
import { staffIdentityKey } from '../../db/staff';
import { identityKey } from '../../db/text';
import { vi } from '../../renderer/i18n/vi';
import { STAFF_GENDERS, STAFF_GROUPS, STAFF_LEVELS, STAFF_STATUSES, type StaffFields } from '../../db/staffTypes';
import { StaffFields as StaffFieldsSchema } from '../api/schemas/training';
import { CommuneIndex } from '../businesses/importRows';
import type { CommuneResolver } from '../sheetImport/oldCommunes';
import { fail, labelIndex, labelKey, ok, type Coerced } from '../sheetImport/cells';
import { missingRequiredFields, suggestFieldMapping, type FieldMapping, type SheetColumn } from '../sheetImport/mapping';
import type { Candidate, ImportIssue, RecordKind } from '../sheetImport/validate';

type StaffField = keyof StaffFields;
type StaffColumnKind = 'gender' | 'level' | 'unit' | 'group' | 'status';

export const STAFF_COLUMNS: readonly SheetColumn<StaffField, StaffColumnKind | 'text' | 'integer'>[] = [
  { field: 'fullName', headerKey: 'staff.field.fullName', required: true, kind: 'text', width: 28 },
  { field: 'gender', headerKey: 'staff.field.gender', required: false, kind: 'gender', width: 10 },
  { field: 'birthYear', headerKey: 'staff.field.birthYear', required: false, kind: 'integer', width: 10 },
  { field: 'position', headerKey: 'staff.field.position', required: false, kind: 'text', width: 24 },
  { field: 'agency', headerKey: 'staff.field.agency', required: false, kind: 'text', width: 30 },
  { field: 'level', headerKey: 'staff.field.level', required: true, kind: 'level', width: 12 },
  { field: 'unitCode', headerKey: 'staff.field.unitCode', required: true, kind: 'unit', width: 24 },
  { field: 'group', headerKey: 'staff.field.group', required: true, kind: 'group', width: 22 },
  { field: 'phone', headerKey: 'staff.field.phone', required: false, kind: 'text', width: 16 },
  { field: 'status', headerKey: 'staff.field.status', required: false, kind: 'status', width: 14 },
];

/** The template's example person (see staffTemplate.ts): left in the file, the row is refused. */
export const STAFF_EXAMPLE = {
  fullName: vi['staff.template.example.name'],
  agency: vi['staff.template.example.agency'],
  phone: '0912 345 678',
};
const STAFF_EXAMPLE_KEY = identityKey(STAFF_EXAMPLE.fullName, STAFF_EXAMPLE.agency, STAFF_EXAMPLE.phone);

export const suggestStaffMapping = (headers: readonly string[]): FieldMapping => suggestFieldMapping(STAFF_COLUMNS, headers);
export const missingStaffColumns = (mapping: FieldMapping<StaffField>): string[] => missingRequiredFields(STAFF_COLUMNS, mapping);

const LABELS: Record<Exclude<StaffColumnKind, 'unit'>, Map<string, string>> = {
  gender: labelIndex(STAFF_GENDERS, 'staff.gender.'),
  level: labelIndex(STAFF_LEVELS, 'staff.level.'),
  group: labelIndex(STAFF_GROUPS, 'staff.group.'),
  status: labelIndex(STAFF_STATUSES, 'staff.status.'),
};

export interface StaffImportContext {
  /** The units people of this office may serve: the office's own and those under it. */
  units: readonly { code: string; name: string }[];
  /** Reads old communes through the official mapping (issue 17). */
  resolver?: CommuneResolver;
  /** A registered person with the same identity key. */
  findExisting: (identityKey: string) => { fullName: string } | undefined;
}

const identityOf = (candidate: Candidate) => {
  const fullName = candidate.fullName;
  if (typeof fullName !== 'string' || fullName === '') return '';
  const birthYear = typeof candidate.birthYear === 'number' ? candidate.birthYear : null;
  return staffIdentityKey({ fullName, birthYear, unitCode: typeof candidate.unitCode === 'string' ? candidate.unitCode : '' });
};

export function staffImportKind(ctx: StaffImportContext): RecordKind<StaffFields, StaffField, StaffColumnKind> {
  const units = new CommuneIndex(ctx.units);
  return {
    columns: STAFF_COLUMNS,
    schema: StaffFieldsSchema,
    choose(kind, text): Coerced {
      if (kind === 'unit') {
        if (text === '') return fail('validation.required');
        if (ctx.resolver) return ctx.resolver.resolve(text, 'staff.import.unknownUnit');
        const code = units.find(text);
        return code ? ok(code) : fail('staff.import.unknownUnit');
      }
      if (text === '') {
        if (kind === 'gender') return ok(null);
        if (kind === 'status') return ok('active');
        return fail('validation.required');
      }
      const value = LABELS[kind].get(labelKey(text));
      return value ? ok(value) : fail('validation.choice');
    },
    chooseInRow: (kind, text, rowNumber) => (kind === 'unit' && text !== '' ? ctx.resolver?.resolveInRow(text, 'staff.import.unknownUnit', rowNumber) : undefined),
    duplicateKeys: (candidate) => [{ field: 'fullName', key: identityOf(candidate) }],
    // The template's example row left in place would otherwise be imported as a real person.
    rowErrors: (candidate) => {
      const text = (field: StaffField) => (typeof candidate[field] === 'string' ? candidate[field] : '');
      return identityKey(text('fullName'), text('agency'), text('phone')) === STAFF_EXAMPLE_KEY ? [{ field: null, messageKey: 'import.exampleRow' }] : [];
    },
    // A person already registered is imported all the same and offered for merging afterwards.
    rowWarnings(candidate): ImportIssue[] {
      const key = identityOf(candidate);
      const existing = key ? ctx.findExisting(key) : undefined;
      return existing ? [{ field: 'fullName', messageKey: 'staff.import.likelyDuplicate', params: { name: existing.fullName } }] : [];
    },
  };
}

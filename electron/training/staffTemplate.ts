// The staff register's import template: the business template's writer with the staff columns.
import { STAFF_GENDERS, STAFF_GROUPS, STAFF_LEVELS, STAFF_STATUSES } from '../../db/staffTypes';
import { vi } from '../../renderer/i18n/vi';
import { writeSheetTemplate } from '../businesses/exportSheet';
import { STAFF_COLUMNS, STAFF_EXAMPLE } from './staffImport';

/** An empty staff import file: the headers the import maps by itself, one example row, the allowed values. */
export function writeStaffTemplate(units: readonly { code: string; name: string; level: (typeof STAFF_LEVELS)[number] }[]): Promise<Uint8Array> {
  const unit = units.find((u) => u.level === 'commune') ?? units[0];
  const labels = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => vi[`${prefix}${v}` as keyof typeof vi]);
  return writeSheetTemplate({
    sheetName: vi['staff.template.sheetData'],
    columns: STAFF_COLUMNS,
    textFields: new Set(['phone']),
    valuesSheetName: vi['business.template.sheetValues'],
    example: {
      ...STAFF_EXAMPLE,
      gender: vi['staff.gender.male'],
      birthYear: 1985,
      position: vi['staff.template.example.position'],
      level: vi[`staff.level.${unit?.level ?? 'commune'}`],
      unitCode: unit?.name ?? null,
      group: vi['staff.group.civil_servant'],
      status: vi['staff.status.active'],
    },
    values: [
      { header: vi['staff.field.gender'], items: labels(STAFF_GENDERS, 'staff.gender.'), width: 12, field: 'gender', error: 'validation.choice' },
      { header: vi['staff.field.level'], items: labels(STAFF_LEVELS, 'staff.level.'), width: 12, field: 'level', error: 'validation.choice' },
      { header: vi['staff.field.group'], items: labels(STAFF_GROUPS, 'staff.group.'), width: 24, field: 'group', error: 'validation.choice' },
      { header: vi['staff.field.status'], items: labels(STAFF_STATUSES, 'staff.status.'), width: 16, field: 'status', error: 'validation.choice' },
      // A unit list of no rows would make an empty drop-down: the column is then left free.
      { header: vi['staff.field.unitCode'], items: units.map((u) => u.name), width: 32, ...(units.length > 0 ? { field: 'unitCode' as const, error: 'staff.import.unknownUnit' as const } : {}) },
    ],
  });
}

import { describe, expect, it } from 'vitest';
import { columnOptions, invalidRowLines, NOT_MAPPED, readAsLines, withColumn } from './importPreview';

describe('import preview helpers', () => {
  it('maps "(not used)" to null', () => {
    expect(withColumn({ name: 0, phone: 2 }, 'phone', NOT_MAPPED)).toEqual({ name: 0, phone: null });
    expect(withColumn({ name: 0 }, 'phone', 4)).toEqual({ name: 0, phone: 4 });
  });

  it('names columns, empty headers by position', () => {
    expect(columnOptions(['Tên', ' '], (n) => `Cột ${n}`, '(không dùng)')).toEqual([
      { value: NOT_MAPPED, label: '(không dùng)' },
      { value: 0, label: 'Tên' },
      { value: 1, label: 'Cột 2' },
    ]);
  });

  it('flattens invalid rows into one line per problem', () => {
    const lines = invalidRowLines([
      {
        rowNumber: 3,
        errors: [
          { field: 'name', messageKey: 'validation.required' },
          { field: null, messageKey: 'import.duplicateInFile', params: { row: 2 } },
        ],
      },
    ]);
    expect(lines).toEqual([
      { key: '3:0', rowNumber: 3, field: 'name', messageKey: 'validation.required' },
      { key: '3:1', rowNumber: 3, field: null, messageKey: 'import.duplicateInFile', params: { row: 2 } },
    ]);
  });
});

describe('columns read by meaning', () => {
  it('lists each column read under another header than ours, not those written as ours or unused', () => {
    const label = (field: string) => ({ name: 'Tên cơ sở', phone: 'Điện thoại', communeCode: 'Xã, phường', notes: 'Ghi chú' })[field] ?? field;
    expect(readAsLines(['Tên cơ sở', 'SĐT', 'mã xã', 'Ghi chú'], { name: 0, phone: 1, communeCode: 2, notes: null }, label)).toEqual([
      { column: 'SĐT', field: 'Điện thoại' },
      { column: 'mã xã', field: 'Xã, phường' },
    ]);
  });
});

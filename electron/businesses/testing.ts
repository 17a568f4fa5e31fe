// Test factories for the spreadsheet modules: workbooks are built in code, not kept as fixture files.
import ExcelJS from 'exceljs';
import { BUSINESS_STATUSES, BUSINESS_TYPES, type Business, type BusinessFields } from '../../db/businessTypes';
import type { ImportContext } from './importRows';

export const COMMUNES = [
  { code: '05977', name: 'Phường Đông Kinh' },
  { code: '06001', name: 'Xã Đoàn Kết' },
  { code: '06004', name: 'Xã Quốc Khánh' },
  { code: '06100', name: 'Thị trấn Na Sầm' },
];

export const noExisting: ImportContext['findExisting'] = () => undefined;

export const context = (findExisting: ImportContext['findExisting'] = noExisting): ImportContext => ({
  communes: COMMUNES,
  findExisting,
});

export function fields(overrides: Partial<BusinessFields> = {}): BusinessFields {
  return {
    name: 'Nhà nghỉ Hoàng Anh',
    type: 'guest_house',
    address: 'Số 12, đường Trần Đăng Ninh',
    communeCode: '05977',
    ownerName: 'Trần Thị Bình',
    phone: '0205 3812 345',
    registrationNo: '14A8000123',
    registrationDate: '2022-05-17',
    securityCertNo: '125/GCN',
    securityCertDate: '2024-02-29',
    workersTotal: 6,
    workersWomen: 4,
    status: 'operating',
    notes: 'Ghi chú\ncó xuống dòng',
    ...overrides,
  };
}

export function business(overrides: Partial<BusinessFields> = {}, communeName = 'Phường Đông Kinh'): Business {
  return {
    ...fields(overrides),
    id: '00000000-0000-4000-8000-000000000001',
    communeName,
    unitCode: '20',
    unitListVersion: 'VN-2025',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    createdBy: null,
    updatedBy: null,
  };
}

function pick<T>(list: readonly T[], i: number): T {
  const item = list[i % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** The i-th of a varied, valid, duplicate-free set of businesses. */
export function generatedBusiness(i: number): Business {
  const commune = pick(COMMUNES, i);
  return business(
    {
      name: `${pick(['Nhà nghỉ', 'Karaoke', 'Khách sạn', 'Quán cà phê'], i)} Ánh Dương ${i}`,
      type: pick(BUSINESS_TYPES, i),
      address: `Số ${i}, đường Lý Thái Tổ`,
      communeCode: commune.code,
      registrationNo: `14A${String(i).padStart(7, '0')}`,
      registrationDate: i % 3 === 0 ? null : '2022-05-17',
      securityCertDate: null,
      workersTotal: i % 5 === 0 ? null : (i % 12) + 1,
      workersWomen: i % 5 === 0 ? null : i % 2,
      status: pick(BUSINESS_STATUSES, i),
      notes: i % 7 === 0 ? 'Đã kiểm tra' : '',
    },
    commune.name,
  );
}

/** An .xlsx with one sheet holding these rows (row 1 first); `configure` can style or add sheets. */
export async function workbookBytes(
  rows: ExcelJS.CellValue[][],
  configure?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null && value !== undefined) sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  configure?.(sheet, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Loads bytes back with ExcelJS, to look at what a writer produced. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

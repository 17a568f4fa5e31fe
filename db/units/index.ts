// Administrative-unit lists. A unit code means nothing without the list version it comes from
// (most VN-2025 commune codes reuse a VN-2004 number for a different, merged place).
import { z } from 'zod';
import ExcelJS from 'exceljs';
import vn2004 from './data/VN-2004.json';
import vn2025 from './data/VN-2025.json';
import unitEndings from './data/unit-endings.json';

export type UnitLevel = 'province' | 'district' | 'commune';

export interface AdminUnit {
  listVersion: string;
  code: string;
  name: string;
  level: UnitLevel;
  kind: string;
  parentCode: string | null;
  /** The first day the unit no longer exists (merged away while its list was in use), or none. */
  endedOn?: string | null;
  /** The act that ended it (Nghị quyết 1246/NQ-UBTVQH15). */
  endBasis?: string;
}

export interface UnitList {
  listVersion: string;
  label: string;
  source: string;
  units: AdminUnit[];
}

export const DEFAULT_LIST_VERSION = 'VN-2025';

const unitFileSchema = z
  .object({
    listVersion: z.string().min(1),
    label: z.string().min(1),
    source: z.string().min(1),
    units: z
      .array(
        z.object({
          code: z.string().regex(/^\d+$/),
          name: z.string().min(1),
          level: z.enum(['province', 'district', 'commune']),
          kind: z.string().min(1),
          parentCode: z.string().nullable(),
        }),
      )
      .min(1),
  })
  .superRefine((list, ctx) => {
    const codes = new Set<string>();
    for (const u of list.units) {
      if (codes.has(u.code)) ctx.addIssue({ code: 'custom', message: `duplicate unit code ${u.code}` });
      codes.add(u.code);
    }
    for (const u of list.units) {
      if (u.parentCode !== null && !codes.has(u.parentCode)) {
        ctx.addIssue({ code: 'custom', message: `unit ${u.code} has unknown parent ${u.parentCode}` });
      }
    }
  });

const endingsSchema = z.object({
  source: z.string().min(1),
  checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  endings: z.array(z.object({ listVersion: z.string(), code: z.string(), name: z.string(), endedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })),
});

/** Units ended while their list was in use (Resolution 1246/NQ-UBTVQH15): data, with its source and the day it was checked. */
export const UNIT_ENDINGS = endingsSchema.parse(unitEndings);
const ACT = UNIT_ENDINGS.source.split(' về ')[0] ?? UNIT_ENDINGS.source;

function loadUnitList(data: unknown): UnitList {
  const file = unitFileSchema.parse(data);
  const ended = new Map(UNIT_ENDINGS.endings.filter((e) => e.listVersion === file.listVersion).map((e) => [e.code, e.endedOn]));
  return {
    listVersion: file.listVersion,
    label: file.label,
    source: file.source,
    units: file.units.map((u) => {
      const endedOn = ended.get(u.code);
      return { listVersion: file.listVersion, ...u, ...(endedOn ? { endedOn, endBasis: ACT } : {}) };
    }),
  };
}

/** The units that existed on `date` (a unit ended on that day or before is left out). */
export function unitsOn<T extends Pick<AdminUnit, 'endedOn'>>(units: readonly T[], date: string): T[] {
  return units.filter((u) => !u.endedOn || u.endedOn > date);
}

export const EMBEDDED_UNIT_LISTS: readonly UnitList[] = Object.freeze([loadUnitList(vn2004), loadUnitList(vn2025)]);

export function childUnits(list: UnitList, parentCode: string): AdminUnit[] {
  return list.units.filter((u) => u.parentCode === parentCode);
}

export function findUnit(list: UnitList, code: string): AdminUnit | undefined {
  return list.units.find((u) => u.code === code);
}

// ---- Import of the statistics office's (GSO) spreadsheet --------------------------------

export type UnitSheetErrorKey =
  | 'units.sheet.notXlsx'
  | 'units.sheet.encryptedOrXls'
  | 'units.sheet.missingColumns'
  | 'units.sheet.empty';

export class UnitSheetError extends Error {
  readonly messageKey: UnitSheetErrorKey;
  constructor(messageKey: UnitSheetErrorKey, options?: { cause?: unknown }) {
    super(messageKey, options);
    this.name = 'UnitSheetError';
    this.messageKey = messageKey;
  }
}

/** Lower case, no diacritics (đ -> d), no spaces or punctuation: "Tỉnh / Thành Phố" -> "tinhthanhpho". */
function foldHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const HEADERS = {
  provinceName: 'tinhthanhpho',
  provinceCode: 'matp',
  districtName: 'quanhuyen',
  districtCode: 'maqh',
  communeName: 'phuongxa',
  communeCode: 'mapx',
  level: 'cap',
} as const;
type Column = keyof typeof HEADERS;

const NAME_KINDS = ['thành phố', 'thị trấn', 'thị xã', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];

function kindFromName(name: string): string | undefined {
  const lower = name.toLocaleLowerCase('vi');
  return NAME_KINDS.find((k) => lower.startsWith(k + ' '));
}

const cleanText = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Excel may have turned "06052" into the number 6052: put the zeros back. */
function cleanCode(s: string, width: number): string {
  const t = s.trim();
  return /^\d+$/.test(t) ? t.padStart(width, '0') : t;
}

const HEADER_SEARCH_ROWS = 10;

function findHeader(ws: ExcelJS.Worksheet): { row: number; cols: Partial<Record<Column, number>> } | undefined {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const cols: Partial<Record<Column, number>> = {};
    ws.getRow(r).eachCell((cell, colNumber) => {
      const folded = foldHeader(cell.text);
      const key = (Object.keys(HEADERS) as Column[]).find((k) => HEADERS[k] === folded);
      if (key && cols[key] === undefined) cols[key] = colNumber;
    });
    if (cols.provinceName && cols.provinceCode && cols.communeName && cols.communeCode) return { row: r, cols };
  }
  return undefined;
}

export async function parseOfficialUnitSheet(bytes: Uint8Array, listVersion: string, label: string): Promise<UnitList> {
  const [b0, b1, b2, b3] = bytes;
  // Password-protected .xlsx files are OLE compound documents, like old binary .xls files.
  if (b0 === 0xd0 && b1 === 0xcf && b2 === 0x11 && b3 === 0xe0) throw new UnitSheetError('units.sheet.encryptedOrXls');
  if (!(b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04)) throw new UnitSheetError('units.sheet.notXlsx');

  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its argument with its own global `Buffer` declaration, which clashes with
    // Node's; at run time it hands the bytes to JSZip, which takes a Node Buffer.
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (cause) {
    throw new UnitSheetError('units.sheet.notXlsx', { cause });
  }
  if (wb.worksheets.length === 0) throw new UnitSheetError('units.sheet.notXlsx');

  let found: { ws: ExcelJS.Worksheet; row: number; cols: Partial<Record<Column, number>> } | undefined;
  let anyContent = false;
  for (const ws of wb.worksheets) {
    if (ws.actualRowCount > 0) anyContent = true;
    const header = findHeader(ws);
    if (header) {
      found = { ws, ...header };
      break;
    }
  }
  if (!found) throw new UnitSheetError(anyContent ? 'units.sheet.missingColumns' : 'units.sheet.empty');
  const { ws, row: headerRow, cols } = found;
  // District columns count only as a pair; one without the other is a malformed file.
  if ((cols.districtName === undefined) !== (cols.districtCode === undefined)) {
    throw new UnitSheetError('units.sheet.missingColumns');
  }
  const threeTier = cols.districtName !== undefined;

  const provinces = new Map<string, AdminUnit>();
  const districts = new Map<string, AdminUnit>();
  const communes = new Map<string, AdminUnit>();
  const make = (code: string, name: string, level: UnitLevel, parentCode: string | null, cap = ''): AdminUnit => ({
    listVersion,
    code,
    name,
    level,
    kind: kindFromName(name) ?? cap.toLocaleLowerCase('vi'),
    parentCode,
  });

  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const text = (c: Column): string => {
      const n = cols[c];
      return n === undefined ? '' : cleanText(row.getCell(n).text);
    };
    const pCode = cleanCode(text('provinceCode'), 2);
    if (!pCode) continue;
    if (!provinces.has(pCode)) provinces.set(pCode, make(pCode, text('provinceName'), 'province', null));

    let parent = pCode;
    if (threeTier) {
      const dCode = cleanCode(text('districtCode'), 3);
      if (dCode) {
        if (!districts.has(dCode)) districts.set(dCode, make(dCode, text('districtName'), 'district', pCode));
        parent = dCode;
      }
    }
    // Rows without a commune exist (island districts with no communes).
    const cCode = cleanCode(text('communeCode'), 5);
    if (cCode && !communes.has(cCode)) {
      communes.set(cCode, make(cCode, text('communeName'), 'commune', parent, text('level')));
    }
  }
  if (communes.size === 0) throw new UnitSheetError('units.sheet.empty');

  return {
    listVersion,
    label,
    source: `GSO spreadsheet (danhmuchanhchinh.gso.gov.vn), sheet "${ws.name}"`,
    units: [...provinces.values(), ...districts.values(), ...communes.values()],
  };
}

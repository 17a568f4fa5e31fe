// Administrative-unit lists. A unit code means nothing without the list version it comes from
// (most VN-2025 commune codes reuse a VN-2004 number for a different, merged place).
import { z } from 'zod';
import ExcelJS from 'exceljs';
import vn2004 from './data/VN-2004.json';
import vn2025 from './data/VN-2025.json';
import vn2004to2025 from './data/VN-2004-VN-2025.json';
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

const unitRow = z.tuple([z.string().regex(/^\d+$/), z.string().min(1), z.string().regex(/^\d+$/).nullable()]);
const unitFileSchema = z
  .object({
    listVersion: z.string().min(1),
    label: z.string().min(1),
    source: z.string().min(1),
    licence: z.string().min(1),
    rows: z.array(unitRow).min(1),
  })
  .superRefine((list, ctx) => {
    const codes = new Set<string>();
    for (const [code] of list.rows) {
      if (codes.has(code)) ctx.addIssue({ code: 'custom', message: `duplicate unit code ${code}` });
      codes.add(code);
    }
    for (const [code, , parent] of list.rows) {
      if (parent !== null && !codes.has(parent)) ctx.addIssue({ code: 'custom', message: `unit ${code} has unknown parent ${parent}` });
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

const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];
const KINDS = ['thành phố', 'thị trấn', 'thị xã', 'phường', 'huyện', 'quận', 'tỉnh', 'xã', 'đặc khu'];

function kindFromName(name: string): string | undefined {
  const lower = name.toLocaleLowerCase('vi');
  return KINDS.find((k) => lower.startsWith(k + ' '));
}

function loadUnitList(data: unknown): UnitList & { licence: string } {
  const file = unitFileSchema.parse(data);
  const ended = new Map(UNIT_ENDINGS.endings.filter((e) => e.listVersion === file.listVersion).map((e) => [e.code, e.endedOn]));
  const parents = new Map(file.rows.map(([code, , parent]) => [code, parent]));
  const depth = (code: string): number => {
    const parent = parents.get(code) ?? null;
    return parent === null ? 0 : 1 + depth(parent);
  };
  // Two-tier lists have no districts: a unit under a province is a commune there.
  const twoTier = !file.rows.some(([code, , parent]) => parent !== null && depth(code) === 2);
  return {
    listVersion: file.listVersion,
    label: file.label,
    source: file.source,
    licence: file.licence,
    units: file.rows.map(([code, name, parentCode]) => {
      const level = twoTier && parentCode !== null ? 'commune' : LEVELS[depth(code)];
      const kind = kindFromName(name) ?? '';
      const endedOn = ended.get(code);
      return { listVersion: file.listVersion, code, name, level: level ?? 'commune', kind, parentCode, ...(endedOn ? { endedOn, endBasis: ACT } : {}) };
    }),
  };
}

/** The units that existed on `date` (a unit ended on that day or before is left out). */
export function unitsOn<T extends Pick<AdminUnit, 'endedOn'>>(units: readonly T[], date: string): T[] {
  return units.filter((u) => !u.endedOn || u.endedOn > date);
}

let unitLists: readonly UnitList[] | null = null;
/** Every embedded list, parsed and checked on first use only (about 14,000 units: not on every start-up). */
export function embeddedUnitLists(): readonly UnitList[] {
  unitLists ??= Object.freeze([loadUnitList(vn2004), loadUnitList(vn2025)]);
  return unitLists;
}

export interface UnitMappingRow {
  fromVersion: string;
  toVersion: string;
  /** The old commune's code; '' for an old commune the old list does not have (then its names say which). */
  oldCode: string;
  oldName: string;
  oldDistrict: string;
  oldProvinceCode: string;
  newCode: string;
}

const mappingFileSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  source: z.string().min(1),
  licence: z.string().min(1),
  rows: z.array(z.union([z.tuple([z.string().regex(/^\d{5}$/), z.string().regex(/^\d{5}$/)]), z.tuple([z.literal(''), z.string().regex(/^\d{5}$/), z.string().min(1), z.string().min(1), z.string().regex(/^\d+$/)])])),
});

function loadUnitMapping(data: unknown, lists: readonly UnitList[]) {
  const file = mappingFileSchema.parse(data);
  const from = lists.find((l) => l.listVersion === file.from);
  if (!from) throw new Error(`no unit list ${file.from}`);
  const byCode = new Map(from.units.map((u) => [u.code, u]));
  const provinceOf = (code: string): string => {
    const u = byCode.get(code);
    return !u ? '' : u.parentCode === null ? u.code : provinceOf(u.parentCode);
  };
  const rows: UnitMappingRow[] = file.rows.map((r) => {
    if (r.length === 5) return { fromVersion: file.from, toVersion: file.to, oldCode: '', oldName: r[2], oldDistrict: r[3], oldProvinceCode: r[4], newCode: r[1] };
    const old = byCode.get(r[0]);
    const district = old?.parentCode ? byCode.get(old.parentCode) : undefined;
    return { fromVersion: file.from, toVersion: file.to, oldCode: r[0], oldName: old?.name ?? '', oldDistrict: district?.name ?? '', oldProvinceCode: provinceOf(r[0]), newCode: r[1] };
  });
  return { fromVersion: file.from, toVersion: file.to, source: file.source, licence: file.licence, rows };
}

/** The official mapping from every old commune (VN-2004) to its new one (VN-2025); a split old commune has several rows. */
let unitMapping: ReturnType<typeof loadUnitMapping> | null = null;
export function embeddedUnitMapping(): ReturnType<typeof loadUnitMapping> {
  unitMapping ??= loadUnitMapping(vn2004to2025, embeddedUnitLists());
  return unitMapping;
}

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

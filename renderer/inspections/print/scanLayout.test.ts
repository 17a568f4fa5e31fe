import { describe, expect, it } from 'vitest';
import type { PrintSheet } from '../../../electron/api/schemas/inspections';
import { MARGIN_MM } from '../../print/decree';
import { TEST_DOCUMENTS } from '../../print/testing';
import { blockHeight, checklistItemHeightMm, paginateSheet, scanCodeOf } from './layout';
import { answerBoxes, decodeScanCode, encodeScanCode, gridValue, pageRows, SCAN_LINE_MM } from './scanLayout';

type Item = PrintSheet['sections'][number]['items'][number];
const item = (n: number, over: Partial<Item> = {}): Item => ({
  key: `muc_${n}`,
  text: `Nội dung kiểm tra số ${n}${' của cơ sở, đủ dài để xuống dòng'.repeat(n % 3)}`,
  kind: n % 4 === 0 ? 'number' : 'yesno',
  unit: n % 4 === 0 ? 'm²' : '',
  required: true,
  violation: null,
  severity: 'minor',
  legalBasis: n % 2 ? 'Nghị định 96/2016/NĐ-CP' : '',
  ...over,
});

function checklist(sections: PrintSheet['sections']): PrintSheet {
  return {
    officeName: 'Phòng Văn hóa - Xã hội',
    documents: TEST_DOCUMENTS,
    unitName: 'Thành phố Lạng Sơn',
    code: 'K-26-0001',
    kind: 'checklist',
    templateVersion: 3,
    title: 'Phiếu kiểm tra',
    business: { id: 'b', name: 'Nhà nghỉ Hoa Mai', type: 'guest_house', address: '', communeName: 'Phường Đông Kinh', ownerName: '', registrationNo: '', securityCertNo: '' },
    plan: { id: 'p', unitCode: '20', title: 'K', periodFrom: '2026-01-01', periodTo: '2026-12-31', decisionNo: '1', decisionDate: '2026-01-01', team: [], createdAt: '', updatedAt: '', businesses: 1, finalised: 0 },
    inspectedOn: null,
    sections,
    answers: {},
    notes: {},
    violations: [],
  };
}

describe('scan layout', () => {
  it('round-trips a page code in QR alphanumerics, and refuses anything else', () => {
    const code = { code: 'K-26-0001', version: 3, page: 2, pages: 3, first: 12, y0: 456, rows: 'IIISIIIXII' };
    const text = encodeScanCode(code);
    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(decodeScanCode(text)).toEqual(code);
    for (const bad of ['', 'DD1/K-26-0001/3/2', 'XX1/K/1/1/1/0/0/1I', 'DD1/K-26-0001/3/2/3/12/456/3Q', 'https://example.org']) expect(decodeScanCode(bad)).toBeNull();
  });

  it('lays every page out again from its code alone, row for row where the printed page put it', () => {
    const sections = [
      { title: 'I. Giấy phép', items: Array.from({ length: 9 }, (_, i) => item(i + 1)) },
      { title: 'II. An ninh, trật tự', items: [...Array.from({ length: 14 }, (_, i) => item(i + 10)), item(24, { text: 'Độ sáng (đã bãi bỏ, tham khảo)', required: false })] },
      { title: 'III. Lao động', items: Array.from({ length: 12 }, (_, i) => item(i + 25)) },
    ];
    const sheet = checklist(sections);
    const pages = paginateSheet(sheet);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const code = decodeScanCode(encodeScanCode(scanCodeOf(page)));
      if (!code) throw new Error('code');
      const rows = pageRows(sections, code, checklistItemHeightMm, SCAN_LINE_MM) ?? [];
      // The printed tops: every block exactly its height, from the top margin.
      let y = MARGIN_MM.top;
      const printed: { key: string; top: number }[] = [];
      for (const block of page.blocks) {
        if (block.kind === 'item') printed.push({ key: block.item.key, top: y });
        y += blockHeight(block, sheet);
      }
      expect(rows.filter((r) => r.kind === 'item').map((r) => ({ key: r.item?.key, top: Number(r.top.toFixed(3)) }))).toEqual(printed.map((p) => ({ ...p, top: Number(p.top.toFixed(3)) })));
    }
    // The repealed item (not answered) is not printed, and the code says so.
    const all = pages.map((p) => scanCodeOf(p).rows).join('');
    expect(all).toContain('X');
  });

  it('gives a yes/no item three boxes in its answer columns and a number item a 4 x 10 bubble grid inside its row', () => {
    const yes = answerBoxes({ kind: 'yesno' }, 100);
    expect(yes.map((b) => b.value)).toEqual(['yes', 'no', 'na']);
    expect(yes.every((b) => b.x >= 125 && b.x + b.w <= 164 && b.y > 100)).toBe(true);
    const grid = answerBoxes({ kind: 'number' }, 100);
    expect(grid).toHaveLength(40);
    expect(Math.max(...grid.map((b) => b.y + b.h))).toBeLessThan(100 + checklistItemHeightMm(item(4)));
    expect(answerBoxes({ kind: 'text' }, 100)).toEqual([]);
  });

  it('reads a grid as the app stores a number', () => {
    expect(gridValue([null, 1, 8, 5])).toBe('18.5');
    expect(gridValue([1, 2, 0, null])).toBe('120');
    expect(gridValue([null, null, 0, null])).toBe('0');
    expect(gridValue([null, null, null, null])).toBe('');
  });
});

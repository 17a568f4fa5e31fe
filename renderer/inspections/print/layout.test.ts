import { describe, expect, it } from 'vitest';
import type { PrintSheet } from '../../../electron/api/schemas/inspections';
import { TEST_DOCUMENTS } from '../../print/testing';
import { handlingLines, paginateSheet, SIGNERS_PER_ROW, type Block } from './layout';

const item = (n: number) => ({
  key: `muc_${n}`,
  text: `Nội dung kiểm tra số ${n} của cơ sở, đủ dài để xuống dòng trên giấy A4`,
  kind: 'yesno' as const,
  unit: '',
  required: true,
  violation: { kind: 'answer' as const, answer: 'no' as const },
  severity: 'minor' as const,
  legalBasis: 'Nghị định 96/2016/NĐ-CP',
});

function minutes(teamSize: number, items: number, violations: PrintSheet['violations']): PrintSheet {
  return {
    officeName: 'Phòng Văn hóa - Xã hội',
    documents: TEST_DOCUMENTS,
    unitName: 'Thành phố Lạng Sơn',
    code: 'K-26-0001',
    kind: 'minutes',
    templateVersion: 1,
    title: 'Phiếu kiểm tra cơ sở lưu trú',
    business: { id: 'b', name: 'Nhà nghỉ Hoa Mai', type: 'guest_house', address: 'Số 5 Lê Lợi', communeName: 'Phường Đông Kinh', ownerName: 'Lê Văn Bình', registrationNo: '', securityCertNo: '' },
    plan: {
      id: 'p',
      unitCode: '20',
      title: 'Kiểm tra quý I',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
      decisionNo: '15/QĐ-UBND',
      decisionDate: '2026-01-01',
      team: Array.from({ length: teamSize }, (_, i) => ({ name: `Thành viên ${i + 1}`, agency: 'Công an', userId: null })),
      createdAt: '',
      updatedAt: '',
      businesses: 1,
      finalised: 1,
    },
    inspectedOn: '2026-03-02',
    sections: [{ title: 'I. Chung', items: Array.from({ length: items }, (_, i) => item(i + 1)) }],
    answers: {},
    notes: {},
    violations,
  };
}

const kinds = (blocks: Block[]) => blocks.map((b) => b.kind);

describe('minutes layout', () => {
  it('has a signature for the representative and every member, and keeps the closing sentence with the first signatures', () => {
    const cases = [3, 10].flatMap((teamSize) => Array.from({ length: 40 }, (_, i) => [teamSize, i + 1] as const));
    for (const [teamSize, items] of cases) {
      const pages = paginateSheet(minutes(teamSize, items, []));
      const blocks = pages.flatMap((p) => p.blocks);
      const signers = blocks.flatMap((b) => (b.kind === 'signers' ? b.signers : []));
      expect(signers.map((s) => s.name)).toEqual(['Lê Văn Bình', ...Array.from({ length: teamSize }, (_, i) => `Thành viên ${i + 1}`)]);
      expect(signers.map((s) => s.role).slice(0, 3)).toEqual(['ĐẠI DIỆN CƠ SỞ', 'TRƯỞNG ĐOÀN KIỂM TRA', 'THÀNH VIÊN ĐOÀN']);
      expect(blocks.filter((b) => b.kind === 'signers')).toHaveLength(Math.ceil((teamSize + 1) / SIGNERS_PER_ROW));
      const signPage = pages.find((p) => p.blocks.some((b) => b.kind === 'signers'));
      expect(signPage?.blocks.some((b) => b.kind === 'para' && b.style === 'note')).toBe(true);
      expect(pages.every((p) => p.pages === pages.length)).toBe(true);
    }
  });

  it('gives an item with a long note the room it needs, so the notes column never spills off the page', () => {
    const plain = minutes(3, 20, []);
    const long = 'Phòng số 3 không có sổ ghi khách lưu trú; chủ cơ sở hứa bổ sung trong tuần. '.repeat(2);
    const noted = { ...plain, notes: Object.fromEntries(plain.sections[0]?.items.map((i) => [i.key, long]) ?? []) };
    expect(paginateSheet(noted).length).toBeGreaterThan(paginateSheet(plain).length);
  });

  it('lists violations in their own table (its head repeated on a new page), or says none were found', () => {
    const none = paginateSheet(minutes(3, 3, [])).flatMap((p) => p.blocks);
    expect(none.some((b) => b.kind === 'para' && b.text === 'Không phát hiện vi phạm.')).toBe(true);
    expect(kinds(none)).not.toContain('violationHead');

    const many = Array.from({ length: 40 }, (_, i) => ({
      itemKey: `muc_${i + 1}`,
      description: `Vi phạm số ${i + 1}`,
      severity: 'serious' as const,
      remindedOn: null,
      recordNo: '',
      recordOn: null,
      transfer: null,
      transferredTo: '',
      deadline: null,
    }));
    const pages = paginateSheet(minutes(3, 40, many));
    const withViolations = pages.filter((p) => p.blocks.some((b) => b.kind === 'violation'));
    expect(withViolations.length).toBeGreaterThan(1);
    for (const page of withViolations) expect(page.blocks.find((b) => b.kind === 'violation' || b.kind === 'violationHead')?.kind).toBe('violationHead');
    const conclusion = pages.flatMap((p) => p.blocks).find((b) => b.kind === 'para' && b.text.startsWith('Cơ sở Nhà nghỉ Hoa Mai có 40 nội dung vi phạm'));
    expect(conclusion).toBeDefined();
  });

  it('writes what was done on the spot, never a sanction: the violation record, a transfer, a reminder, the deadline, or a blank', () => {
    const v = { itemKey: 'k', description: 'd', severity: 'minor' as const, remindedOn: null, recordNo: '', recordOn: null, transfer: null, transferredTo: '', deadline: null };
    expect(handlingLines(v)).toEqual(['Việc xử lý: ....................']);
    expect(handlingLines({ ...v, recordNo: '07/BB-VPHC', recordOn: '2026-04-02', deadline: '2026-04-30' })).toEqual([
      'Đã lập biên bản vi phạm hành chính số 07/BB-VPHC ngày 02/04/2026',
      'Hạn khắc phục: 30/04/2026',
    ]);
    expect(handlingLines({ ...v, transfer: 'police', transferredTo: 'Công an xã Hoàng Đồng' })).toEqual(['Chuyển hồ sơ đến Công an xã Hoàng Đồng (có dấu hiệu tội phạm)']);
    expect(handlingLines({ ...v, transfer: 'competent', transferredTo: 'Chủ tịch UBND xã' })).toEqual(['Chuyển Chủ tịch UBND xã (người có thẩm quyền xử phạt)']);
    expect(handlingLines({ ...v, remindedOn: '2026-04-02' })).toEqual(['Đã nhắc nhở']);
  });
});

import { describe, expect, it } from 'vitest';
import type { PrintableReport } from '../../../electron/api/schemas/reports';
import { TEST_DOCUMENTS } from '../../print/testing';
import { cellText, paginateReport } from './reportLayout';

function report(rows: number, narrative: string): PrintableReport {
  const table = {
    id: 'cases',
    name: 'Tố giác, tin báo, khiếu nại',
    columns: [
      { key: 'kind', label: 'Loại' },
      { key: 'received', label: 'Tiếp nhận trong kỳ' },
    ],
    headers: ['Loại', 'Tiếp nhận trong kỳ'],
    rows: Array.from({ length: rows }, (_, i) => [`Dòng ${i}`, i]),
  };
  return {
    period: '2026', periodName: 'năm 2026', from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31', changeLogSeq: 1, unitCode: '20',
    unitName: 'Tỉnh Lạng Sơn', officeName: 'Sở Y tế', documents: TEST_DOCUMENTS, layoutVersion: 1, texts: { figures: 'I.', assessment: 'II.', empty: '(Không có số liệu)' },
    about: { title: 'Thông tin', labels: [{ key: 'results', label: 'Kết quả' }, { key: 'difficulties', label: 'Khó khăn' }, { key: 'proposals', label: 'Đề xuất' }] },
    tables: [table, { ...table, id: 'outreach', name: 'Tuyên truyền', rows: [] }],
    narrative: { results: narrative, difficulties: '', proposals: '' },
    madeOn: '2027-01-05',
  };
}

describe('periodic report pages', () => {
  it('repeats the header row of a table continued on the next page and ends with the signatures', () => {
    const pages = paginateReport(report(120, 'Ngắn.'));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((p) => p.pages === pages.length)).toBe(true);
    for (const page of pages.slice(1)) {
      const firstRow = page.blocks.findIndex((b) => b.kind === 'row');
      if (firstRow >= 0) expect(page.blocks[firstRow - 1]?.kind).toBe('tableHead');
    }
    expect(pages.flatMap((p) => p.blocks).filter((b) => b.kind === 'row')).toHaveLength(120);
    expect(pages[pages.length - 1]?.blocks.at(-1)?.kind).toBe('signatures');
    // A table with no rows says so instead of an empty grid.
    expect(pages.flatMap((p) => p.blocks)).toContainEqual({ kind: 'paragraph', text: '(Không có số liệu)' });
  });

  it('splits a long narrative into paragraphs over pages, losing no word', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `từ${i}`);
    const pages = paginateReport(report(3, words.join(' ')));
    const text = pages.flatMap((p) => p.blocks).flatMap((b) => (b.kind === 'paragraph' && !b.bold ? [b.text] : [])).join(' ');
    expect(text.split(/\s+/).filter((w) => w.startsWith('từ'))).toEqual(words);
    expect(pages.length).toBeGreaterThan(2);
  });

  it('prints figures in Vietnamese number format', () => {
    expect([cellText(1_500_000), cellText(33.3), cellText(null), cellText('Đạt')]).toEqual(['1.500.000', '33,3', '–', 'Đạt']);
  });
});

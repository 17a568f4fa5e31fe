import { afterEach, describe, expect, it } from 'vitest';
import { paginate } from '../../renderer/inspections/print/layout';
import { TestApp } from '../testing/factories';
import { findChromium } from '../print/pdf';
import { sheetsToPdf } from './pdf';
import { pdfText } from '../print/pdfText';
import { decreePageNumberProblems, firstLine, pdftotextPages } from '../print/pdftotext';
import { placeDate } from '../../renderer/print/decree';
import { answerAll, planInput, plannedInspection } from './testing';

let app: TestApp | undefined;
afterEach(() => app?.close());

const chromium = findChromium();

describe('printed checklists', () => {
  it.skipIf(chromium === null)('a whole plan prints to one A4 PDF with the Vietnamese title, the businesses and x / y on every page', async () => {
    app = await TestApp.withOffice();
    const first = await plannedInspection(app, { name: 'Karaoke Ánh Dương', type: 'karaoke' });
    const second = await app.ok('businesses.create', { ...(await app.ok('businesses.get', { id: first.businessId })), name: 'Nhà nghỉ Hoa Mai', type: 'guest_house', registrationNo: '', communeCode: '05977' });
    await app.ok('inspections.setPlanBusinesses', { planId: first.planId, add: [second.id] });
    const sheets = await app.ok('inspections.printSheets', { planId: first.planId });
    const { pdf, pages } = await sheetsToPdf(sheets, chromium ?? '');
    const read = await pdfText(pdf);
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, pdf);
    expect(read.pages).toBe(pages);
    expect(pages).toBe(paginate(sheets).length);
    expect(pages).toBeGreaterThanOrEqual(2);
    const all = read.text.join('\n').normalize('NFC');
    expect(all).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(all).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(all).toContain('Karaoke Ánh Dương');
    expect(all).toContain('Nhà nghỉ Hoa Mai');
    read.text.forEach((page) => expect(page).toMatch(/Mã phiếu: K-\d\d-\d{4}/));
    // pdftotext: each business's sheet numbers its pages from 2 at the top, page 1 has none; no "Trang x / y".
    const laid = pdftotextPages(pdf);
    expect(laid).toHaveLength(pages);
    paginate(sheets).forEach((page, i) => {
      const first = firstLine(laid[i] ?? '');
      if (page.page === 1) expect(first).not.toMatch(/^\d+$/);
      else expect(first).toBe(String(page.page));
      expect(laid[i]).not.toMatch(/Trang \d+ \/ \d+/);
    });
    expect(paginate(sheets).some((p) => p.page > 1)).toBe(true);
  }, 60_000);
});

describe('printed minutes', () => {
  it.skipIf(chromium === null)('a final result prints as minutes: its own title, team and representative, violations with handling, signatures, x / y', async () => {
    app = await TestApp.withOffice();
    const { code, planId } = await plannedInspection(app, { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house', ownerName: 'Lê Văn Bình' });
    const opened = await answerAll(app, code, ['stays_declared', 'posted_rules']);
    const today = new Date().toISOString().slice(0, 10);
    const final = await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: today });
    const fined = final.violations.find((v) => v.itemKey === 'stays_declared');
    if (!fined) throw new Error('violation missing');
    await app.ok('inspections.recordHandling', { id: fined.id, step: 'record', recordNo: '07/BB-VPHC', recordOn: today, recordBy: 'Trần Thị Lan', deadline: '2099-12-31' });
    await app.ok('inspections.recordHandling', { id: fined.id, step: 'decision', mainSanction: 'fine', fineAmount: 2_500_000, decisionNo: '05/QĐ-XPVPHC', decisionBy: 'Chủ tịch UBND xã', decidedOn: today });

    const sheets = await app.ok('inspections.printSheets', { code, minutes: true });
    const { pdf, pages } = await sheetsToPdf(sheets, chromium ?? '');
    const read = await pdfText(pdf);
    if (process.env.KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KEEP_PDF, pdf);
    expect(read.pages).toBe(pages);
    // Lines wrap where the page is narrow: compare with spaces for line breaks.
    const all = read.text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
    expect(all).toContain('BIÊN BẢN KIỂM TRA');
    expect(all).not.toContain('PHIẾU KIỂM TRA');
    expect(all).toContain('Hôm nay, hồi');
    expect(all).toContain('Ông/Bà: Lê Văn Bình - đại diện cơ sở Nhà nghỉ Hoa Mai');
    expect(all).toContain('Trần Thị Lan - Công an phường');
    for (const v of final.violations) expect(all).toContain(v.description);
    // The minutes say the violation record was made; the later sanction decision is not theirs to print.
    expect(all).toContain(`Đã lập biên bản vi phạm hành chính số 07/BB-VPHC ngày ${today.split('-').reverse().join('/')}`);
    expect(all).not.toContain('Phạt tiền');
    expect(all).not.toContain('05/QĐ-XPVPHC');
    expect(all).toContain('Hạn khắc phục: 31/12/2099');
    expect(all).toContain('có 2 nội dung vi phạm nêu tại mục IV');
    expect(all).toContain('ĐẠI DIỆN CƠ SỞ');
    expect(all).toContain('THÀNH VIÊN ĐOÀN');
    expect(all).toContain('Hoàng Văn Nam');
    // The team under the office, the number line, the place and date, the page numbers (pdftotext).
    expect(all).toContain('ĐỘI KIỂM TRA LIÊN NGÀNH VỀ PHÒNG, CHỐNG TỆ NẠN MẠI DÂM');
    expect(all).toContain('Số: ....../BB-ĐKT');
    expect(all).not.toContain('vi phạm nghiêm trọng)');
    const laid = pdftotextPages(pdf);
    expect(laid[0]).toContain(placeDate('Lạng Sơn', today));
    expect(decreePageNumberProblems(laid)).toEqual([]);

    // A whole plan's minutes are those of its final results; a plan with none is refused.
    expect(await app.ok('inspections.printSheets', { planId, minutes: true })).toHaveLength(1);
    const empty = await app.ok('inspections.savePlan', { fields: planInput({ title: 'Kế hoạch trống' }) });
    expect(await app.call('inspections.printSheets', { planId: empty.plan.id, minutes: true })).toMatchObject({ ok: false, error: { messageKey: 'inspections.minutes.noneFinal' } });
  }, 60_000);
});

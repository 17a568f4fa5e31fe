import { afterEach, describe, expect, it } from 'vitest';
import { paginate } from '../../renderer/inspections/print/layout';
import { TestApp } from '../testing/factories';
import { findChromium } from '../print/pdf';
import { sheetsToPdf } from './pdf';
import { pdfText } from '../print/pdfText';
import { plannedInspection } from './testing';

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
    expect(read.text.at(-1)).toMatch(/Trang (\d+) \/ \1/);
  }, 60_000);
});

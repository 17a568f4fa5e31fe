import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from '../../db/localDate';
import { findChromium } from '../print/pdf';
import { TestApp } from '../testing/factories';
import { answerAll, plannedInspection } from './testing';
import { violationRecordToPdf } from './violationRecordPdf';
import { decreePageNumberProblems, pdftotextPages } from '../print/pdftotext';

let app: TestApp | undefined;
afterEach(() => app?.close());

const chromium = findChromium();
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The PDF's text as pdftotext reads it (what a legal officer's tools see), lines joined by spaces. */
function pdftotext(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-'));
  try {
    const file = path.join(dir, 'record.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('printed violation record (biên bản vi phạm hành chính)', () => {
  it.skipIf(chromium === null || !hasPdftotext)('prints the record of an inspection: number, title, the violations under that number, the provision, who made it', async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house', ownerName: 'Lê Văn Bình' });
    const opened = await answerAll(app, code, ['stays_declared', 'posted_rules']);
    const today = localDate(app.running.app.now());
    const final = await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: today });
    const [first, second] = final.violations;
    if (!first || !second) throw new Error('violations missing');
    const record = { step: 'record' as const, recordNo: '07/BB-VPHC', recordOn: today, recordBy: 'Trần Thị Lan - Công an xã' };
    await app.ok('inspections.recordHandling', { id: first.id, ...record, provision: 'điểm a khoản 1 Điều 15 Nghị định số 282/2025/NĐ-CP' });
    await app.ok('inspections.recordHandling', { id: second.id, ...record });

    const sheet = await app.ok('inspections.printViolationRecord', { violationId: first.id });
    const { pdf, pages } = await violationRecordToPdf(sheet, chromium ?? '');
    if (process.env.KEEP_PDF) fs.writeFileSync(process.env.KEEP_PDF, pdf);
    const text = pdftotext(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('BIÊN BẢN VI PHẠM HÀNH CHÍNH');
    expect(text).toContain('Số: 07/BB-VPHC');
    expect(text).toContain(`ngày ${today.split('-').reverse().join('/')}`);
    expect(text).toContain('Nghị định số 282/2025/NĐ-CP');
    expect(text).toContain('Tên tổ chức: Nhà nghỉ Hoa Mai');
    expect(text).toContain(`Căn cứ Biên bản kiểm tra mã ${code}`);
    expect(text).toContain('Người lập biên bản: Trần Thị Lan - Công an xã');
    expect(text).toContain(`1. ${first.description}`);
    expect(text).toContain(`2. ${second.description}`);
    expect(text).toContain('Quy định tại: điểm a khoản 1 Điều 15 Nghị định số 282/2025/NĐ-CP');
    expect(text).toContain('ĐẠI DIỆN TỔ CHỨC VI PHẠM');
    expect(text).toContain('NGƯỜI LẬP BIÊN BẢN');
    // A record is not a sanction: no fine or decision is printed on it.
    expect(text).not.toContain('Phạt tiền');
    expect(pages).toBeGreaterThanOrEqual(1);
    // Decree 30/2020 page numbers (as every document since the layout merge): none on page 1, the number alone at the top from page 2.
    const laid = pdftotextPages(pdf);
    expect(laid).toHaveLength(pages);
    expect(decreePageNumberProblems(laid)).toEqual([]);
    // The office as parent body above the team (document settings), then the number line.
    expect(text).toContain('ĐỘI KIỂM TRA LIÊN NGÀNH');
  }, 60_000);

  it('is refused for a violation with no record yet', async () => {
    app = await TestApp.withOffice();
    const { code } = await plannedInspection(app, { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house' });
    const opened = await answerAll(app, code, ['stays_declared']);
    const final = await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: localDate(app.running.app.now()) });
    expect(await app.call('inspections.printViolationRecord', { violationId: final.violations[0]?.id ?? '' })).toMatchObject({
      ok: false,
      error: { code: 'NO_VIOLATION_RECORD', messageKey: 'inspections.handling.noRecord' },
    });
  });
});

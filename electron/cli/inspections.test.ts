import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli';
import { findChromium } from '../print/pdf';
import { pdfText } from '../print/pdfText';
import { answerAll, plannedInspection } from '../inspections/testing';
import { TestApp } from '../testing/factories';

let app: TestApp;
let out: string[];
let err: string[];
beforeEach(async () => {
  app = await TestApp.withOffice();
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  app.close();
});

const cli = (...args: string[]) => runCli([...args, '--data-dir', app.dataDir]);

describe('inspections CLI', () => {
  it('lists the year as text or JSON, and refuses a print without a code or plan', async () => {
    const { code } = await plannedInspection(app, { name: 'Karaoke Ánh Dương', type: 'karaoke' });
    expect(await cli('inspections', 'list')).toBe(0);
    expect(out.join('\n')).toContain(`${code}\tKaraoke Ánh Dương`);
    out = [];
    expect(await cli('inspections', 'list', '--year', '2001', '--json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual({ year: 2001, rows: [], t9: expect.objectContaining({ code: 'T9', numerator: 0, denominator: 1 }) });
    expect(await cli('inspections', 'print', '--out', path.join(app.dataDir, 'x.pdf'))).toBe(2);
    expect(await cli('inspections', 'print', 'K-00-0000', '--out', path.join(app.dataDir, 'x.pdf'), '--json')).toBe(1);
  });

  it.skipIf(findChromium() === null)('prints one inspection by its code to a PDF file', async () => {
    const { code } = await plannedInspection(app, { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house' });
    const file = path.join(app.dataDir, 'phieu.pdf');
    expect(await cli('inspections', 'print', code, '--out', file)).toBe(0);
    const read = await pdfText(fs.readFileSync(file));
    expect(read.text.join('\n').normalize('NFC')).toContain('Nhà nghỉ Hoa Mai');
    expect(out.join('\n')).toContain(`Đã ghi ${read.pages} trang (1 phiếu)`);
  }, 60_000);

  it.skipIf(findChromium() === null)('prints the minutes of a final result with --minutes, and refuses them before the result is final', async () => {
    const { code } = await plannedInspection(app, { name: 'Nhà nghỉ Hoa Mai', type: 'guest_house' });
    const file = path.join(app.dataDir, 'bienban.pdf');
    expect(await cli('inspections', 'print', code, '--minutes', '--out', file)).toBe(1);
    expect(err.join('\n')).toContain('Biên bản chỉ in được khi kết quả đã hoàn tất.');
    expect(fs.existsSync(file)).toBe(false);
    const opened = await answerAll(app, code, ['stays_declared']);
    await app.ok('inspections.finalise', { inspectionId: opened.id, inspectedOn: new Date().toISOString().slice(0, 10) });
    expect(await cli('inspections', 'print', code, '--minutes', '--out', file)).toBe(0);
    const text = (await pdfText(fs.readFileSync(file))).text.join('\n').normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('BIÊN BẢN KIỂM TRA');
    expect(text).toContain('Thông báo lưu trú của khách với cơ quan công an');
  }, 60_000);

  it('says clearly when no Chromium is available', async () => {
    const { code } = await plannedInspection(app, { type: 'guest_house' });
    vi.stubEnv('CHROMIUM_PATH', path.join(app.dataDir, 'no-chromium-here'));
    expect(await cli('inspections', 'print', code, '--out', path.join(app.dataDir, 'x.pdf'))).toBe(1);
    vi.unstubAllEnvs();
    expect(err.join('\n')).toContain('Không tìm thấy trình duyệt Chromium');
  });
});

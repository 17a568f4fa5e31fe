import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { adoptPlan } from '../plan/adopt';
import { findChromium } from '../print/pdf';
import { pdfText } from '../print/pdfText';
import { cliTestFolder } from '../testing/cliTestFolder';
import { TestApp } from '../testing/factories';

const folder = cliTestFolder('dd-cli-plan-');
const cli = (...args: string[]) => runCli([...args, '--data-dir', folder.dir]);

describe('targets command', () => {
  it('lists the year\'s targets, says when the year has no plan, and refuses a malformed year', async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri')).toBe(0);
    folder.out.length = 0;
    expect(await cli('targets', '--year', '2026', '--json')).toBe(1);
    expect(JSON.parse(folder.out.join('\n'))).toMatchObject({ ok: false, error: { code: 'NO_PLAN' } });
    expect(await cli('targets', '--year', '26')).toBe(2);

    const app = TestApp.openAt(folder.dir);
    adoptPlan(app.running.app, null, { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    app.close();
    folder.out.length = 0;
    expect(await cli('targets', '--year', '2026')).toBe(0);
    const text = folder.out.join('\n');
    expect(text).toContain('Tổng quan thực hiện kế hoạch năm 2026');
    // No businesses yet: T9 is computed (inspections) but has nothing to measure against.
    expect(text).toMatch(/T9\t-\t0\/0\t≥ 30%\tmẫu số chốt \/ hiện tại: 0 \/ 0\tChưa phát sinh/);
    folder.out.length = 0;
    expect(await cli('targets', '--year', '2026', '--json')).toBe(0);
    expect(JSON.parse(folder.out.join('\n')).figures).toHaveLength(12);
  });

  it('writes a quarterly .xlsx report and refuses a period that does not exist', async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri')).toBe(0);
    const app = TestApp.openAt(folder.dir);
    adoptPlan(app.running.app, null, { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    app.close();
    const file = path.join(folder.dir, 'bao-cao.xlsx');
    folder.out.length = 0;
    expect(await cli('report', '--period', '2026-Q5', '--out', file, '--json')).toBe(1);
    expect(JSON.parse(folder.out.join('\n'))).toMatchObject({ ok: false, error: { code: 'PERIOD_INVALID' } });
    expect(fs.existsSync(file)).toBe(false);
    expect(await cli('report', '--out', file)).toBe(2);
    folder.out.length = 0;
    expect(await cli('report', '--period', '2026-Q1', '--out', file, '--json')).toBe(0);
    const made = JSON.parse(folder.out.join('\n')) as { id: string; changeLogSeq: number };
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    folder.out.length = 0;
    expect(await cli('report', '--regenerate', made.id, '--out', file, '--json')).toBe(0);
    expect(JSON.parse(folder.out.join('\n'))).toMatchObject({ ok: true, changeLogSeq: made.changeLogSeq, period: '2026-Q1' });
  });

  it('lists the report layout and lets the province reword a line', async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri')).toBe(0);
    expect(await cli('report', 'label', 'text.signHead')).toBe(2);
    folder.out.length = 0;
    expect(await cli('report', 'label', 'text.signHead', 'GIÁM ĐỐC SỞ', '--json')).toBe(0);
    // Version 3: the layout after the terms added by migrations violation_handling and case_deadlines (version 2).
    expect(JSON.parse(folder.out.join('\n'))).toMatchObject({ ok: true, version: 3, row: { text: 'GIÁM ĐỐC SỞ' } });
    folder.out.length = 0;
    expect(await cli('report', 'layout')).toBe(0);
    expect(folder.out.join('\n')).toMatch(/text\.signHead\tv3\t\tGIÁM ĐỐC SỞ/);
  });

  it.skipIf(!findChromium())('prints the quarterly report as a PDF in the Decree 30/2020 layout', async () => {
    expect(await cli('init', '--level', 'province', '--unit', '20', '--office', 'Sở Y tế Lạng Sơn', '--admin', 'quantri')).toBe(0);
    const app = TestApp.openAt(folder.dir);
    adoptPlan(app.running.app, null, { year: 2026, documentRef: '45/KH-UBND', adoptedOn: '2026-02-27', startFrom: 'defaults' });
    app.close();
    const file = path.join(folder.dir, 'bao-cao.pdf');
    folder.out.length = 0;
    expect(await cli('report', '--period', '2026-Q1', '--format', 'pdf', '--out', file, '--json')).toBe(0);
    const result = JSON.parse(folder.out.join('\n')) as { pages: number; format: string };
    expect(result.format).toBe('pdf');
    const read = await pdfText(fs.readFileSync(file));
    expect(read.pages).toBe(result.pages);
    expect(read.text[0]).toContain('Kết quả công tác phòng, chống mại dâm quý I năm 2026');
    expect(read.text[0]).not.toMatch(/Trang \d+ \/ \d+/);
    expect((read.text[0] ?? '').replace(/\s+/g, ' ')).toContain('Số: ....../BC-UBND');
  }, 60_000);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/print/pdf';
import { hasPdftotext } from '../../electron/print/pdftotext';
import { GUIDE_TASKS } from '../../renderer/help/catalogue';
import { checkGuidePdf } from './checkPdf';
import { buildGuidePdf, locateTasks } from './pdf';
import { checkGuide, E2E_DIR, GUIDE_DIR, guideShots, loadGuide, shotsTakenBySpecs } from './sources';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function copyOfGuide(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-guide-'));
  temps.push(dir);
  fs.cpSync(GUIDE_DIR, dir, { recursive: true });
  return dir;
}

describe('the guide sources', () => {
  it('have every task in both languages, every picture taken by an e2e spec, the same screens and pictures in both', () => {
    expect(checkGuide()).toEqual([]);
    expect(loadGuide('vi')).toHaveLength(GUIDE_TASKS.length);
    expect(loadGuide('en').map((p) => p.id)).toEqual(loadGuide('vi').map((p) => p.id));
    // The walk-through takes them: this is what keeps the pictures from going stale.
    const taken = shotsTakenBySpecs();
    for (const shot of guideShots()) expect(taken.get(shot), shot).toBe('guide.spec.ts');
  });

  it('fail when a task is missing, when a step names a screenshot no spec takes, and on a stray page', () => {
    const dir = copyOfGuide();
    fs.rmSync(path.join(dir, 'en', 'clerk-cases.md'));
    const register = path.join(dir, 'vi', 'clerk-register.md');
    fs.writeFileSync(register, `${fs.readFileSync(register, 'utf8')}\n![Không ai chụp](shot:never-taken)\n`);
    fs.writeFileSync(path.join(dir, 'vi', 'ghi-chu.md'), '---\ntitle: x\n---\n');
    const problems = checkGuide(dir, E2E_DIR);
    expect(problems).toContain('task clerk-cases has no page en/clerk-cases.md');
    expect(problems).toContain(`vi/clerk-register.md shows the picture "never-taken", which no e2e spec takes with shot(page, 'never-taken')`);
    expect(problems).toContain('vi/ghi-chu.md is not a task of the catalogue (renderer/help/catalogue.ts)');
    expect(problems.some((p) => p.startsWith('en/clerk-register.md shows pictures'))).toBe(true);
  });

  it('give each help screen to one page only', () => {
    const dir = copyOfGuide();
    const file = path.join(dir, 'vi', 'admin-audit.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('screens: [audit]', 'screens: [audit, businesses]'));
    expect(checkGuide(dir, E2E_DIR)).toContain('vi: the screen "businesses" is claimed by both clerk-register and admin-audit');
  });
});

describe('locating headings for the contents', () => {
  it('takes each heading from the body, not from the contents that list them all first', () => {
    const pages = ['Mục lục 1.1. Một 00 1.2. Hai 00', 'x 1.1. Một y', 'z', '1.2.   Hai'];
    expect(locateTasks(pages, ['1.1. Một', '1.2. Hai'])).toEqual([2, 4]);
    expect(() => locateTasks(pages, ['1.3. Ba'])).toThrow(/not in the PDF/);
  });
});

const chromium = findChromium();
const tools = chromium && hasPdftotext();

describe('the PDF', () => {
  it.skipIf(!tools)('holds every task title (contents and body) and every picture with its caption', { timeout: 120_000 }, async () => {
    // Built from the sources with stand-ins for screenshots not taken yet: what is checked here is the text.
    const shotsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-shots-'));
    temps.push(shotsDir);
    const { pdf, layout, pages } = await buildGuidePdf({ lang: 'vi', shotsDir, chromiumPath: chromium ?? '', version: '0.1.0', placeholders: true });
    expect(layout.chapters.flatMap((c) => c.tasks)).toHaveLength(GUIDE_TASKS.length);
    expect(layout.figures.length).toBe(guideShots().length);
    expect(pages).toBeGreaterThan(GUIDE_TASKS.length / 2);
    expect(checkGuidePdf(pdf, 'vi', layout)).toEqual([]);
    // The check can fail: a task or a picture the PDF does not have is named.
    const more = {
      chapters: [...layout.chapters, { title: 'Phần 9', tasks: [{ number: '9.1.', title: 'Bài không in', page: { id: 'x', title: 'Bài không in', screens: [], blocks: [], role: 'it' as const } }] }],
      figures: [...layout.figures, { n: layout.figures.length + 1, shot: 'x', caption: 'Hình không in' }],
    };
    const problems = checkGuidePdf(pdf, 'vi', more);
    expect(problems).toContain('task "9.1. Bài không in" is not both in the contents and in the body');
    expect(problems).toContain(`picture x: caption "Hình ${layout.figures.length + 1}. Hình không in" is missing`);
    expect(problems).toContain(`the PDF draws ${layout.figures.length} pictures, the guide has ${layout.figures.length + 1}`);
  });
});

// A PDF's text page by page as poppler's pdftotext lays it out (-layout keeps lines where they print):
// tests check the Decree 30/2020 parts (number line, place and date, page number at the top) by it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function pdftotextPages(pdf: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-pdftotext-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The first printed line of a page, trimmed: on pages 2.. the page number centred in the top margin. */
export function firstLine(page: string): string {
  return page.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

/** Decree 30/2020 page numbers: none on page 1, the number alone at the top of every later page, no "Trang x / y". */
export function decreePageNumberProblems(pages: readonly string[]): string[] {
  const problems: string[] = [];
  pages.forEach((page, i) => {
    if (/Trang \d+ \/ \d+/.test(page)) problems.push(`page ${i + 1} says "Trang x / y"`);
    const first = firstLine(page);
    if (i === 0 && /^\d+$/.test(first)) problems.push('page 1 has a page number');
    if (i > 0 && first !== String(i + 1)) problems.push(`page ${i + 1} starts with "${first}"`);
  });
  return problems;
}

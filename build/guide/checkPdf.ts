// Reads a built guide back (poppler's pdftotext and pdfimages): every task's title and every
// picture, with its caption, must be in it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdftotextPages } from '../../electron/print/pdftotext';
import { translate, type Locale } from '../../renderer/i18n/translate';
import { taskHeading, type GuideLayout } from './pdf';

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

/** How many images the PDF draws (`pdfimages -list`, one line per image after the two header lines). */
export function pdfImageCount(pdf: Uint8Array): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-pdfimages-'));
  try {
    const file = path.join(dir, 'guide.pdf');
    fs.writeFileSync(file, pdf);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    return list.split('\n').slice(2).filter((line) => line.trim() && !/\bsmask\b/.test(line)).length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What the PDF lacks, in words; empty when every task and picture is there. */
export function checkGuidePdf(pdf: Uint8Array, lang: Locale, layout: GuideLayout): string[] {
  const problems: string[] = [];
  const text = squash(pdftotextPages(pdf).join('\n'));
  const count = (needle: string) => text.split(squash(needle)).length - 1;
  for (const task of layout.chapters.flatMap((c) => c.tasks)) {
    // Once in the contents, once over the task itself.
    if (count(taskHeading(task)) < 2) problems.push(`task "${taskHeading(task)}" is not both in the contents and in the body`);
  }
  for (const figure of layout.figures) {
    const caption = translate(lang, 'help.pdf.figureNo', { n: String(figure.n), caption: figure.caption });
    if (count(caption) < 1) problems.push(`picture ${figure.shot}: caption "${caption}" is missing`);
  }
  const images = pdfImageCount(pdf);
  if (images !== layout.figures.length) problems.push(`the PDF draws ${images} pictures, the guide has ${layout.figures.length}`);
  return problems;
}

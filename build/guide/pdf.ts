// The user guide as one A4 PDF: Decree 30/2020 fonts (Tinos, metric-compatible with Times New Roman)
// and margins, a table of contents with page numbers, page numbers at the top centre.
import fs from 'node:fs';
import path from 'node:path';
import { inlineFontCss } from '../../electron/print/printPage';
import { pdfText } from '../../electron/print/pdfText';
import { GUIDE_ROLES, type GuideLanguage } from '../../renderer/help/catalogue';
import type { Block, Inline } from '../../renderer/help/guideMarkdown';
import { translate, type MessageParams } from '../../renderer/i18n/translate';
import type { MessageKey } from '../../renderer/i18n/vi';
import { loadGuide, type GuideTaskPage } from './sources';

/** Decree 30/2020 (Appendix I): top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
export const GUIDE_MARGINS = { top: '20mm', bottom: '20mm', left: '30mm', right: '15mm' } as const;

export interface GuideFigure {
  n: number;
  shot: string;
  caption: string;
}

/** A task of the printed guide: its number ("1.2") and page, with its figures numbered through the document. */
export interface PrintedTask {
  number: string;
  title: string;
  page: GuideTaskPage;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inlines(list: Inline[]): string {
  return list.map((i) => (i.kind === 'strong' ? `<strong>${escapeHtml(i.text)}</strong>` : i.kind === 'code' ? `<span class="key">${escapeHtml(i.text)}</span>` : escapeHtml(i.text))).join('');
}

export interface GuideLayout {
  chapters: { title: string; tasks: PrintedTask[] }[];
  figures: GuideFigure[];
}

/** Chapters per role (only roles with pages), tasks numbered within them, figures numbered through. */
export function layoutGuide(lang: GuideLanguage, pages: GuideTaskPage[]): GuideLayout {
  const t = (key: MessageKey) => translate(lang, key);
  const chapters = GUIDE_ROLES.map((role, r) => ({
    title: `${lang === 'vi' ? 'Phần' : 'Part'} ${r + 1}. ${t(`help.role.${role}`)}`,
    tasks: pages.filter((p) => p.role === role).map((page, i) => ({ number: `${r + 1}.${i + 1}.`, title: page.title, page })),
  })).filter((c) => c.tasks.length > 0);
  const figures: GuideFigure[] = [];
  for (const task of chapters.flatMap((c) => c.tasks)) {
    for (const block of task.page.blocks) if (block.kind === 'figure') figures.push({ n: figures.length + 1, shot: block.shot, caption: block.caption });
  }
  return { chapters, figures };
}

/** The heading a task prints under (and the table of contents lists). */
export function taskHeading(task: PrintedTask): string {
  return `${task.number} ${task.title}`;
}

function blockHtml(block: Block, figure: () => GuideFigure, image: (shot: string) => string, t: (key: MessageKey, params?: MessageParams) => string): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level + 1}>${inlines(block.inlines)}</h${block.level + 1}>`;
    case 'paragraph':
      return `<p>${inlines(block.inlines)}</p>`;
    case 'list': {
      const items = block.items.map((item) => `<li>${inlines(item)}</li>`).join('');
      return block.ordered ? `<ol start="${block.start}">${items}</ol>` : `<ul>${items}</ul>`;
    }
    case 'figure': {
      const f = figure();
      return `<figure><img src="${image(block.shot)}" alt="${escapeHtml(block.caption)}"><figcaption>${escapeHtml(t('help.pdf.figureNo', { n: String(f.n), caption: f.caption }))}</figcaption></figure>`;
    }
  }
}

const CSS = `
@page { size: A4; }
body { font-family: 'Tinos', 'Times New Roman', serif; font-size: 14pt; line-height: 1.35; color: #000; margin: 0; }
.cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; text-align: center; page-break-after: always; }
.cover h1 { font-size: 20pt; font-weight: bold; margin: 0 0 8mm; }
.cover p { font-size: 15pt; margin: 2mm 0; }
.toc { page-break-after: always; }
.toc h1 { font-size: 15pt; text-align: center; }
.toc .chapter { font-weight: bold; margin-top: 4mm; }
.toc .entry { display: flex; align-items: baseline; }
.toc .entry .title { flex: none; max-width: 150mm; }
.toc .entry .dots { flex: 1; border-bottom: 1px dotted #000; margin: 0 2mm; }
.toc .entry .pageno { flex: none; min-width: 8mm; text-align: right; }
.toc .task { padding-left: 6mm; }
section.chapter { page-break-before: always; }
section.chapter > h1 { font-size: 15pt; text-transform: uppercase; text-align: center; }
h2 { font-size: 14pt; font-weight: bold; margin: 6mm 0 2mm; page-break-after: avoid; }
h3, h4 { font-size: 14pt; font-style: italic; margin: 4mm 0 2mm; page-break-after: avoid; }
p { margin: 0 0 2mm; text-align: justify; text-indent: 0; }
ol, ul { margin: 0 0 2mm; padding-left: 7mm; }
li { margin-bottom: 1mm; }
figure { margin: 2mm 0 4mm; page-break-inside: avoid; text-align: center; }
figure img { width: 150mm; border: 0.3mm solid #888; }
figcaption { font-size: 12pt; font-style: italic; margin-top: 1mm; }
.key { font-family: 'Tinos', serif; border: 0.3mm solid #444; border-radius: 1mm; padding: 0 1mm; font-size: 12pt; }
`;

/** The whole document as self-contained HTML; `pageOf` gives a task's page number for the contents. */
export function guideHtml(lang: GuideLanguage, layout: GuideLayout, image: (shot: string) => string, pageOf: (task: PrintedTask) => string, version: string): string {
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  let figureIndex = 0;
  const nextFigure = () => {
    const f = layout.figures[figureIndex++];
    if (!f) throw new Error('figure numbering out of step');
    return f;
  };
  const toc = layout.chapters
    .map(
      (c) =>
        `<div class="chapter">${escapeHtml(c.title)}</div>` +
        c.tasks.map((task) => `<div class="entry task"><span class="title">${escapeHtml(taskHeading(task))}</span><span class="dots"></span><span class="pageno">${pageOf(task)}</span></div>`).join(''),
    )
    .join('');
  const body = layout.chapters
    .map(
      (c) =>
        `<section class="chapter"><h1>${escapeHtml(c.title)}</h1>` +
        c.tasks.map((task) => `<article><h2>${escapeHtml(taskHeading(task))}</h2>${task.page.blocks.map((b) => blockHtml(b, nextFigure, image, t)).join('\n')}</article>`).join('\n') +
        `</section>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t('help.pdf.title'))}</title>
<style>${inlineFontCss()}${CSS}</style></head><body>
<div class="cover"><h1>${escapeHtml(t('help.pdf.title'))}</h1><p>${escapeHtml(t('help.pdf.subtitle'))}</p><p>${escapeHtml(t('help.pdf.version', { version }))}</p></div>
<div class="toc"><h1>${escapeHtml(t('help.contents').toUpperCase())}</h1>${toc}</div>
${body}
</body></html>`;
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

/**
 * The page each task's heading prints on. The contents list every heading before the body does, so
 * scanning from the last task backwards, each heading's last occurrence not after the next task's
 * page is its body heading.
 */
export function locateTasks(pages: string[], headings: string[]): number[] {
  const texts = pages.map(squash);
  const found: number[] = new Array<number>(headings.length).fill(0);
  let cursor = texts.length - 1;
  for (let i = headings.length - 1; i >= 0; i -= 1) {
    const needle = squash(headings[i] ?? '');
    let at = cursor;
    while (at >= 0 && !(texts[at] ?? '').includes(needle)) at -= 1;
    if (at < 0) throw new Error(`the heading "${headings[i]}" is not in the PDF`);
    found[i] = at + 1;
    cursor = at;
  }
  return found;
}

/** A 1x1 grey PNG standing in for a screenshot not taken (only when asked: the checks build with them). */
export const PLACEHOLDER_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGOIBAAAeAB3Yk2VnwAAAABJRU5ErkJggg==', 'base64');

export interface BuildOptions {
  lang: GuideLanguage;
  shotsDir: string;
  chromiumPath: string;
  version: string;
  /** Use a placeholder for a missing screenshot instead of failing. */
  placeholders?: boolean;
}

export async function buildGuidePdf(options: BuildOptions): Promise<{ pdf: Buffer; layout: GuideLayout; pages: number }> {
  const layout = layoutGuide(options.lang, loadGuide(options.lang));
  const image = (shot: string) => {
    const file = path.join(options.shotsDir, `${shot}.png`);
    if (!fs.existsSync(file) && !options.placeholders) throw new Error(`missing screenshot ${file}`);
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : PLACEHOLDER_PNG;
    return `data:image/png;base64,${bytes.toString('base64')}`;
  };
  const tasks = layout.chapters.flatMap((c) => c.tasks);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const render = async (pageOf: (task: PrintedTask) => string) => {
      await page.setContent(guideHtml(options.lang, layout, image, pageOf, options.version), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      return page.pdf({
        format: 'A4',
        margin: GUIDE_MARGINS,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="width:100%;text-align:center;font-family:'Times New Roman',serif;font-size:12pt;padding-top:8mm"><span class="pageNumber"></span></div>`,
        footerTemplate: '<div></div>',
      });
    };
    // First pass with placeholder numbers as wide as the real ones, then the real page numbers.
    const first = await render(() => '00');
    const located = locateTasks((await pdfText(first)).text, tasks.map(taskHeading));
    const pdf = await render((task) => String(located[tasks.indexOf(task)] ?? ''));
    const { pages } = await pdfText(pdf);
    return { pdf, layout, pages };
  } finally {
    await browser.close();
  }
}

// A printed document as one self-contained HTML page: the same React layout the app previews, with
// the bundled Tinos font inlined, so headless Chromium renders it to PDF with no network or files.
import fs from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

const FONT_CSS_FILES = ['400.css', '400-italic.css', '700.css'];
/** Vietnamese text needs these subsets only; the others stay out of every PDF job. */
const SUBSETS = /tinos-(latin|latin-ext|vietnamese)-\d{3}-(normal|italic)\.woff2/;

let fontCss: string | undefined;

/** @font-face rules with the woff2 files as data: URLs, each with its unicode-range. */
export function inlineFontCss(): string {
  if (fontCss !== undefined) return fontCss;
  const dir = path.dirname(require.resolve('@fontsource/tinos/package.json'));
  const faces = FONT_CSS_FILES.flatMap((file) => fs.readFileSync(path.join(dir, file), 'utf8').split('@font-face').slice(1));
  fontCss = faces
    .map((face) => {
      const file = SUBSETS.exec(face)?.[0];
      if (!file) return '';
      const data = fs.readFileSync(path.join(dir, 'files', file)).toString('base64');
      return `@font-face${face.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`)}`;
    })
    .join('\n');
  return fontCss;
}

/** The document element rendered with its print CSS and the inlined font. */
export function printPage(document: ReactElement, css: string): string {
  const body = renderToStaticMarkup(document);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>District Desk</title>
<style>${inlineFontCss()}
body { margin: 0; }
${css}</style></head><body>${body}</body></html>`;
}

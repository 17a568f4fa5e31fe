// Printing a document to a PDF file from the command line, wherever a Chromium is installed.
import fs from 'node:fs';
import { findChromium } from '../print/pdf';
import { Rejected } from './runtime';

/**
 * Checks for a renderer before any work (a clear NO_RENDERER, not a stack trace), renders, writes
 * the file, and returns its page count.
 */
export async function printToFile(out: string, render: (chromiumPath: string) => Promise<{ pdf: Buffer; pages: number }>): Promise<number> {
  const chromium = findChromium();
  if (!chromium) throw new Rejected({ code: 'NO_RENDERER', messageKey: 'print.noRenderer' });
  const { pdf, pages } = await render(chromium);
  fs.writeFileSync(out, pdf);
  return pages;
}

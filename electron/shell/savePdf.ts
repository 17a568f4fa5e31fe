/**
 * "Lưu PDF..." in the desktop app: the preview asks the shell (through the preload's `window.desk`)
 * to print its own page to an A4 PDF and save it where the clerk chooses. The rules about names and
 * writing live here, in plain Node, so they are tested without Electron (printToPdf.ts does the call).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SavePdfResult } from './savePdfChannel';

const FALLBACK_NAME = 'ban-in.pdf';
const MAX_NAME = 120;

/**
 * The name offered in the save dialog: no folder part, none of the characters Windows refuses
 * (< > : " / \ | ? * and control characters), not empty, ending in .pdf.
 */
export function safePdfName(name: string): string {
  const base = name
    .normalize('NFC')
    .trim()
    .replace(/\.pdf$/i, '')
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_NAME - 4)
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  return base ? `${base}.pdf` : FALLBACK_NAME;
}

/** The file to write for the path the dialog returned: absolute, ending in .pdf (added when the clerk left it out); null otherwise. */
export function pdfTargetPath(chosen: string | undefined): string | null {
  if (!chosen || !path.isAbsolute(chosen)) return null;
  const name = path.basename(chosen);
  if (!name || name === '.pdf') return null;
  return /\.pdf$/i.test(name) ? chosen : `${chosen}.pdf`;
}

/**
 * Writes the PDF beside its target then renames it, so a failure never leaves half a file under the
 * chosen name (nor destroys a file that was there). Data that is not a PDF is refused.
 */
export function writePdfFile(file: string, data: Uint8Array): SavePdfResult {
  if (data.length < 5 || Buffer.from(data.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    return { outcome: 'failed', messageKey: 'print.savePdf.notPdf' };
  }
  const partial = `${file}.${process.pid}.part`;
  try {
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, file);
    return { outcome: 'saved', file };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    return { outcome: 'failed', messageKey: 'print.savePdf.failed', params: { reason: (error as NodeJS.ErrnoException).code ?? String(error) } };
  }
}

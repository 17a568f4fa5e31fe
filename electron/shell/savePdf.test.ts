import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfTargetPath, safePdfName, writePdfFile } from './savePdf';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-savepdf-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');

describe('saving the print preview as PDF (the rules behind window.desk.savePdf)', () => {
  it('offers a name without folders or characters Windows refuses, ending in .pdf', () => {
    expect(safePdfName('phieu-K-26-0001.pdf')).toBe('phieu-K-26-0001.pdf');
    expect(safePdfName('bien-ban-15/QĐ-UBND-3')).toBe('bien-ban-15-QĐ-UBND-3.pdf');
    expect(safePdfName('..\\..\\Windows\\system32\\x')).toBe('Windows-system32-x.pdf');
    expect(safePdfName('a<b>c:"d"|e?*.PDF')).toBe('a-b-c-d-e.pdf');
    expect(safePdfName('   ')).toBe('ban-in.pdf');
    expect(safePdfName('x'.repeat(300))).toHaveLength(120);
  });

  it('writes only to an absolute path ending in .pdf, adding the extension the clerk left out', () => {
    expect(pdfTargetPath(path.join(dir, 'bien-ban.pdf'))).toBe(path.join(dir, 'bien-ban.pdf'));
    expect(pdfTargetPath(path.join(dir, 'Bien-ban.PDF'))).toBe(path.join(dir, 'Bien-ban.PDF'));
    expect(pdfTargetPath(path.join(dir, 'bien-ban'))).toBe(path.join(dir, 'bien-ban.pdf'));
    expect(pdfTargetPath(path.join(dir, 'bien-ban.docx'))).toBe(path.join(dir, 'bien-ban.docx.pdf'));
    expect(pdfTargetPath('bien-ban.pdf')).toBeNull();
    expect(pdfTargetPath(undefined)).toBeNull();
    expect(pdfTargetPath('')).toBeNull();
  });

  it('writes the PDF whole or not at all, and refuses data that is not a PDF', () => {
    const file = path.join(dir, 'phieu.pdf');
    expect(writePdfFile(file, PDF)).toEqual({ outcome: 'saved', file });
    expect(fs.readFileSync(file)).toEqual(PDF);

    expect(writePdfFile(file, Buffer.from('<html>'))).toEqual({ outcome: 'failed', messageKey: 'print.savePdf.notPdf' });
    expect(fs.readFileSync(file)).toEqual(PDF);

    const missingFolder = path.join(dir, 'khong-co', 'phieu.pdf');
    expect(writePdfFile(missingFolder, PDF)).toEqual({ outcome: 'failed', messageKey: 'print.savePdf.failed', params: { reason: 'ENOENT' } });
    expect(fs.readdirSync(dir)).toEqual(['phieu.pdf']);
  });
});

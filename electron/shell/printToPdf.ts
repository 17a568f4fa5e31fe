import { BrowserWindow, dialog, ipcMain } from 'electron';
import { isAppUrl } from '../window';
import { pdfTargetPath, safePdfName, writePdfFile } from './savePdf';
import { SAVE_PDF_CHANNEL, SavePdfRequest, type SavePdfResult } from './savePdfChannel';

/**
 * `window.desk.savePdf`: prints the asking page (the print preview: its print CSS shows only the A4
 * pages) to a PDF with the page size its CSS sets, and saves it where the clerk chooses. Answered
 * only to the app's own frames.
 */
export function setupSavePdf(): void {
  ipcMain.handle(SAVE_PDF_CHANNEL, async (event, raw: unknown): Promise<SavePdfResult> => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return { outcome: 'failed', messageKey: 'print.savePdf.refused' };
    const request = SavePdfRequest.safeParse(raw);
    if (!request.success) return { outcome: 'failed', messageKey: 'print.savePdf.refused' };
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: safePdfName(request.data.defaultName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled) return { outcome: 'cancelled' };
    const file = pdfTargetPath(chosen.filePath);
    if (!file) return { outcome: 'failed', messageKey: 'print.savePdf.badPath' };
    const data = await event.sender.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    return writePdfFile(file, data);
  });
}

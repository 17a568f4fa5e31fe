import { BrowserWindow, dialog, ipcMain, type OpenDialogOptions } from 'electron';
import { CHOOSE_PATH_CHANNEL, PathRequest } from '../files/choosePath';
import { isAppUrl } from '../window';
import { setupSavePdf } from './printToPdf';

/** The native folder/file dialogs behind `window.desk.choosePath` (and "Lưu PDF..."), answered only to the app's own frames. */
export function setupDialogs(): void {
  setupSavePdf();
  ipcMain.handle(CHOOSE_PATH_CHANNEL, async (event, raw: unknown): Promise<string | null> => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return null;
    const request = PathRequest.safeParse(raw);
    if (!request.success) return null;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const filters = 'extensions' in request.data && request.data.extensions.length > 0 ? [{ name: request.data.extensions.join(', '), extensions: request.data.extensions }] : [];
    if (request.data.kind === 'save') {
      const options = { defaultPath: request.data.defaultName, filters };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    }
    const options: OpenDialogOptions = {
      properties: request.data.kind === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
      filters,
    };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
}

import { BrowserWindow, dialog, ipcMain, type OpenDialogOptions } from 'electron';
import path from 'node:path';
import { CHOOSE_PATH_CHANNEL, PathRequest, type ChosenPath } from '../files/choosePath';
import type { PathGrants } from '../files/pathGrants';
import type { PathUse } from '../api/procedure';
import { isAppUrl } from '../window';
import { setupSavePdf } from './printToPdf';

/**
 * The native folder/file dialogs behind `window.desk.choosePath` (and "Lưu PDF..."), answered only to the
 * app's own frames. The renderer gets an opaque handle for the chosen path (electron/files/pathGrants.ts),
 * which only the router turns back into the path.
 */
export function setupDialogs(paths: PathGrants): void {
  setupSavePdf();
  ipcMain.handle(CHOOSE_PATH_CHANNEL, async (event, raw: unknown): Promise<ChosenPath | null> => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return null;
    const request = PathRequest.safeParse(raw);
    if (!request.success) return null;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const filters = 'extensions' in request.data && request.data.extensions.length > 0 ? [{ name: request.data.extensions.join(', '), extensions: request.data.extensions }] : [];
    if (request.data.kind === 'save') {
      const options = { defaultPath: request.data.defaultName, filters };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : choice(paths, result.filePath, 'save');
    }
    const options: OpenDialogOptions = {
      properties: request.data.kind === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
      filters,
    };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const chosen = result.canceled ? undefined : result.filePaths[0];
    return chosen ? choice(paths, chosen, request.data.kind) : null;
  });
}

/** The handle and the name to show beside the button (the name only: the path stays in the main process). */
function choice(paths: PathGrants, chosen: string, use: PathUse): ChosenPath | null {
  try {
    return { handle: paths.grant(chosen, use), label: path.basename(chosen) || chosen };
  } catch {
    // A network share or a relative path: refused as if cancelled.
    return null;
  }
}

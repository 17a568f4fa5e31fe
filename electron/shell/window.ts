import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, secureWindowOptions } from '../window';

export function createMainWindow(preloadPath: string, options: { devTools: boolean }): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(preloadPath, options));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

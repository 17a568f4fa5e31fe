import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { translate } from '../renderer/i18n/translate';
import { toErrorData } from './api/router';
import { startApp, type RunningApp } from './app';
import { startBackupScheduler, type BackupScheduler } from './backup/scheduler';
import { resolveDataDir } from './dataDir';
import { setupDialogs } from './shell/dialogs';
import { setupIpc } from './shell/ipc';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { setupSecurity } from './shell/security';
import { createMainWindow } from './shell/window';
import { isAppUrl } from './window';

// The bundle lives in dist/: main.cjs, preload.cjs, renderer/, migrations/.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, 'renderer');
let mainWindow: BrowserWindow | undefined;
let running: RunningApp | undefined;
let backups: BackupScheduler | undefined;
let closeBackupDone = false;

function fail(messageKey: string): never {
  dialog.showErrorBox('District Desk', translate('vi', messageKey));
  app.exit(1);
  throw new Error(messageKey);
}

function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  return true;
}

function openData(): RunningApp {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  try {
    return startApp({
      dataDir,
      isTrustedSender: (sender) => sender.kind === 'ipc' && isAppUrl(sender.frameUrl),
      // The packaged app carries better-sqlite3 rebuilt for Electron's ABI beside the bundle.
      db: { nativeBinding: process.env.DISTRICT_DESK_SQLITE_BINDING },
    });
  } catch (error) {
    return fail(toErrorData(error).messageKey);
  }
}

if (setupSingleInstance()) {
  registerAppScheme();
  setupSecurity();
  void app.whenReady().then(() => {
    running = openData();
    serveRenderer(rendererDir);
    setupIpc(running);
    setupDialogs();
    const context = running.app;
    backups = startBackupScheduler({
      dataDir: context.dataDir,
      database: () => (context.databaseOpen() ? context.db : null),
      ...context.sqlite,
    });
    mainWindow = createMainWindow(preloadPath);
    mainWindow.on('closed', () => (mainWindow = undefined));
  });
  app.on('window-all-closed', () => app.quit());
  // Closing takes a backup first; quitting waits for it, but never longer than the cap.
  app.on('before-quit', (event) => {
    if (closeBackupDone || !backups) return;
    event.preventDefault();
    closeBackupDone = true;
    void backups.backupOnClose().finally(() => app.quit());
  });
  app.on('will-quit', () => running?.close());
}

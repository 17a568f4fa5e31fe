import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { translate } from '../renderer/i18n/translate';
import { toErrorData } from './api/router';
import { startApp, type RunningApp } from './app';
import { startBackupScheduler, type BackupScheduler } from './backup/scheduler';
import { resolveDataDir } from './dataDir';
import { applySettingsFile, findSettingsFile, readSettingsFile } from './office/settingsFile';
import { setupDialogs } from './shell/dialogs';
import { cryptoSelfTest } from './packages/selfTest';
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

function fail(messageKey: string, params?: Record<string, string | number>): never {
  dialog.showErrorBox('District Desk', translate('vi', messageKey, params));
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

/**
 * Opens the office's data. A settings file placed by IT staff (beside the installed app, or --settings)
 * names the data folder and sets the office up at first start, without the wizard.
 */
async function openData(): Promise<RunningApp> {
  try {
    const settingsPath = findSettingsFile(process.argv, path.dirname(process.execPath));
    const settings = settingsPath ? readSettingsFile(settingsPath) : undefined;
    const dataDir = resolveDataDir(process.argv, process.env, settings?.dataDir ?? app.getPath('userData'));
    const opened = startApp({
      dataDir,
      isTrustedSender: (sender) => sender.kind === 'ipc' && isAppUrl(sender.frameUrl),
      // `npm start` passes a better-sqlite3 built for Electron's ABI; the packaged app has it in node_modules.
      db: { nativeBinding: process.env.DISTRICT_DESK_SQLITE_BINDING },
    });
    if (settings) await applySettingsFile(opened.app, settings);
    return opened;
  } catch (error) {
    const data = toErrorData(error);
    return fail(data.messageKey, data.params);
  }
}

if (setupSingleInstance()) {
  // Electron's Node uses BoringSSL: check the package cryptography once, early; packaging refuses if it failed.
  const selfTest = cryptoSelfTest();
  if (!selfTest.ok) console.error('[crypto] start-up self-test failed:', selfTest.failed.join('; '));
  registerAppScheme();
  setupSecurity();
  void app.whenReady().then(async () => {
    running = await openData();
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

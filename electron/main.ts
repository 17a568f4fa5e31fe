import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { translate } from '../renderer/i18n/translate';
import { toErrorData } from './api/router';
import { startApp, type RunningApp } from './app';
import { startBackupScheduler, type BackupScheduler } from './backup/scheduler';
import { resolveDataDir } from './dataDir';
import { applySettingsFile, findSettingsFile, readSettingsFile } from './office/settingsFile';
import { cryptoSelfTest } from './packages/selfTest';
import { databaseKeyFor } from './shell/dbKey';
import { ensureOwnerOnlyFolder } from './shell/dataFolder';
import { setupDialogs } from './shell/dialogs';
import { setupIpc } from './shell/ipc';
import { debugSwitchIn, debugSwitchMessage, developmentSwitches } from './shell/productionSwitches';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { setupSecurity } from './shell/security';
import { createMainWindow } from './shell/window';
import { isAppUrl } from './window';

// The bundle lives in dist/: main.cjs, preload.cjs, renderer/, migrations/.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, 'renderer');
// DISTRICT_DESK_SQLITE_BINDING and DISTRICT_DESK_DEVTOOLS: `npm start` only, never a packaged app.
const devSwitches = developmentSwitches(process.env, app.isPackaged);
let mainWindow: BrowserWindow | undefined;
let running: RunningApp | undefined;
let backups: BackupScheduler | undefined;
let closeBackupDone = false;

/** Thrown after fail() has said why and exited, so the rest of the start-up does not run. */
class StartStopped extends Error {}

function fail(messageKey: string, params?: Record<string, string | number>): never {
  dialog.showErrorBox('District Desk', translate('vi', messageKey, params));
  app.exit(1);
  throw new StartStopped(messageKey);
}

/** A start-up step that failed after ready: said in a box, exit 1 (never a window without its guards). */
function startFailed(error: unknown): void {
  if (error instanceof StartStopped) return;
  console.error('[shell] start-up failed:', error);
  dialog.showErrorBox('District Desk', `Không khởi động được District Desk / District Desk could not start:\n${String(error)}`);
  app.exit(1);
}

/** A test build (npm run dist -- --test-build) is driven by Playwright over the inspector; its package.json says so. */
function isTestBuild(): boolean {
  const packed = path.join(app.getAppPath(), 'package.json');
  return fs.existsSync(packed) && (JSON.parse(fs.readFileSync(packed, 'utf8')) as { districtDeskTestBuild?: boolean }).districtDeskTestBuild === true;
}

/** A packaged app started with a debugging switch quits, saying why (the fuses cannot stop Chromium's). */
function refuseDebugSwitches(): boolean {
  if (!app.isPackaged || isTestBuild()) return true;
  const found = debugSwitchIn(process.argv.slice(1));
  if (!found) return true;
  const message = debugSwitchMessage(found);
  console.error(message);
  // dialog.md: showErrorBox "can be called safely before the ready event".
  dialog.showErrorBox('District Desk', message);
  app.exit(1);
  return false;
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

function setupCryptoSelfTest(): void {
  // Electron's Node uses BoringSSL: check the package cryptography once, early; packaging refuses if it failed.
  const selfTest = cryptoSelfTest();
  if (!selfTest.ok) console.error('[crypto] start-up self-test failed:', selfTest.failed.join('; '));
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
    ensureOwnerOnlyFolder(dataDir);
    const opened = startApp({
      dataDir,
      isTrustedSender: (sender) => sender.kind === 'ipc' && isAppUrl(sender.frameUrl),
      db: { nativeBinding: devSwitches.sqliteBinding, ...databaseKeyFor(dataDir, process.argv, devSwitches.sqliteBinding, app.isPackaged && !isTestBuild()) },
    });
    if (settings) await applySettingsFile(opened.app, settings);
    return opened;
  } catch (error) {
    const data = toErrorData(error);
    return fail(data.messageKey, data.params);
  }
}

function setupBackups(opened: RunningApp): void {
  const context = opened.app;
  backups = startBackupScheduler({
    dataDir: context.dataDir,
    database: () => (context.databaseOpen() ? context.db : null),
    ...context.sqlite,
  });
}

function setupWindow(): void {
  mainWindow = createMainWindow(preloadPath, { devTools: devSwitches.devTools });
  mainWindow.on('closed', () => (mainWindow = undefined));
}

function setupQuit(): void {
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

// Before ready: only what Electron requires then (the privileged scheme, the single-instance lock).
if (refuseDebugSwitches() && setupSingleInstance()) {
  setupCryptoSelfTest();
  registerAppScheme();
  setupQuit();
  // After ready, in this order: the guards exist before any window or page does.
  app
    .whenReady()
    .then(async () => {
      setupSecurity();
      running = await openData();
      serveRenderer(rendererDir);
      setupIpc(running);
      setupDialogs(running.app.paths);
      setupBackups(running);
      setupWindow();
    })
    .catch(startFailed);
}

/**
 * The double's rules themselves (each is Electron's documented behaviour; see electron.ts), and the
 * Vitest alias: a shell module importing `electron` gets the double in tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setupSecurity } from '../security';
import { createElectronDouble, createInstanceRegistry, defaultDouble } from './electron';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-double-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const fresh = (extra: Partial<Parameters<typeof createElectronDouble>[0]> = {}) => createElectronDouble({ userData: path.join(work, 'userData'), ...extra });

describe('the Electron double enforces the documented lifecycle', () => {
  it('before ready: the default session, windows, protocol.handle, dialogs and safeStorage refuse; showErrorBox works', () => {
    const electron = fresh();
    expect(() => electron.session.defaultSession).toThrow('Session can only be received when app is ready');
    expect(() => new electron.BrowserWindow({})).toThrow('Cannot create BrowserWindow before app is ready');
    expect(() => electron.protocol.handle('app', () => new Response(''))).toThrow(/after the app is ready/);
    expect(() => electron.dialog.showOpenDialog({})).toThrow(/after the app is ready/);
    expect(() => electron.dialog.showSaveDialog({})).toThrow(/after the app is ready/);
    expect(() => electron.dialog.showMessageBox({})).toThrow(/after the app is ready/);
    expect(electron.safeStorage.isEncryptionAvailable()).toBe(false);
    expect(() => electron.safeStorage.encryptString('k')).toThrow(/Encryption is not available/);
    expect(() => electron.safeStorage.decryptString(Buffer.from('v10'))).toThrow(/Decryption is not available/);
    electron.dialog.showErrorBox('t', 'early');
    expect(electron.errorBoxes).toEqual([{ title: 't', content: 'early' }]);
  });

  it('privileged schemes and the single-instance lock only before ready; the schemes only once', async () => {
    const electron = fresh();
    electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app' }]);
    expect(() => electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app' }])).toThrow(/only once/);
    expect(electron.app.requestSingleInstanceLock()).toBe(true);
    await electron.emitReady();
    const late = fresh();
    await late.emitReady();
    expect(() => late.protocol.registerSchemesAsPrivileged([])).toThrow(/before app is ready/);
    expect(() => late.app.requestSingleInstanceLock()).toThrow(/only before the app is ready/);
  });

  it('after ready everything works, and ipcMain.handle refuses a second handler on a channel', async () => {
    const electron = fresh();
    await electron.emitReady();
    expect(electron.app.isReady()).toBe(true);
    expect(electron.session.defaultSession).toBeDefined();
    electron.ipcMain.handle('dd:x', () => 1);
    expect(() => electron.ipcMain.handle('dd:x', () => 2)).toThrow("Attempted to register a second handler for 'dd:x'");
    electron.ipcMain.removeHandler('dd:x');
    electron.ipcMain.handle('dd:x', () => 3);
  });

  it('safeStorage round-trips after ready, refuses foreign data, and is unavailable without a secret store', async () => {
    const electron = fresh();
    await electron.emitReady();
    const sealed = electron.safeStorage.encryptString('khóa cơ sở dữ liệu');
    expect(sealed.toString('utf8')).not.toContain('khóa');
    expect(electron.safeStorage.decryptString(sealed)).toBe('khóa cơ sở dữ liệu');
    const other = fresh();
    await other.emitReady();
    expect(() => other.safeStorage.decryptString(sealed)).toThrow(/decrypting/);
    const noKeyring = fresh({ encryptionAvailable: false });
    await noKeyring.emitReady();
    expect(noKeyring.safeStorage.isEncryptionAvailable()).toBe(false);
    expect(() => noKeyring.safeStorage.encryptString('k')).toThrow(/not available/);
  });

  it('quit: before-quit and will-quit can stop it; window-all-closed is left to the app when it listens; exit skips both', async () => {
    const electron = fresh();
    await electron.emitReady();
    const seen: string[] = [];
    let stopOnce = true;
    electron.app.on('before-quit', (event: { preventDefault(): void }) => {
      seen.push('before-quit');
      if (stopOnce) {
        stopOnce = false;
        event.preventDefault();
      }
    });
    electron.app.on('will-quit', () => seen.push('will-quit'));
    electron.app.on('window-all-closed', () => seen.push('window-all-closed'));
    const window = new electron.BrowserWindow({});
    window.close();
    expect(seen).toEqual(['window-all-closed']);
    expect(electron.quitState).toBeNull();
    electron.app.quit();
    expect(electron.quitState).toBeNull();
    electron.app.quit();
    expect(seen).toEqual(['window-all-closed', 'before-quit', 'before-quit', 'will-quit']);
    expect(electron.quitState).toEqual({ how: 'quit', code: 0 });
    const exiting = fresh();
    exiting.app.on('before-quit', () => seen.push('never'));
    exiting.app.exit(3);
    expect(exiting.quitState).toEqual({ how: 'exit', code: 3 });
    expect(seen).not.toContain('never');
  });

  it('a second instance does not get the lock and the first gets second-instance with its argv', async () => {
    const registry = createInstanceRegistry();
    const first = fresh({ registry });
    expect(first.app.requestSingleInstanceLock()).toBe(true);
    const got = new Promise<unknown>((resolve) => first.app.on('second-instance', (_event: unknown, argv: unknown) => resolve(argv)));
    const second = fresh({ registry, argv: ['district-desk', '--data-dir', 'D:\\x'] });
    expect(second.app.requestSingleInstanceLock()).toBe(false);
    expect(await got).toEqual(['district-desk', '--data-dir', 'D:\\x']);
  });

  it('contextBridge needs context isolation and refuses a key twice; a sandboxed preload may require only electron, events, timers, url', async () => {
    const electron = fresh();
    await electron.emitReady();
    electron.protocol.handle('app', () => new Response('<html></html>'));
    const preload = path.join(work, 'preload.cjs');
    fs.writeFileSync(preload, "const { contextBridge } = require('electron'); contextBridge.exposeInMainWorld('api', { ping: () => 'pong' });");
    const window = new electron.BrowserWindow({ webPreferences: { preload, sandbox: true, contextIsolation: true } });
    await window.loadURL('app://district-desk/index.html');
    const api = window.webContents.mainWorld.api as { ping(): string };
    expect(api.ping()).toBe('pong');
    expect(Object.isFrozen(api)).toBe(true);

    fs.writeFileSync(preload, "const { contextBridge } = require('electron'); contextBridge.exposeInMainWorld('api', {}); contextBridge.exposeInMainWorld('api', {});");
    await expect(new electron.BrowserWindow({ webPreferences: { preload } }).loadURL('app://district-desk/')).rejects.toThrow(/existing property/);
    fs.writeFileSync(preload, "require('electron').contextBridge.exposeInMainWorld('api', {});");
    await expect(new electron.BrowserWindow({ webPreferences: { preload, contextIsolation: false } }).loadURL('app://district-desk/')).rejects.toThrow(/contextIsolation/);
    fs.writeFileSync(preload, "require('node:fs');");
    await expect(new electron.BrowserWindow({ webPreferences: { preload, sandbox: true } }).loadURL('app://district-desk/')).rejects.toThrow('module not found: node:fs');
  });

  it('is what `import ... from "electron"` gives a test (Vitest alias): the shell guards need ready', async () => {
    expect(() => setupSecurity()).toThrow('Session can only be received when app is ready');
    await defaultDouble.emitReady();
    setupSecurity();
    expect(await defaultDouble.session.defaultSession.requestPermission('geolocation')).toBe(false);
  });
});

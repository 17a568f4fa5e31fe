/**
 * The desktop shell as it ships: dist/main.cjs and dist/preload.cjs (bundled here in setup) run under
 * the Electron double (./double/electron.ts), which enforces Electron's documented lifecycle. The same
 * behaviour is checked in the Electron app itself by e2e/security.spec.ts where the runtime is installed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channelFor, PROCEDURE_NAMES } from '../api/contract';
import { CONTENT_SECURITY_POLICY } from '../appFiles';
import { CHOOSE_PATH_CHANNEL } from '../files/choosePath';
import { APP_ENTRY_URL } from '../window';
import { createInstanceRegistry } from './double/electron';
import { bundleShell, runMain, waitFor, type MainRun, type RunOptions } from './double/runBundle';
import { SAVE_PDF_CHANNEL } from './savePdfChannel';

let work: string;
let distDir: string;
const runs: MainRun[] = [];

let bundleDir: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-shell-'));
  // Inside the checkout, so the bundle's external modules (better-sqlite3, exceljs) resolve as in dist/.
  const cache = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'district-desk');
  fs.mkdirSync(cache, { recursive: true });
  bundleDir = fs.mkdtempSync(path.join(cache, 'shell-test-'));
  distDir = path.join(bundleDir, 'dist');
  bundleShell(distDir);
}, 120_000);

afterEach(async () => {
  // Whatever a test left running is quit (its closing backup, then the database closed) before the folders go.
  for (const run of runs.splice(0)) {
    run.electron.app.quit();
    await waitFor(() => run.electron.quitState !== null, 'a test\'s app to quit');
  }
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

let folders = 0;
function freshUserData(): string {
  return path.join(work, `profile-${++folders}`, 'District Desk');
}

async function start(options: Partial<RunOptions> = {}): Promise<MainRun> {
  const run = runMain({ distDir, userData: freshUserData(), env: {}, ...options });
  runs.push(run);
  await run.started();
  return run;
}

function mainWindow(run: MainRun) {
  const [window] = run.electron.windows;
  if (!window) throw new Error('no window');
  return window;
}

describe('the desktop shell under the Electron double', () => {
  it('starts on a fresh data folder (created owner-only), without an error, and shows the app page', async () => {
    const run = await start();
    const { electron } = run;
    expect(electron.errorBoxes).toEqual([]);
    expect(electron.quitState).toBeNull();
    const window = mainWindow(run);
    expect(window.webContents.getURL()).toBe(APP_ENTRY_URL);
    expect(window.isVisible()).toBe(true);
    const dataDir = electron.app.getPath('userData');
    expect(fs.existsSync(path.join(dataDir, 'district-desk.sqlite')) || fs.readdirSync(dataDir).some((f) => f.endsWith('.sqlite'))).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    // Every permission a page could ask for is refused.
    const defaultSession = electron.session.defaultSession;
    expect(await defaultSession.requestPermission('media')).toBe(false);
    expect(defaultSession.checkPermission('clipboard-read', 'app://district-desk')).toBe(false);
  });

  it('gives the window the secure options, DevTools off', async () => {
    const run = await start({ env: {} });
    expect(mainWindow(run).options).toMatchObject({
      show: false,
      webPreferences: {
        preload: path.join(distDir, 'preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        devTools: false,
      },
    });
  });

  it('registers exactly one IPC handler per contract procedure, plus the two desk helpers, and nothing else', async () => {
    const run = await start();
    const expected = [...PROCEDURE_NAMES.map(channelFor), CHOOSE_PATH_CHANNEL, SAVE_PDF_CHANNEL].sort();
    // The double's ipcMain.handle throws on a second handler for a channel, so a set is the count.
    expect([...run.electron.ipcChannels].sort()).toEqual(expected);
  });

  it('the sandboxed preload exposes exactly the contract\'s names on window.api and the desk helpers on window.desk', async () => {
    const run = await start();
    const world = mainWindow(run).webContents.mainWorld;
    expect(Object.keys(world).sort()).toEqual(['api', 'desk']);
    expect(Object.keys(world.api as object).sort()).toEqual([...PROCEDURE_NAMES].sort());
    expect(Object.keys(world.desk as object).sort()).toEqual(['choosePath', 'savePdf']);
    // A call through the preload reaches the real router and handlers.
    const api = world.api as Record<string, (input: unknown) => Promise<{ ok: boolean }>>;
    const status = api['app.status'];
    if (!status) throw new Error('app.status missing');
    expect(await status({})).toMatchObject({ ok: true });
  });

  it('app:// serves index.html with the CSP header and refuses paths outside the build and other hosts', async () => {
    const { electron } = await start();
    const page = await electron.protocol.fetch(APP_ENTRY_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    for (const url of ['app://district-desk/..%2fsecret.txt', 'app://district-desk/%2e%2e/secret.txt', 'app://district-desk/..%2fmain.cjs', 'app://other-host/index.html']) {
      expect((await electron.protocol.fetch(url)).status, url).toBe(404);
    }
    expect(electron.protocol.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('refuses navigation away, redirects, webviews and new windows; official legal texts open in the system browser', async () => {
    const run = await start();
    const contents = mainWindow(run).webContents;
    expect(contents.navigate('https://example.org/')).toBe(false);
    expect(contents.navigate('file:///etc/passwd')).toBe(false);
    expect(contents.redirect('https://example.org/')).toBe(false);
    expect(contents.attachWebview('https://example.org/')).toBe(false);
    expect(contents.navigate('app://district-desk/index.html#/cases')).toBe(true);
    expect(contents.openWindow('https://example.org/')).toBe('deny');
    expect(contents.openWindow('https://thuvienphapluat.vn/van-ban/Vi-pham-hanh-chinh/Nghi-dinh-282-2013-ND-CP.aspx')).toBe('deny');
    expect(contents.openWindow('http://vanban.chinhphu.vn/')).toBe('deny');
    expect(run.electron.openedExternal).toEqual(['https://thuvienphapluat.vn/van-ban/Vi-pham-hanh-chinh/Nghi-dinh-282-2013-ND-CP.aspx']);
  });

  it('refuses a call from a frame that is not the app\'s own origin', async () => {
    const run = await start();
    const contents = mainWindow(run).webContents;
    const channel = channelFor('app.status');
    expect(await contents.invokeFromFrame('https://evil.example/', channel, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await contents.invokeFromFrame('app://district-desk.evil/', channel, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await contents.invokeFromFrame('https://evil.example/', CHOOSE_PATH_CHANNEL, { kind: 'folder' })).toBeNull();
    expect(await contents.invokeFromFrame('https://evil.example/', SAVE_PDF_CHANNEL, { defaultName: 'x' })).toMatchObject({ outcome: 'failed', messageKey: 'print.savePdf.refused' });
    expect(await contents.invokeFromFrame(APP_ENTRY_URL, channel, {})).toMatchObject({ ok: true });
  });

  it('window.desk.choosePath answers the app\'s page from the native dialog (null when cancelled)', async () => {
    const run = await start();
    const desk = mainWindow(run).webContents.mainWorld.desk as { choosePath(request: unknown): Promise<{ handle: string; label: string } | null> };
    run.electron.dialogAnswers.open.push(['/media/usb/bao-cao']);
    // An opaque handle (the router swaps it for the path) and the name to show: never the path itself.
    const chosen = await desk.choosePath({ kind: 'folder' });
    expect(chosen).toEqual({ handle: expect.stringMatching(/^dd-path:[A-Za-z0-9_-]{24}$/), label: 'bao-cao' });
    expect(JSON.stringify(chosen)).not.toContain('/media/usb');
    expect(await desk.choosePath({ kind: 'folder' })).toBeNull();
    expect(await desk.choosePath({ kind: 'any file, any place' })).toBeNull();
  });

  it('closing the window takes the closing backup, then quits and closes the database', async () => {
    const run = await start();
    const { electron } = run;
    const backups = path.join(electron.app.getPath('userData'), 'backups');
    const copies = () => (fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite')) : []);
    // The start-up backup (the first daily one) is taken first; clear it so only the closing one counts.
    await waitFor(() => copies().length > 0, 'the start-up backup');
    for (const file of fs.readdirSync(backups)) fs.rmSync(path.join(backups, file));
    let willQuit = false;
    electron.app.on('will-quit', () => (willQuit = true));
    mainWindow(run).close();
    await waitFor(() => electron.quitState !== null, 'the app to quit');
    expect(electron.quitState).toEqual({ how: 'quit', code: 0 });
    expect(willQuit).toBe(true);
    expect(copies()).toHaveLength(1);
    expect(electron.errorBoxes).toEqual([]);
  });

  it('a second start focuses the first window and quits', async () => {
    const registry = createInstanceRegistry();
    const userData = freshUserData();
    const first = await start({ registry, userData });
    const window = mainWindow(first);
    window.minimize();
    expect(window.isMinimized()).toBe(true);
    const second = runMain({ distDir, userData, registry, env: {}, argv: ['district-desk'] });
    runs.push(second);
    expect(second.electron.quitState).toEqual({ how: 'quit', code: 0 });
    expect(second.electron.windows).toEqual([]);
    await waitFor(() => !window.isMinimized(), 'the first window to be restored');
    expect(window.isFocused()).toBe(true);
    expect(first.electron.quitState).toBeNull();
  });
});

describe('production switches', () => {
  it('a packaged app ignores DISTRICT_DESK_DEVTOOLS; `npm start` honours it', async () => {
    const packaged = await start({ isPackaged: true, env: { DISTRICT_DESK_DEVTOOLS: '1' } });
    expect(mainWindow(packaged).options).toMatchObject({ webPreferences: { devTools: false } });
    const development = await start({ env: { DISTRICT_DESK_DEVTOOLS: '1' } });
    expect(mainWindow(development).options).toMatchObject({ webPreferences: { devTools: true } });
  });

  it('a packaged app ignores DISTRICT_DESK_SQLITE_BINDING; `npm start` loads the binding it names', async () => {
    const missing = path.join(work, 'no-such-binding.node');
    const packaged = await start({ isPackaged: true, env: { DISTRICT_DESK_SQLITE_BINDING: missing } });
    expect(packaged.electron.errorBoxes).toEqual([]);
    expect(mainWindow(packaged).webContents.getURL()).toBe(APP_ENTRY_URL);
    const development = await start({ env: { DISTRICT_DESK_SQLITE_BINDING: missing } });
    // Not packaged, the named binding is used: a missing one is an error the clerk is told about.
    expect(development.electron.quitState?.code).toBe(1);
    expect(development.electron.errorBoxes).toHaveLength(1);
  });

  it('a packaged app refuses DISTRICT_DESK_DB_KEY and --key-file with a message; `npm start` takes them', async () => {
    const hex = 'ab'.repeat(32);
    const keyFile = path.join(work, 'explicit.key');
    fs.writeFileSync(keyFile, hex);
    for (const options of [{ env: { DISTRICT_DESK_DB_KEY: hex } }, { env: {}, args: ['--key-file', keyFile] }]) {
      const packaged = await start({ isPackaged: true, ...options });
      expect(packaged.electron.quitState?.code).toBe(1);
      expect(packaged.electron.errorBoxes[0]?.content).toContain('chỉ dùng khóa do Windows bảo vệ');
      expect(packaged.electron.windows).toEqual([]);
    }
    // Unpackaged (npm start, IT staff on a bench PC), the explicit key is used.
    const development = await start({ env: { DISTRICT_DESK_DB_KEY: hex } });
    expect(development.electron.errorBoxes).toEqual([]);
    expect(mainWindow(development).webContents.getURL()).toBe(APP_ENTRY_URL);
  });

  it.each(['--remote-debugging-port=9222', '--inspect', '--inspect-brk=9229', '--js-flags=--allow-natives-syntax', '-remote-debugging-port=9222'])(
    'a packaged app started with %s quits before ready with a message',
    async (flag) => {
      const run = runMain({ distDir, userData: freshUserData(), isPackaged: true, env: {}, args: [flag] });
      runs.push(run);
      expect(run.electron.quitState).toEqual({ how: 'exit', code: 1 });
      expect(run.electron.errorBoxes[0]?.content).toContain('không chạy với tham số gỡ lỗi');
      expect(run.electron.errorBoxes[0]?.content).toContain('does not run with the debugging switch');
      await run.started();
      expect(run.electron.windows).toEqual([]);
    },
  );

  it('`npm start` may be debugged (not packaged)', async () => {
    const run = await start({ args: ['--inspect'] });
    expect(run.electron.errorBoxes).toEqual([]);
    expect(mainWindow(run).webContents.getURL()).toBe(APP_ENTRY_URL);
  });
});

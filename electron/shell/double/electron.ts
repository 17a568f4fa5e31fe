/**
 * A test double of the `electron` module: the subset the shell uses, with the rules Electron's
 * documentation states enforced, so the main process and the preload can run under plain Node.
 * Used ONLY by tests (vitest.config.mts aliases `electron` to this file; ESLint refuses it elsewhere).
 *
 * Each rule names the documentation page it comes from (https://www.electronjs.org/docs/latest/...),
 * and throws Electron's own message where Electron throws. Where the brief asks for a stricter rule
 * than the docs state, the comment says so.
 *
 * One double is one Electron process: `createElectronDouble()` makes a fresh one (the bundle runner
 * gives each run its own); the named exports at the bottom are a default instance, which is what a
 * test gets from `import { app } from 'electron'` through the alias.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export interface ElectronEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

function electronEvent(extra: Record<string, unknown> = {}): ElectronEvent & Record<string, unknown> {
  let prevented = false;
  return {
    ...extra,
    preventDefault: () => (prevented = true),
    get defaultPrevented() {
      return prevented;
    },
  };
}

/** Two doubles that share a registry are two launches of the same app (same user data folder). */
export interface InstanceRegistry {
  primary: ElectronDouble | null;
}

export function createInstanceRegistry(): InstanceRegistry {
  return { primary: null };
}

export interface DoubleOptions {
  /** `app.getPath('userData')` and friends live under this folder. */
  userData: string;
  isPackaged?: boolean;
  /** The argv this process was started with (for `second-instance`). */
  argv?: string[];
  registry?: InstanceRegistry;
  /** safeStorage: false is a Linux PC without a secret store (docs: safe-storage.md). */
  encryptionAvailable?: boolean;
  /** Where loadURL finds the preload's file system (the preload path in webPreferences). */
  onPreloadError?: (error: unknown) => void;
}

export interface OpenedExternal {
  url: string;
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

/** Sandboxed preloads may require only these (docs: tutorial/sandbox.md, "Preload scripts"). */
const SANDBOXED_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url', 'node:events', 'node:timers', 'node:url']);

export function createElectronDouble(options: DoubleOptions) {
  let ready = false;
  let quitting = false;
  let quitState: { how: 'quit' | 'exit'; code: number } | null = null;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const errorBoxes: { title: string; content: string }[] = [];
  const openedExternal: string[] = [];
  const registry = options.registry ?? createInstanceRegistry();
  let privilegedSchemes: unknown[] | null = null;
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const windows: DoubleBrowserWindow[] = [];
  let nextId = 1;
  // Set after the object is built: second-instance reaches the primary through the registry.
  const me: { double: ElectronDouble | null } = { double: null };

  function requireReady(what: string, message = `${what} can only be used after the app is ready`): void {
    if (!ready) throw new Error(message);
  }

  // ---------------------------------------------------------------- app (docs: api/app.md)
  const appEmitter = new EventEmitter();
  const app = Object.assign(appEmitter, {
    get isPackaged() {
      return options.isPackaged ?? false;
    },
    // app.md#appisready / #appwhenready
    isReady: () => ready,
    whenReady: () => readyPromise,
    getName: () => 'District Desk',
    getVersion: () => '0.0.0-double',
    getAppPath: () => path.join(options.userData, '..', 'app'),
    // app.md#appgetpathname: the double keeps every path under the test's folder.
    getPath(name: string): string {
      const known: Record<string, string> = {
        userData: options.userData,
        appData: path.dirname(options.userData),
        temp: path.join(options.userData, '..', 'temp'),
        home: path.join(options.userData, '..', 'home'),
        documents: path.join(options.userData, '..', 'documents'),
        downloads: path.join(options.userData, '..', 'downloads'),
        logs: path.join(options.userData, 'logs'),
      };
      const found = known[name];
      if (!found) throw new Error(`Failed to get '${name}' path`);
      return found;
    },
    /**
     * app.md#apprequestsingleinstancelockadditionaldata: "whether or not this instance of your
     * application successfully obtained the lock"; the lock's holder gets `second-instance`
     * (app.md#event-second-instance). The docs' example takes the lock before `whenReady`; the double
     * is stricter (the brief): after ready it throws, so a lock taken once windows exist is caught.
     */
    requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
      if (ready) throw new Error('The double allows app.requestSingleInstanceLock only before the app is ready');
      const primary = registry.primary;
      if (primary && primary !== me.double && !primary.quitState) {
        setImmediate(() => {
          const event = electronEvent();
          primary.app.emit('second-instance', event, options.argv ?? [], process.cwd(), additionalData ?? {});
        });
        return false;
      }
      registry.primary = me.double;
      return true;
    },
    hasSingleInstanceLock: () => registry.primary === me.double,
    releaseSingleInstanceLock(): void {
      if (registry.primary === me.double) registry.primary = null;
    },
    /**
     * app.md#appquit: "Try to close all windows. The before-quit event will be emitted first. If all
     * windows are successfully closed, the will-quit event will be emitted"; calling
     * event.preventDefault() in either stops the quit. window-all-closed is not emitted when quitting
     * (app.md#event-window-all-closed).
     */
    quit(): void {
      if (quitState) return;
      const before = electronEvent();
      appEmitter.emit('before-quit', before);
      if (before.defaultPrevented) return;
      quitting = true;
      for (const window of [...windows]) {
        window.close();
        if (!window.isDestroyed()) {
          quitting = false;
          return; // a window refused to close: the quit is cancelled
        }
      }
      const will = electronEvent();
      appEmitter.emit('will-quit', will);
      if (will.defaultPrevented) {
        quitting = false;
        return;
      }
      quitState = { how: 'quit', code: 0 };
      appEmitter.emit('quit', electronEvent(), 0);
      if (registry.primary === me.double) registry.primary = null;
    },
    /**
     * app.md#appexitexitcode: "Exits immediately with exitCode. All windows will be closed
     * immediately without asking the user, and the before-quit and will-quit events will not be
     * emitted."
     */
    exit(code = 0): void {
      if (quitState) return;
      quitting = true;
      for (const window of [...windows]) window.destroy();
      quitState = { how: 'exit', code };
      if (registry.primary === me.double) registry.primary = null;
    },
    focus: () => undefined,
  });

  // ---------------------------------------------------------------- session (docs: api/session.md)
  type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
  type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
  const defaultSession = {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    // session.md#sessetpermissionrequesthandlerhandler
    setPermissionRequestHandler(handler: PermissionRequestHandler | null) {
      this.permissionRequestHandler = handler;
    },
    // session.md#sessetpermissioncheckhandlerhandler
    setPermissionCheckHandler(handler: PermissionCheckHandler | null) {
      this.permissionCheckHandler = handler;
    },
    /** What Chromium would be told for a page asking `permission` (granted when no handler is set). */
    requestPermission(permission: string): Promise<boolean> {
      const handler = this.permissionRequestHandler;
      if (!handler) return Promise.resolve(true);
      return new Promise((resolve) => handler(null, permission, resolve, {}));
    },
    checkPermission(permission: string, origin: string): boolean {
      return this.permissionCheckHandler ? this.permissionCheckHandler(null, permission, origin, {}) : true;
    },
  };
  const session = {
    /**
     * session.md#sessiondefaultsession. The session module is ready-gated: Electron throws this message
     * (shell/browser/api/electron_api_session.cc) when the default session is read before `ready`.
     */
    get defaultSession() {
      requireReady('session', 'Session can only be received when app is ready');
      return defaultSession;
    },
  };

  // ---------------------------------------------------------------- protocol (docs: api/protocol.md)
  const protocol = {
    /**
     * protocol.md#protocolregisterschemesasprivilegedcustomschemes: "This method can only be used
     * before the ready event of the app module gets emitted and can be called only once."
     */
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      if (privilegedSchemes) throw new Error('protocol.registerSchemesAsPrivileged can be called only once');
      privilegedSchemes = schemes;
    },
    /**
     * protocol.md: "All methods unless specified can only be used after the ready event of the app
     * module gets emitted." protocol.md#protocolhandlescheme-handler registers one handler per scheme.
     */
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
      requireReady('protocol.handle');
      if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
    isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
    get privilegedSchemes() {
      return privilegedSchemes;
    },
    /** What a page's request to `url` gets (the double's stand-in for Chromium's network stack). */
    async fetch(url: string): Promise<Response> {
      const scheme = new URL(url).protocol.replace(/:$/, '');
      const handler = protocolHandlers.get(scheme);
      if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url})`);
      return handler(new Request(url));
    },
  };

  // ---------------------------------------------------------------- ipcMain (docs: api/ipc-main.md)
  type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
  const ipcMain = Object.assign(new EventEmitter(), {
    /**
     * ipc-main.md#ipcmainhandlechannel-listener: one handler per channel; Electron throws this on a
     * second (lib/browser/ipc-main-impl.ts).
     */
    handle(channel: string, listener: IpcHandler): void {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, listener);
    },
    handleOnce(channel: string, listener: IpcHandler): void {
      ipcMain.handle(channel, (event, ...args) => {
        ipcHandlers.delete(channel);
        return listener(event, ...args);
      });
    },
    removeHandler(channel: string): void {
      ipcHandlers.delete(channel);
    },
  });

  /**
   * ipc-renderer.md#ipcrendererinvokechannel-args: arguments and results go through the Structured
   * Clone Algorithm; "Errors thrown through handle in the main process are not transparent as they are
   * serialized and only the message property from the original error is provided to the renderer".
   */
  async function invoke(contents: DoubleWebContents, frameUrl: string, channel: string, args: unknown[]): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = { sender: contents, senderFrame: { url: frameUrl, processId: 1, routingId: 1 }, processId: 1, frameId: 1 };
    try {
      return structuredClone(await handler(event, ...structuredClone(args)));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
    }
  }

  // ---------------------------------------------------------------- webContents (docs: api/web-contents.md)
  type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: 'allow' | 'deny' };

  class DoubleWebContents extends EventEmitter {
    readonly id = nextId++;
    private currentUrl = '';
    private openHandler: WindowOpenHandler | null = null;
    private destroyed = false;
    /** The page's `window` as the preload left it: what contextBridge exposed (context-bridge.md). */
    readonly mainWorld: Record<string, unknown> = {};

    constructor(readonly webPreferences: Record<string, unknown>) {
      super();
    }

    getURL(): string {
      return this.currentUrl;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }

    destroy(): void {
      this.destroyed = true;
    }

    // web-contents.md#contentssetwindowopenhandlerhandler
    setWindowOpenHandler(handler: WindowOpenHandler): void {
      this.openHandler = handler;
    }

    /**
     * web-contents.md#contentsloadurlurl-options: loads through the registered protocol handler, then
     * runs the preload in the page (web-preferences `preload`) and emits did-finish-load.
     */
    async loadURL(url: string): Promise<void> {
      const response = await protocol.fetch(url);
      if (!response.ok) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
      this.currentUrl = url;
      for (const key of Object.keys(this.mainWorld)) delete this.mainWorld[key];
      const preload = this.webPreferences.preload;
      if (typeof preload === 'string') runPreload(preload, this);
      this.emit('did-finish-load');
    }

    /**
     * The page asks to navigate (a link, `location.href = ...`): web-contents.md#event-will-navigate. The
     * URL is on the event's details; the second argument (url) is deprecated but still passed.
     */
    navigate(url: string): boolean {
      const event = electronEvent({ url, isMainFrame: true });
      this.emit('will-navigate', event, url);
      if (event.defaultPrevented) return false;
      this.currentUrl = url;
      return true;
    }

    /** A server redirect during navigation: web-contents.md#event-will-redirect. */
    redirect(url: string): boolean {
      const event = electronEvent({ url, isMainFrame: true });
      this.emit('will-redirect', event, url);
      return !event.defaultPrevented;
    }

    /** A `<webview>` is about to attach: web-contents.md#event-will-attach-webview. */
    attachWebview(src: string): boolean {
      const event = electronEvent();
      this.emit('will-attach-webview', event, {}, { src });
      return !event.defaultPrevented;
    }

    /**
     * `window.open` or a target=_blank link: web-contents.md#contentssetwindowopenhandlerhandler
     * ("Returning { action: 'deny' } cancels the creation of the new window"; with no handler Electron
     * opens it).
     */
    openWindow(url: string): 'allow' | 'deny' {
      if (!this.openHandler) return 'allow';
      return this.openHandler({ url, frameName: '', features: '', disposition: 'new-window' }).action;
    }

    /** A call from a frame of this page whose URL is `frameUrl` (a sub-frame, or a page it navigated to). */
    invokeFromFrame(frameUrl: string, channel: string, ...args: unknown[]): Promise<unknown> {
      return invoke(this, frameUrl, channel, args);
    }

    // web-contents.md#contentsprinttopdfoptions
    async printToPDF(_options: unknown): Promise<Buffer> {
      return Buffer.from('%PDF-1.7\n% double\n%%EOF\n', 'latin1');
    }
  }

  // ---------------------------------------------------------------- BrowserWindow (docs: api/browser-window.md)
  class DoubleBrowserWindow extends EventEmitter {
    readonly id = nextId++;
    readonly webContents: DoubleWebContents;
    readonly options: Record<string, unknown>;
    private destroyed = false;
    private minimized = false;
    private visible = false;
    private focused = false;

    /** browser-window.md: "You cannot use this module until the ready event of the app module is emitted." */
    constructor(windowOptions: Record<string, unknown> = {}) {
      super();
      requireReady('BrowserWindow', 'Cannot create BrowserWindow before app is ready');
      this.options = windowOptions;
      const webPreferences = { contextIsolation: true, sandbox: true, nodeIntegration: false, ...((windowOptions.webPreferences as object | undefined) ?? {}) };
      this.webContents = new DoubleWebContents(webPreferences);
      this.visible = windowOptions.show !== false;
      windows.push(this);
      // app.md#event-web-contents-created
      appEmitter.emit('web-contents-created', electronEvent(), this.webContents);
      appEmitter.emit('browser-window-created', electronEvent(), this);
    }

    static getAllWindows(): DoubleBrowserWindow[] {
      return [...windows];
    }

    static fromWebContents(contents: unknown): DoubleBrowserWindow | null {
      return windows.find((w) => w.webContents === contents) ?? null;
    }

    async loadURL(url: string): Promise<void> {
      await this.webContents.loadURL(url);
      // browser-window.md#event-ready-to-show
      this.emit('ready-to-show');
    }

    show(): void {
      this.visible = true;
      this.focused = true;
    }
    isVisible = () => this.visible;
    isMinimized = () => this.minimized;
    minimize(): void {
      this.minimized = true;
      this.focused = false;
    }
    restore(): void {
      this.minimized = false;
    }
    focus(): void {
      this.focused = true;
    }
    isFocused = () => this.focused;
    isDestroyed = () => this.destroyed;

    /** browser-window.md#wincclose: emits `close` (preventable), then `closed`. */
    close(): void {
      if (this.destroyed) return;
      const event = electronEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroy();
    }

    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroy();
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
      // app.md#event-window-all-closed: "If you do not subscribe to this event and all windows are
      // closed, the default behavior is to quit the app"; not emitted while quitting.
      if (windows.length === 0 && !quitting) {
        if (appEmitter.listenerCount('window-all-closed') > 0) appEmitter.emit('window-all-closed');
        else app.quit();
      }
    }
  }

  // ---------------------------------------------------------------- dialog (docs: api/dialog.md)
  const dialogAnswers: { open: string[][]; save: string[] } = { open: [], save: [] };
  const dialog = {
    /** dialog.md#dialogshowerrorboxtitle-content: "This API can be called safely before the ready event". */
    showErrorBox(title: string, content: string): void {
      errorBoxes.push({ title, content });
    },
    // dialog.md: the other dialogs are shown for a window, after `ready`; the double throws before.
    showOpenDialog(..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
      requireReady('dialog.showOpenDialog');
      const answer = dialogAnswers.open.shift();
      return Promise.resolve(answer ? { canceled: false, filePaths: answer } : { canceled: true, filePaths: [] });
    },
    showSaveDialog(..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
      requireReady('dialog.showSaveDialog');
      const answer = dialogAnswers.save.shift();
      return Promise.resolve(answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' });
    },
    showMessageBox(..._args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
      requireReady('dialog.showMessageBox');
      return Promise.resolve({ response: 0, checkboxChecked: false });
    },
  };

  // ---------------------------------------------------------------- shell (docs: api/shell.md)
  const shell = {
    // shell.md#shellopenexternalurl-options
    async openExternal(url: string): Promise<void> {
      openedExternal.push(url);
    },
  };

  // ---------------------------------------------------------------- safeStorage (docs: api/safe-storage.md)
  const storageKey = randomBytes(32);
  const encryptionAvailable = () => ready && (options.encryptionAvailable ?? true);
  const safeStorage = {
    /**
     * safe-storage.md#safestorageisencryptionavailable: on Windows "returns true once the app has
     * emitted the ready event", on Linux also only when a secret key is available.
     */
    isEncryptionAvailable: () => encryptionAvailable(),
    /** safe-storage.md#safestorageencryptstringplaintext: "This function will throw an error if encryption fails." */
    encryptString(plainText: string): Buffer {
      if (!encryptionAvailable()) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', storageKey, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from('v10'), iv, cipher.getAuthTag(), body]);
    },
    /** safe-storage.md#safestoragedecryptstringencrypted: "This function will throw an error if decryption fails." */
    decryptString(encrypted: Buffer): string {
      if (!encryptionAvailable()) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.');
      if (!Buffer.isBuffer(encrypted) || encrypted.length < 31 || encrypted.subarray(0, 3).toString() !== 'v10') {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', storageKey, encrypted.subarray(3, 15));
        decipher.setAuthTag(encrypted.subarray(15, 31));
        return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
    },
  };

  // ---------------------------------------------------------------- the renderer side (preload)
  /**
   * Runs a preload script in a page. With `sandbox: true` (tutorial/sandbox.md, "Preload scripts") its
   * `require` only knows a subset: `electron` (contextBridge, ipcRenderer, ...), events, timers, url.
   */
  function runPreload(file: string, contents: DoubleWebContents): void {
    const code = fs.readFileSync(file, 'utf8');
    const sandboxed = contents.webPreferences.sandbox !== false;
    const nodeRequire = createRequire(file);
    const rendererElectron = rendererModule(contents);
    const preloadRequire = (id: string): unknown => {
      if (id === 'electron') return rendererElectron;
      if (sandboxed && !SANDBOXED_PRELOAD_MODULES.has(id)) throw new Error(`module not found: ${id}`);
      return nodeRequire(id);
    };
    const module = { exports: {} as unknown };
    const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: file }) as (...args: unknown[]) => void;
    wrapper(module.exports, preloadRequire, module, file, path.dirname(file));
  }

  function rendererModule(contents: DoubleWebContents) {
    /**
     * context-bridge.md#contextbridgeexposeinmainworldapikey-api: the API appears on `window[apiKey]`;
     * functions are proxied and objects copied (context-bridge.md "API" table). Electron refuses
     * without context isolation and refuses a key already on `window`.
     */
    const contextBridge = {
      exposeInMainWorld(apiKey: string, api: unknown): void {
        if (contents.webPreferences.contextIsolation === false) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
        if (Object.hasOwn(contents.mainWorld, apiKey)) throw new Error('Cannot bind an API on top of an existing property on the window object');
        contents.mainWorld[apiKey] = copyAcrossWorlds(api);
      },
    };
    const ipcRenderer = {
      // ipc-renderer.md#ipcrendererinvokechannel-args: answered by ipcMain.handle for the page's main frame.
      invoke: (channel: string, ...args: unknown[]) => invoke(contents, contents.getURL(), channel, args),
    };
    return { contextBridge, ipcRenderer };
  }

  const double = {
    app,
    BrowserWindow: DoubleBrowserWindow,
    session,
    protocol,
    ipcMain,
    dialog,
    shell,
    safeStorage,
    /** Emits `ready` (app.md#event-ready) and resolves whenReady(), as Electron does after the main script ran. */
    async emitReady(): Promise<void> {
      if (ready) return;
      ready = true;
      appEmitter.emit('will-finish-launching');
      appEmitter.emit('ready', electronEvent(), {});
      resolveReady();
      await new Promise((resolve) => setImmediate(resolve));
    },
    get ready() {
      return ready;
    },
    get quitState() {
      return quitState;
    },
    get ipcChannels(): string[] {
      return [...ipcHandlers.keys()];
    },
    get windows(): DoubleBrowserWindow[] {
      return [...windows];
    },
    errorBoxes,
    openedExternal,
    dialogAnswers,
  };
  me.double = double as unknown as ElectronDouble;
  return double;
}

/** context-bridge.md: functions proxied, plain objects and arrays copied, other values cloned. */
function copyAcrossWorlds(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => fn(...args);
  }
  if (value instanceof Promise) return value;
  if (Array.isArray(value)) return Object.freeze(value.map(copyAcrossWorlds));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) copy[key] = copyAcrossWorlds(entry);
    return Object.freeze(copy);
  }
  return structuredClone(value);
}

// The default instance: what `import { app } from 'electron'` gives a test through the Vitest alias.
export const defaultDouble = createElectronDouble({ userData: path.join(os.tmpdir(), 'dd-electron-double', String(process.pid), 'userData') });
export const app = defaultDouble.app;
export const BrowserWindow = defaultDouble.BrowserWindow;
export const session = defaultDouble.session;
export const protocol = defaultDouble.protocol;
export const ipcMain = defaultDouble.ipcMain;
export const dialog = defaultDouble.dialog;
export const shell = defaultDouble.shell;
export const safeStorage = defaultDouble.safeStorage;

/**
 * Runs the bundled main process (dist/main.cjs) under the Electron double, as Electron would: the
 * script runs to its end, then `ready` is emitted. Test-only.
 *
 * The bundle leaves `electron` external (build/bundle.mjs); here its `require('electron')` gets the
 * double, everything else the real module. Never the real `electron` package: from Electron 42 on,
 * requiring it from Node starts a download of the runtime.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { createElectronDouble, type DoubleOptions, type ElectronDouble } from './electron';

const root = path.resolve(__dirname, '..', '..', '..');

/**
 * Bundles main, preload and the workers into `outDir` (build/bundle.mjs --outdir) and puts a small
 * renderer beside them (the app:// tests need an index.html and an asset, not the real UI).
 */
export function bundleShell(outDir: string): void {
  const result = spawnSync(process.execPath, [path.join(root, 'build', 'bundle.mjs'), '--outdir', outDir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build/bundle.mjs failed:\n${result.stderr}`);
  const renderer = path.join(outDir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><html lang="vi"><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>\n');
  fs.writeFileSync(path.join(renderer, 'assets', 'index.js'), 'console.log("renderer");\n');
  fs.writeFileSync(path.join(outDir, 'secret.txt'), 'outside the renderer build\n');
}

export interface MainRun {
  electron: ElectronDouble;
  /** Resolves once the start-up after ready has finished (a window exists, or the app quit or exited). */
  started(): Promise<void>;
}

export interface RunOptions extends DoubleOptions {
  distDir: string;
  env?: Record<string, string | undefined>;
  /** Process arguments after the executable (a packaged app has no script path). */
  args?: string[];
}

/** `process` as the bundle sees it: this run's argv and env, everything else the real one. */
function processFor(argv: string[], env: Record<string, string | undefined>): NodeJS.Process {
  return new Proxy(process, {
    get(target, key) {
      if (key === 'argv') return argv;
      if (key === 'env') return env;
      if (key === 'type') return 'browser';
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function runMain(options: RunOptions): MainRun {
  const electron = createElectronDouble(options);
  const file = path.join(options.distDir, 'main.cjs');
  const argv = [process.execPath, ...(options.isPackaged ? [] : [file]), ...(options.args ?? [])];
  const env = { ...options.env };
  const nodeRequire = createRequire(file);
  const bundleRequire = Object.assign((id: string): unknown => (id === 'electron' ? electron : nodeRequire(id)), nodeRequire);
  const module = { exports: {} as unknown };
  const code = fs.readFileSync(file, 'utf8');
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname, process) {${code}\n})`, { filename: file }) as (...args: unknown[]) => void;
  wrapper(module.exports, bundleRequire, module, file, options.distDir, processFor(argv, env));
  return {
    electron,
    async started() {
      if (electron.quitState) return;
      await electron.emitReady();
      await waitFor(() => electron.quitState !== null || electron.windows.some((w) => w.webContents.getURL() !== ''), 'the main window to load');
    },
  };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { electronVersion, preparedElectronSqliteBinding, root, runtimePath } from '../electron/shell/runtime';

/**
 * Why the Electron run cannot happen here, or null when it can. From Electron 42 on the runtime is not
 * downloaded by `npm ci`: the `electron-runtime` setup project (e2e/electronRuntime.setup.ts) fetches it
 * and prepares SQLite for Electron's ABI first, as `npm start` does on first launch.
 */
export function electronRuntimeMissing(): string | null {
  if (!runtimePath()) {
    return `Electron ${electronVersion()} runtime not installed (fetched on first launch, which needs internet; \`npx install-electron\` fetches it too): the Electron run of these specs is skipped; the Chromium run covers the same renderer and handlers, and electron/shell/shell.test.ts runs the bundled shell under the Electron double.`;
  }
  if (!preparedElectronSqliteBinding()) return 'SQLite for Electron\'s ABI is not prepared (the electron-runtime setup project or `npm start` prepares it; needs internet once or a C++ toolchain).';
  if (!fs.existsSync(path.join(root, 'dist', 'main.cjs'))) return 'dist/main.cjs missing: run `npm run build` first.';
  return null;
}

export async function launchElectron(dataDir: string): Promise<ElectronApplication> {
  const executablePath = runtimePath();
  const sqliteBinding = preparedElectronSqliteBinding();
  if (!executablePath || !sqliteBinding) throw new Error('Electron runtime or its SQLite build is missing');
  // executablePath always: Playwright would otherwise require('electron'), which downloads on its own.
  return electron.launch({
    executablePath,
    args: [path.join(root, 'dist', 'main.cjs'), '--data-dir', dataDir],
    env: { ...process.env, DISTRICT_DESK_DATA_DIR: dataDir, DISTRICT_DESK_SQLITE_BINDING: sqliteBinding },
  });
}

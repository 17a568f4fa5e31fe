import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { electronSqliteBinding, root, runtimePath } from '../electron/shell/runtime';

/** Why the Electron run cannot happen here, or null when the runtime is installed. */
export function electronRuntimeMissing(): string | null {
  if (!runtimePath()) {
    return 'Electron runtime not installed (node_modules/electron/dist is absent and cannot be downloaded offline): the Electron run of these specs is skipped; the Chromium run covers the same renderer and handlers.';
  }
  if (!fs.existsSync(path.join(root, 'dist', 'main.cjs'))) return 'dist/main.cjs missing: run `npm run build` first.';
  return null;
}

export async function launchElectron(dataDir: string): Promise<ElectronApplication> {
  const executablePath = runtimePath();
  const sqliteBinding = electronSqliteBinding();
  if (!executablePath || !sqliteBinding) throw new Error('Electron runtime or its SQLite build is missing');
  return electron.launch({
    executablePath,
    args: [path.join(root, 'dist', 'main.cjs'), '--data-dir', dataDir],
    env: { ...process.env, DISTRICT_DESK_DATA_DIR: dataDir, DISTRICT_DESK_SQLITE_BINDING: sqliteBinding },
  });
}

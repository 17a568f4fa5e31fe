import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

const root = path.join(__dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

/** Why the Electron run cannot happen here, or null when the runtime is installed. */
export function electronRuntimeMissing(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return 'Electron runtime not installed (node_modules/electron/dist is absent and cannot be downloaded offline): the Electron run of these specs is skipped; the Chromium run covers the same renderer and handlers.';
  }
  if (!fs.existsSync(path.join(root, 'dist', 'main.cjs'))) return 'dist/main.cjs missing: run `npm run build` first.';
  return null;
}

export async function launchElectron(dataDir: string): Promise<ElectronApplication> {
  const executable = path.join(electronDir, 'dist', fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim());
  return electron.launch({
    executablePath: executable,
    args: [path.join(root, 'dist', 'main.cjs'), '--data-dir', dataDir],
    env: { ...process.env, DISTRICT_DESK_DATA_DIR: dataDir },
  });
}

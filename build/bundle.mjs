// Bundles the Electron main process, preload, CLI and spreadsheet worker into dist/ (CommonJS),
// and copies the SQL migrations beside them. The renderer is built by Vite (vite.config.mts).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Native and heavy modules stay in node_modules (better-sqlite3 must be the build for the running ABI).
  external: ['electron', 'better-sqlite3', 'exceljs', '@fontsource/tinos', 'playwright-core'],
};

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(dist, 'main.cjs') }),
  // Sandboxed preloads may only require 'electron': everything else is bundled in.
  build({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(dist, 'preload.cjs') }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/cli.ts')],
    outfile: path.join(dist, 'cli.cjs'),
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/businesses/sheetWorker.ts')],
    outfile: path.join(dist, 'sheet-worker.cjs'),
  }),
]);

fs.cpSync(path.join(root, 'db/migrations'), path.join(dist, 'migrations'), { recursive: true });
fs.chmodSync(path.join(dist, 'cli.cjs'), 0o755);
console.log('bundled main, preload, cli and sheet worker into dist/');

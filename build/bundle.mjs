// Bundles the Electron main process, preload, CLI, spreadsheet worker and data-package worker into dist/ (CommonJS),
// and copies the SQL migrations beside them. The renderer is built by Vite (vite.config.mts).
// `--outdir DIR` writes them elsewhere (the shell test bundles into a folder of its own).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const outdirArg = process.argv.indexOf('--outdir');
const dist = outdirArg > 0 && process.argv[outdirArg + 1] ? path.resolve(process.argv[outdirArg + 1]) : path.join(root, 'dist');
fs.mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // package.json `dependencies` stay in node_modules and are what electron-builder packs: native
  // better-sqlite3 (the build for the running ABI) and exceljs (large). Everything else is bundled.
  external: ['electron', ...Object.keys(packageJson.dependencies)],
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
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/packages/packageWorker.ts')],
    outfile: path.join(dist, 'package-worker.cjs'),
  }),
  // The scan reader: pdf.js, the canvas and jsQR are package dependencies, loaded from node_modules.
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/scan/scanWorker.ts')],
    outfile: path.join(dist, 'scan-worker.cjs'),
  }),
]);

fs.cpSync(path.join(root, 'db/migrations'), path.join(dist, 'migrations'), { recursive: true });
fs.chmodSync(path.join(dist, 'cli.cjs'), 0o755);
console.log(`bundled main, preload, cli, sheet, package and scan workers into ${path.relative(root, dist) || '.'}/`);

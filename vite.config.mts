import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

const root = import.meta.dirname;

// The renderer is served from the app's own files (app:// in Electron, the loopback host in tests),
// so assets use relative paths and nothing is inlined as a data: script.
export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    assetsInlineLimit: 0,
  },
});

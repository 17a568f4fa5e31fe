import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests never load the real `electron` (from Electron 42 on, requiring it from Node downloads the
    // runtime): every test that asks for the electron module gets the double, which enforces Electron's documented rules.
    alias: [{ find: /^electron$/, replacement: fileURLToPath(new URL('./electron/shell/double/electron.ts', import.meta.url)) }],
  },
  test: {
    include: ['electron/**/*.test.ts', 'db/**/*.test.ts', 'renderer/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Every test runs on the encrypted format, keyed by db/testing.ts's TEST_DB_KEY.
    setupFiles: ['db/testSetup.ts'],
  },
});

// Lint keeps the process boundaries: only the shell talks to Electron, the renderer gets no Node,
// and db/ depends on nothing above it.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronOnlyInShell = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Only electron/main.ts, electron/preload.ts and electron/shell/ may import electron; pass what you need in.',
};
// The Electron test double (electron/shell/double/) is for tests only: product code never loads it.
const doubleOnlyInTests = { group: ['**/double/*', 'double/*'], message: 'The Electron double is for tests only (*.test.ts).' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'db/units/generate.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronOnlyInShell], patterns: [doubleOnlyInTests] }],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [doubleOnlyInTests] }] },
  },
  {
    files: ['renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, ...nodeModules.map((name) => ({ name, message: 'The renderer has no Node: ask the API.' }))],
          patterns: [
            { group: ['**/db/*', '!**/db/businessTypes', '!**/db/localDate'], message: 'The renderer reaches data only through the API.' },
            { group: ['better-sqlite3', 'exceljs'], message: 'Main-process module.' },
            doubleOnlyInTests,
          ],
        },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [{ group: ['**/renderer/**', '**/electron/**'], message: 'db/ is the bottom layer: it imports nothing above it.' }, doubleOnlyInTests],
        },
      ],
    },
  },
  {
    // Tests may use the double; only the shell's tests (and the double itself) may import `electron`.
    files: ['electron/**/*.test.ts', 'build/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [electronOnlyInShell] }] },
  },
  {
    files: ['electron/shell/**/*.test.ts', 'electron/shell/double/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);

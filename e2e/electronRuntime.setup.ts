// The `electron-runtime` setup project: before the Electron run, fetch the runtime (Electron 42+
// fetches it on first launch, not at `npm ci`) and prepare SQLite for its ABI, as `npm start` does.
// Offline this passes with a note, and the Electron specs skip saying why (e2e/electronApp.ts).
import { test } from '@playwright/test';
import { electronSqliteBinding, installRuntime, runtimePath } from '../electron/shell/runtime';
import { electronRuntimeMissing } from './electronApp';

test('the Electron runtime and its SQLite build are ready (or the Electron run is skipped)', async ({}, testInfo) => {
  testInfo.setTimeout(20 * 60 * 1000);
  if (runtimePath() || installRuntime()) electronSqliteBinding();
  const missing = electronRuntimeMissing();
  if (missing) testInfo.annotations.push({ type: 'skipped Electron run', description: missing });
});

// The shell checks of electron/shell/shell.test.ts (run there under the Electron double), here in the
// Electron app itself, where its runtime is installed (the `electron` project).
import { CONTENT_SECURITY_POLICY } from '../electron/appFiles';
import { PROCEDURE_NAMES } from '../electron/api/contract';
import { expect, test } from './fixtures';

test.describe('the desktop shell (Electron only)', () => {
  test.beforeEach(({ desk }) => {
    test.skip(desk.shell !== 'electron' || !desk.electronApp, 'the Electron shell exists only in the Electron run');
  });

  test('one window, and the preload exposes exactly the contract and the desk helpers', async ({ desk }) => {
    expect(await desk.electronApp?.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    const exposed = await desk.page.evaluate(() => ({
      api: Object.keys((window as unknown as { api: object }).api).sort(),
      desk: Object.keys((window as unknown as { desk: object }).desk).sort(),
    }));
    expect(exposed).toEqual({ api: [...PROCEDURE_NAMES].sort(), desk: ['choosePath', 'savePdf'] });
  });

  test('app:// sends the CSP header and refuses files outside the build', async ({ desk }) => {
    const answers = await desk.page.evaluate(async () => {
      const page = await fetch('/index.html');
      const outside = await fetch('/..%2fmain.cjs');
      return { csp: page.headers.get('content-security-policy'), outside: outside.status };
    });
    expect(answers).toEqual({ csp: CONTENT_SECURITY_POLICY, outside: 404 });
  });

  test('every permission request is refused', async ({ desk }) => {
    const state = await desk.page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' as PermissionName })).state);
    expect(state).toBe('denied');
  });
});

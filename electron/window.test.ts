import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './appFiles';
import { resolveDataDir } from './dataDir';
import { APP_ENTRY_URL, isAppUrl, secureWindowOptions } from './window';

describe('secureWindowOptions', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    const prefs = secureWindowOptions('/app/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://district-desk/assets/x.js')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://district-desk/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = '/srv/renderer';
  it('serves files inside the build only', () => {
    expect(resolveAppFile(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveAppFile(root, '/assets/main.js?v=1')).toBe('/srv/renderer/assets/main.js');
    expect(resolveAppFile(root, '/../secret.txt')).toBeNull();
    expect(resolveAppFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveAppFile(root, '/assets/..%5C..%5Cx')).toBeNull();
    expect(resolveAppFile(root, '/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, '/a%00.js')).toBeNull();
  });
});

describe('resolveDataDir', () => {
  it('prefers --data-dir, then the environment, then the OS default', () => {
    expect(resolveDataDir(['--data-dir', '/d/flag'], { DISTRICT_DESK_DATA_DIR: '/d/env' }, '/d/default')).toBe('/d/flag');
    expect(resolveDataDir(['--data-dir=/d/eq'], {}, '/d/default')).toBe('/d/eq');
    expect(resolveDataDir([], { DISTRICT_DESK_DATA_DIR: '/d/env' }, '/d/default')).toBe('/d/env');
    expect(resolveDataDir([], {}, '/d/default')).toBe('/d/default');
  });
});

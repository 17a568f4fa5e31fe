import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from '../window';
import { isOfficialLink } from './externalLinks';

/**
 * Denies navigation away from the app, new windows, webviews and every permission request.
 * Must run after `ready` (the default session does not exist before) and before the first window.
 */
export function setupSecurity(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents: WebContents) => {
    // The URL from the event's details (web-contents.md: the second argument is deprecated).
    contents.on('will-navigate', (details) => {
      if (!isAppUrl(details.url)) details.preventDefault();
    });
    contents.on('will-redirect', (details) => {
      if (!isAppUrl(details.url)) details.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Official legal texts open in the system browser, never inside the app; nothing else opens.
      if (isOfficialLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

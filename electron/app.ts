import type { OpenOptions } from '../db/open';
import { createAppContext, type AppContext } from './api/context';
import { handlers } from './api/handlers/index';
import { createRouter, type Router, type Sender } from './api/router';
import { openCheckedDatabase } from './backup/startup';
import packageJson from '../package.json';

export const APP_VERSION: string = packageJson.version;

export interface RunningApp {
  app: AppContext;
  router: Router;
  close(): void;
}

/**
 * Opens the office database and wires the handlers: shared by Electron, the loopback host and the CLI.
 * A damaged database does not stop the start: the app runs in recovery (app.status says why and
 * which backup to restore) with no database open.
 */
export function startApp(options: {
  dataDir: string;
  isTrustedSender: (sender: Sender) => boolean;
  validateOutput?: boolean;
  db?: OpenOptions;
}): RunningApp {
  const app = createAppContext(() => openCheckedDatabase(options.dataDir, options.db), {
    dataDir: options.dataDir,
    appVersion: APP_VERSION,
    sqlite: options.db?.nativeBinding ? { nativeBinding: options.db.nativeBinding } : {},
  });
  const router = createRouter({
    handlers,
    isTrustedSender: options.isTrustedSender,
    validateOutput: options.validateOutput,
  });
  return {
    app,
    router,
    close: () => app.closeDatabase(),
  };
}

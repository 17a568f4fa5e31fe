import { openDatabase, type OpenOptions } from '../db/open';
import { createAppContext, type AppContext } from './api/context';
import { handlers } from './api/handlers/index';
import { createRouter, type Router, type Sender } from './api/router';
import packageJson from '../package.json';

export const APP_VERSION: string = packageJson.version;

export interface RunningApp {
  app: AppContext;
  router: Router;
  close(): void;
}

/** Opens the office database and wires the handlers: shared by Electron, the loopback host and the CLI. */
export function startApp(options: {
  dataDir: string;
  isTrustedSender: (sender: Sender) => boolean;
  validateOutput?: boolean;
  db?: OpenOptions;
}): RunningApp {
  const db = openDatabase(options.dataDir, options.db);
  const app = createAppContext(db, { dataDir: options.dataDir, appVersion: APP_VERSION });
  const router = createRouter({
    handlers,
    isTrustedSender: options.isTrustedSender,
    validateOutput: options.validateOutput,
  });
  return {
    app,
    router,
    close: () => db.close(),
  };
}

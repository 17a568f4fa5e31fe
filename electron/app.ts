import type { OpenOptions } from '../db/open';
import { createAppContext, type AppContext } from './api/context';
import { handlers } from './api/handlers/index';
import { createRouter, type Router, type Sender } from './api/router';
import type { LockRole } from './backup/folderLock';
import { openCheckedDatabase, startDataFolder } from './backup/startup';
import packageJson from '../package.json';

export const APP_VERSION: string = packageJson.version;

export interface RunningApp {
  app: AppContext;
  router: Router;
  close(): void;
}

/**
 * Locks the data folder, opens the office database (startDataFolder) and wires the handlers:
 * shared by Electron, the loopback host and the CLI.
 * A damaged database does not stop the start: the app runs in recovery (app.status says why and
 * which backup to restore) with no database open.
 */
export function startApp(options: {
  dataDir: string;
  isTrustedSender: (sender: Sender) => boolean;
  validateOutput?: boolean;
  db?: OpenOptions;
  /** Who takes the data folder's lock (named when another process is refused); default the app. */
  role?: LockRole;
  command?: string;
  /** A reading command: shares the folder when its writer (the app) holds it. */
  share?: boolean;
}): RunningApp {
  const started = startDataFolder(options.dataDir, {
    ...options.db,
    role: options.role ?? 'app',
    ...(options.command ? { command: options.command } : {}),
    ...(options.share ? { share: true } : {}),
  });
  let first: typeof started.opened | null = started.opened;
  const open = () => {
    // The first open is the start sequence's; a reopen (after a restore) runs under the same lock.
    const opened = first ?? openCheckedDatabase(options.dataDir, options.db);
    first = null;
    return opened;
  };
  const app = createAppContext(open, {
    dataDir: options.dataDir,
    appVersion: APP_VERSION,
    sqlite: { ...(options.db?.nativeBinding ? { nativeBinding: options.db.nativeBinding } : {}), ...(options.db?.key ? { key: options.db.key } : {}) },
  });
  const router = createRouter({
    handlers,
    isTrustedSender: options.isTrustedSender,
    validateOutput: options.validateOutput,
  });
  return {
    app,
    router,
    close: () => {
      app.closeDatabase();
      started.lock?.release();
    },
  };
}

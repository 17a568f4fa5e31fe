import { randomUUID } from 'node:crypto';
import type { DbKey } from '../../db/key';
import type { Db } from '../../db/open';
import { communesOfUnit, type UnitRecord } from '../../db/adminUnits';
import { getOffice } from '../../db/office';
import type { CheckedOpen, DatabaseProblem } from '../backup/startup';
import { JobRegistry } from '../jobs';
import { PathGrants } from '../files/pathGrants';
import { ApiError } from './errors';
import type { Office, SessionUser } from './schemas/office';
import type { Sender } from './router';

/** Everything a handler may use, created once per running app (or CLI command, or e2e host). */
export interface AppContext {
  /** The open office database; throws DB_UNAVAILABLE while there is none (damaged at start, or mid-restore). */
  readonly db: Db;
  dataDir: string;
  appVersion: string;
  /** better-sqlite3 options backup work must use too (the Electron-ABI binding). */
  sqlite: { nativeBinding?: string; key?: DbKey };
  jobs: JobRegistry;
  /** Files and folders the main process's dialogs chose, by handle (electron/files/pathGrants.ts). */
  paths: PathGrants;
  office(): Office | null;
  /** The communes the office's records may belong to (cached: asked on every save). */
  communes(): UnitRecord[];
  /** Forget cached office facts after setup changes them. */
  invalidateOffice(): void;
  now(): string;
  /** A monotonic clock in ms for how long a seat has been idle: real time, not the office's date (tests set that). */
  elapsedMs(): number;
  newId(): string;
  /** Why the database could not be opened at start (the recovery page shows it), or null. */
  databaseProblem(): DatabaseProblem | null;
  databaseOpen(): boolean;
  /** Closes the database so a restore can swap the file; handlers get DB_UNAVAILABLE until reopened. */
  closeDatabase(): void;
  /**
   * Opens the database again with the start sequence (recovery, quick_check, open), drops cached
   * office facts and tells the listeners (the transports sign their sessions out).
   */
  reopenDatabase(): void;
  onReopen(listener: () => void): void;
}

/** One signed-in seat: the app window, an e2e host, or a CLI run. */
export interface Session {
  user: SessionUser | null;
  /** Locked after idle time: only unlock or sign-out until the same user's password is typed. */
  locked?: boolean;
  /** When the seat last called anything but the status (app.elapsedMs()): the router's idle lock. */
  lastActivityAt?: number;
}

export interface CallContext {
  app: AppContext;
  session: Session;
  sender: Sender;
}

export function createAppContext(open: () => CheckedOpen, options: { dataDir: string; appVersion: string; sqlite?: { nativeBinding?: string; key?: DbKey } }): AppContext {
  let office: Office | null | undefined;
  let communes: UnitRecord[] | undefined;
  let current = open();
  let db: Db | null = current.db;
  const listeners: (() => void)[] = [];
  return {
    get db(): Db {
      if (!db) throw new ApiError('DB_UNAVAILABLE', 'recovery.dbUnavailable');
      return db;
    },
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    sqlite: options.sqlite ?? {},
    jobs: new JobRegistry(),
    paths: new PathGrants(),
    office() {
      if (!db) return null;
      if (office === undefined) office = getOffice(db) ?? null;
      return office;
    },
    communes() {
      const here = this.office();
      if (!here || !db) return [];
      communes ??= communesOfUnit(db, here.unitListVersion, here.unitCode);
      return communes;
    },
    invalidateOffice() {
      office = undefined;
      communes = undefined;
    },
    now: () => new Date().toISOString(),
    elapsedMs: () => performance.now(),
    newId: () => randomUUID(),
    databaseProblem: () => current.problem,
    databaseOpen: () => db !== null && db.open,
    closeDatabase() {
      if (db?.open) db.close();
      db = null;
      this.invalidateOffice();
    },
    reopenDatabase() {
      this.closeDatabase();
      current = open();
      db = current.db;
      for (const listener of listeners) listener();
    },
    onReopen(listener) {
      listeners.push(listener);
    },
  };
}

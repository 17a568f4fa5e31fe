import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open';
import { communesOfUnit, type UnitRecord } from '../../db/adminUnits';
import { getOffice } from '../../db/office';
import { JobRegistry } from '../jobs';
import type { Office, SessionUser } from './schemas/office';
import type { Sender } from './router';

/** Everything a handler may use, created once per running app (or CLI command, or e2e host). */
export interface AppContext {
  db: Db;
  dataDir: string;
  appVersion: string;
  jobs: JobRegistry;
  office(): Office | null;
  /** The communes the office's records may belong to (cached: asked on every save). */
  communes(): UnitRecord[];
  /** Forget cached office facts after setup changes them. */
  invalidateOffice(): void;
  now(): string;
  newId(): string;
}

/** One signed-in seat: the app window, an e2e host, or a CLI run. */
export interface Session {
  user: SessionUser | null;
  /** Locked after idle time: only unlock or sign-out until the same user's password is typed. */
  locked?: boolean;
}

export interface CallContext {
  app: AppContext;
  session: Session;
  sender: Sender;
}

export function createAppContext(db: Db, options: { dataDir: string; appVersion: string }): AppContext {
  let office: Office | null | undefined;
  let communes: UnitRecord[] | undefined;
  return {
    db,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    jobs: new JobRegistry(),
    office() {
      if (office === undefined) office = getOffice(db) ?? null;
      return office;
    },
    communes() {
      const current = this.office();
      if (!current) return [];
      communes ??= communesOfUnit(db, current.unitListVersion, current.unitCode);
      return communes;
    },
    invalidateOffice() {
      office = undefined;
      communes = undefined;
    },
    now: () => new Date().toISOString(),
    newId: () => randomUUID(),
  };
}

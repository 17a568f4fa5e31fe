import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BackupError } from './errors';

/*
 * One writer per data folder across processes. The lock is the operating system's own file lock,
 * taken through SQLite on an empty file (fcntl on Linux/macOS, LockFileEx on Windows): the kernel
 * drops it when its holder dies, so a crashed app never leaves a lock that blocks the office, and
 * no heartbeat can be outrun. Who holds it is written beside it, for the refusal to name it.
 */
export const LOCK_FILE_NAME = 'district-desk.lock';
export const LOCK_HOLDER_NAME = 'district-desk.lock.json';

export type LockRole = 'app' | 'host' | 'cli';

export interface LockHolder {
  pid: number;
  role: LockRole;
  /** The CLI command, e.g. "restore", or the app's name. */
  command: string;
  hostname: string;
  /** ISO instant the lock was taken. */
  since: string;
}

export interface FolderLock {
  readonly holder: LockHolder;
  release(): void;
}

export interface LockOptions {
  role: LockRole;
  command?: string;
  nativeBinding?: string;
}

/** The folder is held by another process: exclusive work (restore, a second app) must not start. */
export class DataFolderInUse extends BackupError {
  constructor(readonly holder: LockHolder | null) {
    super('DATA_DIR_IN_USE', holder ? `held by ${holder.role} ${holder.command} (pid ${holder.pid})` : 'held', holderParams(holder));
  }
}

function holderParams(holder: LockHolder | null): Record<string, string> {
  if (!holder) return { command: '?', pid: '?', since: '?' };
  return { command: holder.command, pid: String(holder.pid), since: holder.since };
}

/** Locks (the connections) this process holds, per folder: a second lock here is refused the same way. */
const held = new Map<string, { db: Database.Database; holder: LockHolder }>();

export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_HOLDER_NAME), 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.role !== 'string') return null;
    return {
      pid: parsed.pid,
      role: parsed.role as LockRole,
      command: String(parsed.command ?? ''),
      hostname: String(parsed.hostname ?? ''),
      since: String(parsed.since ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * Takes the folder's exclusive lock, or throws DataFolderInUse naming the holder. A lock whose
 * holder crashed is free again (the kernel released it): it is simply taken.
 */
export function lockDataFolder(dataDir: string, options: LockOptions): FolderLock {
  const key = path.resolve(dataDir);
  const mine = held.get(key);
  if (mine) throw new DataFolderInUse(mine.holder);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 0, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch (error) {
    // A read-only folder cannot hold a lock file, and nothing can write there either.
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) return unlocked(options);
    throw error;
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new DataFolderInUse(readLockHolder(dataDir));
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return unlocked(options);
    throw error;
  }
  const holder: LockHolder = {
    pid: process.pid,
    role: options.role,
    command: options.command ?? options.role,
    hostname: os.hostname(),
    since: new Date().toISOString(),
  };
  try {
    fs.writeFileSync(path.join(dataDir, LOCK_HOLDER_NAME), JSON.stringify(holder));
  } catch {
    // Only the refusal's wording depends on it.
  }
  held.set(key, { db, holder });
  let released = false;
  return {
    holder,
    release() {
      if (released) return;
      released = true;
      held.delete(key);
      if (readLockHolder(dataDir)?.pid === process.pid) fs.rmSync(path.join(dataDir, LOCK_HOLDER_NAME), { force: true });
      db.close();
    },
  };
}

/** A folder nobody can write to needs no writer's lock: everything opened there is read-only. */
function unlocked(options: LockOptions): FolderLock {
  return {
    holder: { pid: process.pid, role: options.role, command: options.command ?? options.role, hostname: os.hostname(), since: new Date().toISOString() },
    release() {},
  };
}

/** The lock when it is free, or null when another process holds it (a reading command then shares). */
export function tryLockDataFolder(dataDir: string, options: LockOptions): FolderLock | null {
  try {
    return lockDataFolder(dataDir, options);
  } catch (error) {
    if (error instanceof DataFolderInUse) return null;
    throw error;
  }
}

/** Whether this process holds the folder's lock (the app's restore runs under its own lock). */
export function holdsDataFolder(dataDir: string): boolean {
  return held.has(path.resolve(dataDir));
}

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { isPlainSqliteFile, keyPragmas, requireDbKey, type DbKey } from '../../db/key';
import { BackupError } from './errors';

/*
 * integrity_check reads every page: about 200 ms for a 50 MB database, longer as the years of
 * records grow. Run on the main process's thread it would stall every IPC reply meanwhile, so it
 * runs in a worker thread with its own read-only connection. The worker is inline source (not a
 * file) so the bundle needs no extra entry point; it loads the same better-sqlite3 the app uses.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.modulePath);
  db = new Database(workerData.file, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
  });
  // Keyed as db/encryption.ts connect() does (the statements come from db/key.ts keyPragmas).
  for (const pragma of workerData.keyPragmas) db.pragma(pragma);
  if (workerData.keyPragmas.length > 0 && db.pragma('cipher', { simple: true }) !== 'sqlcipher') throw new Error('SQLCipher unavailable');
  const rows = db.pragma(workerData.check);
  const lines = rows.map((row) => String(Object.values(row)[0]));
  let rowCounts;
  if (workerData.rowCounts && lines.length === 1 && lines[0] === 'ok') {
    // Same tables as userTables() in snapshot.ts. count(*) reads every page of a big table:
    // hundreds of milliseconds on years of history, so it runs here too, not on the main thread.
    rowCounts = {};
    const tables = db.pragma('main.table_list').filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'));
    for (const { name } of tables) {
      rowCounts[name] = db.prepare('SELECT count(*) AS n FROM "' + name.replaceAll('"', '""') + '"').get().n;
    }
  }
  parentPort.postMessage({ lines, rowCounts });
} catch (error) {
  parentPort.postMessage({ error: { code: error && error.code, message: String(error && error.message), sqlite: error && error.name === 'SqliteError' } });
} finally {
  if (db) db.close();
}
`;

interface WorkerReply {
  lines?: string[];
  rowCounts?: Record<string, number>;
  error?: { code?: string; message: string; sqlite: boolean };
}

export class SqliteCheckError extends Error {
  constructor(
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SqliteError';
  }
}

function modulePath(): string | undefined {
  try {
    return createRequire(__filename).resolve('better-sqlite3');
  } catch {
    return undefined;
  }
}

/**
 * Lines of `PRAGMA integrity_check` / `quick_check` (['ok'] when sound), computed off the event
 * loop. Resolves undefined when a worker cannot be used here (then the caller checks in-thread);
 * SQLite's own errors (a file too damaged to read) reject as SqliteCheckError.
 */
export async function checkOffThread(
  file: string,
  check: 'integrity_check' | 'quick_check',
  options: { nativeBinding?: string; key?: DbKey; signal?: AbortSignal } = {},
): Promise<string[] | undefined> {
  return (await inspectOffThread(file, check, { ...options, rowCounts: false }))?.lines;
}

/**
 * checkOffThread that, with `rowCounts`, also counts the rows of every user table of a sound
 * file in the same worker. Resolves undefined where a worker cannot be used.
 */
export function inspectOffThread(
  file: string,
  check: 'integrity_check' | 'quick_check',
  options: { nativeBinding?: string; key?: DbKey; signal?: AbortSignal; rowCounts: boolean },
): Promise<{ lines: string[]; rowCounts?: Record<string, number> } | undefined> {
  if (options.signal?.aborted) return Promise.reject(new BackupError('CANCELLED'));
  const resolved = modulePath();
  if (resolved === undefined) return Promise.resolve(undefined);
  let pragmas: string[];
  try {
    pragmas = isPlainSqliteFile(file) ? [] : keyPragmas(requireDbKey(options.key));
  } catch (error) {
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { file, check, modulePath: resolved, nativeBinding: options.nativeBinding, keyPragmas: pragmas, rowCounts: options.rowCounts },
      });
    } catch {
      resolve(undefined);
      return;
    }
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      action();
    };
    const onAbort = () => {
      settle(() => reject(new BackupError('CANCELLED')));
      void worker.terminate();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: WorkerReply) => {
      settle(() => {
        if (reply.lines) resolve({ lines: reply.lines, ...(reply.rowCounts ? { rowCounts: reply.rowCounts } : {}) });
        else if (reply.error?.sqlite) reject(new SqliteCheckError(reply.error.code, reply.error.message));
        else resolve(undefined); // could not load SQLite in a worker here: check in-thread instead
      });
    });
    worker.once('error', () => settle(() => resolve(undefined)));
    worker.once('exit', () => settle(() => resolve(undefined)));
  });
}

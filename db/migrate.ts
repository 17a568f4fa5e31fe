import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { installChangeLogTriggers } from './changeLog';

type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Raised when the database was written by a newer app version: never "upgraded" down. */
export class DatabaseTooNewError extends Error {
  readonly code = 'DB_TOO_NEW';
  readonly messageKey = 'errors.db.tooNew';
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(`database schema ${databaseVersion} is newer than this app's ${appVersion}`);
    this.name = 'DatabaseTooNewError';
  }
}

/** The bundled build copies db/migrations next to the bundle, so both resolve beside this module. */
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = fs
    .readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration numbering gap at ${migration.version}`);
  });
  return migrations;
}

let cached: Migration[] | undefined;
function bundledMigrations(): Migration[] {
  cached ??= loadMigrations();
  return cached;
}

/**
 * The version of the migration with this name (0003_audit.sql: 'audit'). Tests migrate to the one before
 * it by name, so renumbering a migration when branches meet changes no test.
 */
export function migrationVersion(name: string, migrations: Migration[] = bundledMigrations()): number {
  const found = migrations.find((m) => m.name === name);
  if (!found) throw new Error(`no migration named ${name}`);
  return found.version;
}

export function latestVersion(migrations: Migration[] = bundledMigrations()): number {
  return migrations.length;
}

/**
 * Brings the schema to `target` (default: latest), one transaction per migration, and refreshes
 * the change-log triggers in the same transaction so a new or altered synced table is covered.
 */
export function migrate(db: Db, options: { target?: number; migrations?: Migration[] } = {}): number {
  const migrations = options.migrations ?? bundledMigrations();
  const target = options.target ?? migrations.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  // A migration may rebuild a table (SQLite's 12-step procedure): foreign keys are off while it
  // runs (the pragma is ignored inside a transaction) and checked before it commits.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  if (foreignKeys) db.pragma('foreign_keys = OFF');
  // Each step commits without its own fsync (WAL with synchronous=NORMAL stays atomic and consistent:
  // a power cut can only lose the last steps, which the next open applies again); the connection's
  // setting is restored after the last step. An empty database's 20-odd steps otherwise wait on a disk
  // flush each.
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  const pending = migrations.some((m) => m.version > current && m.version <= target);
  if (pending && synchronous > 1) db.pragma('synchronous = NORMAL');
  try {
    for (const migration of migrations) {
      if (migration.version <= current || migration.version > target) continue;
      db.transaction(() => {
        db.exec(migration.sql);
        installChangeLogTriggers(db);
        if (foreignKeys && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`migration ${migration.version} breaks a foreign key`);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    }
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
    if (pending && synchronous > 1) db.pragma(`synchronous = ${synchronous}`);
  }
  return Math.max(current, Math.min(target, migrations.length));
}

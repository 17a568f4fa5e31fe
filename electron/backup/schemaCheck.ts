import Database from 'better-sqlite3';
import { latestVersion, migrate } from '../../db/migrate';
import type { Db } from '../../db/open';
import { BackupError } from './errors';
import type { SqliteOptions } from './snapshot';

/*
 * A backup is data, not code: a restored file must hold exactly the schema this app's migrations
 * build for its version, not one more trigger or view. The expected schema is made the way every
 * office's database was: an empty database migrated to that version (for the latest version this
 * is db/schema.snapshot.sql, which db/migrate.test.ts keeps equal to the migrations).
 */
type Schema = Map<string, string>;

const expected = new Map<number, Schema>();

function schemaOf(db: Db): Schema {
  const rows = db
    .prepare("SELECT type, name, sql FROM main.sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { type: string; name: string; sql: string }[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, r.sql.replace(/\s+/g, ' ').trim()]));
}

export function expectedSchema(version: number, options: SqliteOptions = {}): Schema {
  const cached = expected.get(version);
  if (cached) return cached;
  const db = new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    migrate(db, { target: version });
    const schema = schemaOf(db);
    expected.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

/** What differs from the version's schema, each as "extra trigger x", "missing table y", "changed view z". */
export function schemaDifferences(db: Db, options: SqliteOptions = {}): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version < 1 || version > latestVersion()) return [`version ${version}`];
  const want = expectedSchema(version, options);
  const have = schemaOf(db);
  const differences: string[] = [];
  for (const [key, sql] of have) {
    const wanted = want.get(key);
    if (wanted === undefined) differences.push(`extra ${key}`);
    else if (wanted !== sql) differences.push(`changed ${key}`);
  }
  for (const key of want.keys()) if (!have.has(key)) differences.push(`missing ${key}`);
  return differences;
}

/** Throws SCHEMA_MISMATCH naming the first differences (an unknown trigger or view is never restored). */
export function refuseForeignSchema(db: Db, options: SqliteOptions = {}): void {
  const differences = schemaDifferences(db, options);
  if (differences.length > 0) {
    throw new BackupError('SCHEMA_MISMATCH', differences.join('; '), { detail: differences.slice(0, 3).join('; ') });
  }
}

// The one Electron-touching part of the database key: safeStorage (DPAPI on Windows) wraps it.
import { safeStorage } from 'electron';
import { DbError } from '../../db/open';
import { DB_KEY_ENV, keyFromEnvironment, readDbKeyFile, type DbKey } from '../../db/key';
import { loadDatabaseKey } from '../dbKey/keyFile';

function flagValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * The key for `dataDir`: DISTRICT_DESK_DB_KEY or `--key-file F` when IT staff name one (`npm start` only),
 * `--recovery-key-file F` on a new PC (re-wrapped for this one), else the key file beside the database,
 * made at first start. The installed app takes only the key the OS wraps: an explicit source would let
 * whoever edits a shortcut or the environment open the office's data with a key of their own.
 */
export function databaseKeyFor(
  dataDir: string,
  argv: readonly string[],
  nativeBinding: string | undefined,
  packaged: boolean,
  env: NodeJS.ProcessEnv = process.env,
): { key: DbKey } {
  if (packaged && (argv.includes('--key-file') || (env[DB_KEY_ENV] ?? '') !== '')) {
    throw new DbError('DB_KEY_SOURCE_REFUSED', 'errors.db.keySourceRefused');
  }
  const keyFile = flagValue(argv, '--key-file');
  const recoveryFile = flagValue(argv, '--recovery-key-file');
  const explicit = keyFile ? readDbKeyFile(keyFile) : keyFromEnvironment(env);
  const loaded = loadDatabaseKey(dataDir, safeStorage, {
    ...(explicit ? { explicit } : {}),
    ...(recoveryFile ? { recovery: readDbKeyFile(recoveryFile) } : {}),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  return { key: loaded.key };
}

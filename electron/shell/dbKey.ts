// The one Electron-touching part of the database key: safeStorage (DPAPI on Windows) wraps it.
import { safeStorage } from 'electron';
import { keyFromEnvironment, readDbKeyFile, type DbKey } from '../../db/key';
import { loadDatabaseKey } from '../dbKey/keyFile';

function flagValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * The key for `dataDir`: DISTRICT_DESK_DB_KEY or `--key-file F` when IT staff name one, `--recovery-key-file F`
 * on a new PC (re-wrapped for this one), else the key file beside the database, made at first start.
 */
export function databaseKeyFor(dataDir: string, argv: readonly string[], nativeBinding: string | undefined): { key: DbKey } {
  const keyFile = flagValue(argv, '--key-file');
  const recoveryFile = flagValue(argv, '--recovery-key-file');
  const explicit = keyFile ? readDbKeyFile(keyFile) : keyFromEnvironment();
  const loaded = loadDatabaseKey(dataDir, safeStorage, {
    ...(explicit ? { explicit } : {}),
    ...(recoveryFile ? { recovery: readDbKeyFile(recoveryFile) } : {}),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  return { key: loaded.key };
}

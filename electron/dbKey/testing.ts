// One "PC" for the key tests: the Electron double's safeStorage, ready, with its own secret, so what
// one PC wraps another cannot unwrap (as DPAPI ties a secret to a Windows user on one machine).
import os from 'node:os';
import path from 'node:path';
import { createElectronDouble } from '../shell/double/electron';
import type { OsKeyProtection } from './keyFile';

export async function pcProtection(available = true): Promise<OsKeyProtection> {
  const double = createElectronDouble({ userData: path.join(os.tmpdir(), 'dd-key-double', String(process.pid)), encryptionAvailable: available });
  await double.emitReady();
  return double.safeStorage;
}

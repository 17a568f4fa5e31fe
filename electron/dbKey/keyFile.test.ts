import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseDbKey } from '../../db/key';
import { DB_FILE_NAME, openDatabase } from '../../db/open';
import { tempDataDir } from '../../db/testing';
import { keyFilePath, loadDatabaseKey, type OsKeyProtection } from './keyFile';
import { createElectronDouble } from '../shell/double/electron';


/** One "PC": the Electron double's safeStorage, ready, with its own secret (what one PC wraps, another cannot unwrap, as DPAPI). */
async function pcProtection(available = true): Promise<OsKeyProtection> {
  const double = createElectronDouble({ userData: path.join(os.tmpdir(), 'dd-key-double', String(process.pid)), encryptionAvailable: available });
  await double.emitReady();
  return double.safeStorage;
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function folder(): string {
  const { dir, cleanup } = tempDataDir('dd-key-');
  cleanups.push(cleanup);
  return dir;
}

describe('the database key kept by the OS', () => {
  it('is made at first start, kept wrapped beside the database (owner-only, no key bytes in it), and the same at every start', async () => {
    const dir = folder();
    const pc = await pcProtection();
    const first = loadDatabaseKey(dir, pc);
    expect(first).toMatchObject({ source: 'os', created: true });
    const file = fs.readFileSync(keyFilePath(dir));
    expect(file.includes(first.key)).toBe(false);
    expect(file.includes(Buffer.from(first.key.toString('hex')))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(keyFilePath(dir)).mode & 0o777).toBe(0o600);
    expect(loadDatabaseKey(dir, pc)).toMatchObject({ key: first.key, created: false });
  });

  it('cannot be unwrapped on another PC; the recovery key opens the folder there and is wrapped for that PC', async () => {
    const dir = folder();
    const { key } = loadDatabaseKey(dir, await pcProtection());
    openDatabase(dir, { key }).close();
    const otherPc = await pcProtection();
    expect(() => loadDatabaseKey(dir, otherPc)).toThrow(expect.objectContaining({ code: 'DB_KEY_UNWRAP_FAILED' }));
    expect(() => loadDatabaseKey(dir, otherPc, { recovery: parseDbKey(formatRecoveryKey(Buffer.alloc(32, 9))) })).toThrow(
      expect.objectContaining({ code: 'DB_KEY_WRONG' }),
    );
    const recovered = loadDatabaseKey(dir, otherPc, { recovery: parseDbKey(formatRecoveryKey(key)) });
    expect(recovered.key.equals(key)).toBe(true);
    expect(loadDatabaseKey(dir, otherPc).key.equals(key)).toBe(true);
  });

  it('refuses an encrypted database whose key file is gone rather than making a new key', async () => {
    const dir = folder();
    const pc = await pcProtection();
    openDatabase(dir, { key: loadDatabaseKey(dir, pc).key }).close();
    fs.rmSync(keyFilePath(dir));
    expect(() => loadDatabaseKey(dir, pc)).toThrow(expect.objectContaining({ code: 'DB_KEY_UNWRAP_FAILED' }));
    expect(fs.existsSync(path.join(dir, DB_FILE_NAME))).toBe(true);
  });

  it('is not kept at all where the OS cannot protect it; an explicit key source is used as given', async () => {
    const dir = folder();
    const noSecretStore = await pcProtection(false);
    expect(() => loadDatabaseKey(dir, noSecretStore)).toThrow(expect.objectContaining({ code: 'DB_KEY_PROTECTION_UNAVAILABLE' }));
    expect(fs.existsSync(keyFilePath(dir))).toBe(false);
    const explicit = Buffer.alloc(32, 3);
    expect(loadDatabaseKey(dir, noSecretStore, { explicit })).toMatchObject({ key: explicit, source: 'explicit' });
  });
});

describe('the recovery key', () => {
  it('reads back as printed, with spaces, lower case and O/I misread for 0/1; a mistyped one is refused', async () => {
    const key = Buffer.from('00ff10ee20dd30cc40bb50aa60997088807790669055a044b033c022d011e000', 'hex');
    const printed = formatRecoveryKey(key);
    expect(printed).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){10}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(parseDbKey(printed).equals(key)).toBe(true);
    expect(parseDbKey(` ${printed.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')}\n`).equals(key)).toBe(true);
    const typo = (printed[0] === 'A' ? 'B' : 'A') + printed.slice(1);
    expect(() => parseDbKey(typo)).toThrow(expect.objectContaining({ code: 'DB_KEY_INVALID' }));
    expect(parseDbKey(key.toString('hex')).equals(key)).toBe(true);
  });
});

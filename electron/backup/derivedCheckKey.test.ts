import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DB_KEY } from '../../db/testing';
import { BACKUP_KEY_FILE, CHECK_SUFFIX, readBackupKey, verifyBackupCheck, writeBackupCheck, type BackupKey } from './checksum';
import { previewRestore } from './restore';
import { backupsDir, runAutomaticBackup } from './rotation';
import { backupDatabase } from './snapshot';
import { testOffice, type TestOffice } from './testing';

// Issue 13: `backup-check.key` sat plain in the data folder, so whoever copied the folder could sign a
// crafted backup that the app then offered and restored as "authenticated".

const offices: TestOffice[] = [];
afterEach(() => {
  for (const office of offices.splice(0)) office.cleanup();
});
function newOffice(): TestOffice {
  const office = testOffice(5);
  offices.push(office);
  return office;
}

/** A key as installations before the derived key made it: 32 random bytes, its id as checksum.ts computes ids. */
function legacyKey(bytes: Buffer): BackupKey {
  return { id: createHash('sha256').update('district-desk backup key id\n').update(bytes).digest('hex').slice(0, 16), key: bytes };
}

/** Every file of a folder, recursively. */
function filesOf(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('the backup-authentication key', () => {
  it('is nowhere in the data folder: a forged backup signed with anything found in a copy is not authenticated', async () => {
    const office = newOffice();
    await runAutomaticBackup(office.db, office.dir, new Date('2026-03-01T10:00:00Z'));
    const genuine = fs.readdirSync(backupsDir(office.dir)).find((n) => n.endsWith('.sqlite'));
    expect(genuine).toBeDefined();
    expect(verifyBackupCheck(path.join(backupsDir(office.dir), genuine ?? ''), readBackupKey(office.dir, TEST_DB_KEY))).toBe('authenticated');
    expect(fs.existsSync(path.join(office.dir, BACKUP_KEY_FILE))).toBe(false);

    // The attacker's backup, signed under every 32-byte file and every file's hash from the copied folder.
    const forged = path.join(office.dir, 'forged.sqlite');
    await backupDatabase(office.db, forged);
    for (const file of filesOf(office.dir).filter((f) => !f.startsWith(forged))) {
      const bytes = fs.readFileSync(file);
      for (const candidate of [bytes.length === 32 ? bytes : null, createHash('sha256').update(bytes).digest()]) {
        if (!candidate) continue;
        writeBackupCheck(forged, legacyKey(candidate));
        const preview = await previewRestore(forged, undefined, { dataDir: office.dir, key: TEST_DB_KEY });
        expect(preview.authenticity).not.toBe('authenticated');
      }
    }
    // Another PC's database key (a copied folder opened elsewhere) does not authenticate either.
    expect(verifyBackupCheck(path.join(backupsDir(office.dir), genuine ?? ''), readBackupKey(office.dir, randomBytes(32)))).toBe('checksum');
  });

  it('migrates a folder with the old plain key file: its backups stay authenticated, the file is removed, carried-off ones say "checksum"', async () => {
    const office = newOffice();
    const old = legacyKey(randomBytes(32));
    fs.writeFileSync(path.join(office.dir, BACKUP_KEY_FILE), old.key, { mode: 0o600 });
    fs.mkdirSync(backupsDir(office.dir), { recursive: true });
    const automatic = path.join(backupsDir(office.dir), 'district-desk-20260228-100000.sqlite');
    await backupDatabase(office.db, automatic, { check: old });
    const carried = path.join(office.dir, '..', `${path.basename(office.dir)}-usb.sqlite`);
    await backupDatabase(office.db, carried, { check: old });
    try {
      expect(verifyBackupCheck(automatic, old)).toBe('authenticated');

      const derived = readBackupKey(office.dir, TEST_DB_KEY);
      expect(fs.existsSync(path.join(office.dir, BACKUP_KEY_FILE))).toBe(false);
      expect(verifyBackupCheck(automatic, derived)).toBe('authenticated');
      expect(verifyBackupCheck(carried, derived)).toBe('checksum');
      // The derivation is the database key's HMAC with a label, not the key itself.
      expect(derived?.key.equals(createHmac('sha256', TEST_DB_KEY).update('district-desk backup-check key v2').digest())).toBe(true);
      expect(derived?.key.equals(TEST_DB_KEY)).toBe(false);
      // Once migrated, a second call changes nothing.
      const before = fs.readFileSync(automatic + CHECK_SUFFIX, 'utf8');
      readBackupKey(office.dir, TEST_DB_KEY);
      expect(fs.readFileSync(automatic + CHECK_SUFFIX, 'utf8')).toBe(before);
    } finally {
      fs.rmSync(carried, { force: true });
      fs.rmSync(carried + CHECK_SUFFIX, { force: true });
    }
  });
});

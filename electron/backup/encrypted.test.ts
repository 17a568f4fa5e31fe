import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestVersion } from '../../db/migrate';
import { openDatabaseFile } from '../../db/open';
import { decryptBackup, readBackupHeader, verifyPassphrase, writeEncryptedBackup } from './encrypted';
import { restoreDatabase } from './restore';
import { flipByte, snapshotRows, testOffice, type TestOffice } from './testing';

const PASSPHRASE = 'Phường Đông Kinh 2026!';
const CHUNK = 16 * 1024;

let office: TestOffice;
let backup: string;
let work: string;
beforeAll(async () => {
  office = testOffice(300);
  work = path.join(office.dir, 'usb');
  fs.mkdirSync(work);
  backup = path.join(work, 'office.ddbak');
  await writeEncryptedBackup(office.db, backup, PASSPHRASE, { chunkSize: CHUNK, now: new Date('2026-03-18T09:00:00Z') });
});
afterAll(() => office.cleanup());

/** A fresh copy of the good backup to damage. */
function copyOfBackup(name: string): string {
  const file = path.join(work, name);
  fs.copyFileSync(backup, file);
  return file;
}

function headerLength(file: string): number {
  return 80 + fs.readFileSync(file).readUInt32BE(76) + 32;
}

describe('encrypted backup', () => {
  it('round-trips: the header tells how to open it without the passphrase, whose it is and the content only with it', async () => {
    const locked = await readBackupHeader(backup);
    expect(locked).toMatchObject({
      formatVersion: 1,
      createdAt: '2026-03-18T09:00:00.000Z',
      schemaVersion: latestVersion(),
      installationId: null,
      officeName: null,
      unitCode: null,
      rowCounts: {},
      chunkSize: CHUNK,
      fileBytes: fs.statSync(backup).size,
    });
    // A found stick names nobody: neither the office, nor the installation, in any encoding.
    const bytes = fs.readFileSync(backup);
    for (const text of ['Công an huyện Cao Lộc', 'Cao Lộc', 'Cao Loc', office.installationId]) {
      expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false);
      expect(bytes.includes(Buffer.from(text, 'utf16le')), text).toBe(false);
      expect(bytes.includes(Buffer.from(text.normalize('NFD'), 'utf8')), text).toBe(false);
    }
    const header = await verifyPassphrase(backup, PASSPHRASE);
    expect(header).toMatchObject({ installationId: office.installationId, officeName: 'Công an huyện Cao Lộc', unitCode: '20' });
    expect(header.rowCounts.business).toBe(300);
    expect(fs.readdirSync(work)).toEqual(['office.ddbak']);

    const out = path.join(work, 'decrypted.sqlite');
    await decryptBackup(backup, PASSPHRASE, out);
    expect(fs.statSync(out).size).toBe(header.plaintextBytes);
    const copy = openDatabaseFile(out, { readonly: true });
    expect(snapshotRows(copy)).toEqual(snapshotRows(office.db));
    copy.close();
    fs.rmSync(out);
  });

  it('keeps personal data out of the readable parts of the file', () => {
    const bytes = fs.readFileSync(backup);
    for (const secret of ['Nguyễn Văn An', 'Nhà nghỉ', 'Trần Đăng Ninh', 'SQLite format 3']) {
      expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    }
  });

  it('accepts the passphrase whichever Unicode form the keyboard produced', async () => {
    await expect(verifyPassphrase(backup, PASSPHRASE.normalize('NFD'))).resolves.toMatchObject({ unitCode: '20' });
  });

  it('tells a wrong passphrase from damage, and writes nothing', async () => {
    const out = path.join(work, 'wrong.sqlite');
    await expect(decryptBackup(backup, 'Phường Đông Kinh 2025!', out)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      messageKey: 'backup.error.WRONG_PASSPHRASE',
    });
    await expect(decryptBackup(backup, '', out)).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
    expect(fs.existsSync(out)).toBe(false);
  });

  const corruptions: [string, (file: string) => void, string][] = [
    ['a flipped magic byte', (f) => flipByte(f, 0), 'NOT_A_BACKUP'],
    ['a future format version', (f) => patch(f, 6, Buffer.from([2])), 'UNSUPPORTED_VERSION'],
    ['a flipped salt byte', (f) => flipByte(f, 20), 'TAMPERED'],
    ['a flipped byte in the JSON header', (f) => flipByte(f, 90), 'TAMPERED'],
    ['a flipped byte in the header checksum', (f) => flipByte(f, headerLength(f) - 1), 'TAMPERED'],
    ['a header edited with its checksum recomputed', (f) => rewriteCreatedAt(f), 'TAMPERED'],
    ['a flipped byte in a middle chunk', (f) => flipByte(f, Math.floor(fs.statSync(f).size / 2)), 'TAMPERED'],
    ['a flipped byte in the last chunk', (f) => flipByte(f, -20), 'TAMPERED'],
    ['a flipped byte in the last tag', (f) => flipByte(f, -1), 'TAMPERED'],
    ['two chunks swapped', (f) => swapChunks(f, 1, 2), 'TAMPERED'],
    ['bytes appended', (f) => fs.appendFileSync(f, Buffer.alloc(16)), 'TAMPERED'],
    ['the last chunk cut off', (f) => cutLastChunk(f), 'TRUNCATED'],
    ['a cut in the middle of a chunk', (f) => fs.truncateSync(f, fs.statSync(f).size - 1000), 'TRUNCATED'],
    ['a cut inside the header', (f) => fs.truncateSync(f, 50), 'TRUNCATED'],
    ['an empty file', (f) => fs.truncateSync(f, 0), 'TRUNCATED'],
    ['some other file', (f) => fs.writeFileSync(f, 'PK\u0003\u0004 not ours'), 'NOT_A_BACKUP'],
  ];

  it.each(corruptions)('rejects %s with the right code, and restores nothing', async (name, damage, code) => {
    const file = copyOfBackup(`damaged-${name.replaceAll(' ', '-')}.ddbak`);
    damage(file);
    const out = path.join(work, 'out.sqlite');
    await expect(decryptBackup(file, PASSPHRASE, out)).rejects.toMatchObject({ code });
    expect(fs.existsSync(out)).toBe(false);

    const before = snapshotRows(office.db);
    let closed = false;
    await expect(
      restoreDatabase({ dataDir: office.dir, backupFile: file, passphrase: PASSPHRASE, allowOtherOffice: false, closeCurrent: () => (closed = true) }),
    ).rejects.toMatchObject({ code });
    expect(closed).toBe(false);
    expect(snapshotRows(office.db)).toEqual(before);
    expect(fs.readdirSync(office.dir).filter((f) => f.startsWith('restore') || f.startsWith('before-restore'))).toEqual([]);
    fs.rmSync(file);
  });

  it('checks the header against the content: an edited header is caught with the passphrase', async () => {
    const file = copyOfBackup('renamed.ddbak');
    rewriteCreatedAt(file);
    // Without the passphrase the edit cannot be seen (it is only checksummed)...
    await expect(readBackupHeader(file)).resolves.toMatchObject({ createdAt: '2027-03-18T09:00:00.000Z' });
    // ...with it, the first chunk's authentication covers the header.
    await expect(verifyPassphrase(file, PASSPHRASE)).rejects.toMatchObject({ code: 'TAMPERED' });
    fs.rmSync(file);
  });

  it('reports progress up to 1 and can be cancelled at any phase without leaving files', async () => {
    const progress: number[] = [];
    const out = path.join(work, 'progress.ddbak');
    await writeEncryptedBackup(office.db, out, PASSPHRASE, { chunkSize: CHUNK, onProgress: (f) => progress.push(f) });
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    fs.rmSync(out);

    for (const at of [0.1, 0.5, 0.8]) {
      const controller = new AbortController();
      const attempt = writeEncryptedBackup(office.db, out, PASSPHRASE, {
        chunkSize: CHUNK,
        signal: controller.signal,
        onProgress: (f) => f >= at && controller.abort(),
      });
      await expect(attempt).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(fs.readdirSync(work).filter((f) => f.startsWith('progress'))).toEqual([]);
      // The plaintext staging copy beside the database is gone too.
      expect(fs.readdirSync(office.dir).filter((f) => f.startsWith('encrypting-'))).toEqual([]);
    }
  });

  it('refuses a destination folder that does not exist', async () => {
    await expect(writeEncryptedBackup(office.db, path.join(work, 'gone', 'x.ddbak'), PASSPHRASE)).rejects.toMatchObject({
      code: 'NOT_WRITABLE',
    });
  });
});

function patch(file: string, offset: number, bytes: Buffer): void {
  const content = fs.readFileSync(file);
  bytes.copy(content, offset);
  fs.writeFileSync(file, content);
}

/** What a deliberate forger would do: change the visible office name and fix up the checksum. */
function rewriteCreatedAt(file: string): void {
  const content = fs.readFileSync(file);
  const jsonEnd = 80 + content.readUInt32BE(76);
  const json = content.subarray(80, jsonEnd).toString('utf8').replace('2026-03-18', '2027-03-18');
  Buffer.from(json, 'utf8').copy(content, 80);
  createHash('sha256').update(content.subarray(0, jsonEnd)).digest().copy(content, jsonEnd);
  fs.writeFileSync(file, content);
}

function swapChunks(file: string, a: number, b: number): void {
  const content = fs.readFileSync(file);
  const start = headerLength(file);
  const sealed = CHUNK + 16;
  const first = Buffer.from(content.subarray(start + a * sealed, start + (a + 1) * sealed));
  content.copy(content, start + a * sealed, start + b * sealed, start + (b + 1) * sealed);
  first.copy(content, start + b * sealed);
  fs.writeFileSync(file, content);
}

function cutLastChunk(file: string): void {
  const content = fs.readFileSync(file);
  const plaintext = Number(content.readBigUInt64BE(36));
  const last = plaintext % CHUNK === 0 ? CHUNK : plaintext % CHUNK;
  fs.truncateSync(file, content.length - (last + 16));
}

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../db/testing';
import { packageHash } from './format';
import { writeAndCheck } from './files';

describe('writing a package to the chosen place counts only once read back', () => {
  const { dir, cleanup } = tempDataDir('dd-files-');
  afterAll(cleanup);
  const bytes = new Uint8Array(Buffer.from('DDPKG test bytes: gói dữ liệu', 'utf8'));

  it('returns the file, its size and hash, and the file holds exactly the bytes', async () => {
    const file = path.join(dir, 'goi.ddpkg');
    const written = await writeAndCheck(file, bytes);
    expect(written).toEqual({ file, size: bytes.length, hash: packageHash(bytes) });
    expect(fs.readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a folder that is not there is a write failure naming the file', async () => {
    const file = path.join(dir, 'khong-co', 'goi.ddpkg');
    await expect(writeAndCheck(file, bytes)).rejects.toMatchObject({ code: 'FILE_WRITE_FAILED', messageKey: 'packages.fileWriteFailed', params: { file } });
  });

  it('a stick that gives back other bytes than were written fails the check, naming the file', async () => {
    const file = path.join(dir, 'usb-hong.ddpkg');
    // Reads back what is on disk with one bit flipped, as a failing flash cell would.
    const faulty = async (at: string) => {
      const back = fs.readFileSync(at);
      back[0] = (back[0] ?? 0) ^ 0x01;
      return packageHash(back);
    };
    await expect(writeAndCheck(file, bytes, faulty)).rejects.toMatchObject({ code: 'EXPORT_CHECK_FAILED', messageKey: 'packages.exportCheckFailed', params: { file } });
  });
});

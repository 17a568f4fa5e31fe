import { open, type FileHandle } from 'node:fs/promises';
import { ApiError } from '../api/errors';
import { hashPackageFile, packageHash } from './format';
import { PackageError } from './errors';

/**
 * Writes a package to the chosen path (a USB stick, usually), flushes it, reads it back and compares
 * hashes: only then does it count as exported. `readBack` is how the file is read again (tests stand
 * in a faulty stick).
 */
export async function writeAndCheck(
  path: string,
  bytes: Uint8Array,
  readBack: (path: string) => Promise<string> = hashPackageFile,
): Promise<{ file: string; size: number; hash: string }> {
  const expected = packageHash(bytes);
  try {
    // Never over an existing file (a clerk's document, an earlier package): 'wx' fails if the name is taken.
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') throw new ApiError('FILE_EXISTS', 'paths.exists', { path });
    throw new ApiError('FILE_WRITE_FAILED', 'packages.fileWriteFailed', { file: path, reason: (error as Error).message });
  }
  const actual = await readBack(path);
  if (actual !== expected) throw new ApiError('EXPORT_CHECK_FAILED', 'packages.exportCheckFailed', { file: path });
  return { file: path, size: bytes.length, hash: expected };
}

/**
 * Reads a small file whole (a registration, key backup, receipt or config) through one handle, never
 * more than `maxBytes` + 1: a device or a file that grows while read (/dev/zero) cannot fill memory.
 */
export async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new ApiError('FILE_NOT_FOUND', 'validation.file', { file: path });
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1));
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new PackageError('TOO_LARGE', `more than ${maxBytes} bytes`);
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** Parses UTF-8 JSON; anything else is not the file we asked for. */
export function parseJson(bytes: Uint8Array, code: 'NOT_A_PACKAGE' | 'INVALID_CONTENT'): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackageError(code, 'not UTF-8 JSON');
  }
}

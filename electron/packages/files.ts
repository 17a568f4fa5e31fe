import { open, readFile, stat } from 'node:fs/promises';
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
    const handle = await open(path, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ApiError('FILE_WRITE_FAILED', 'packages.fileWriteFailed', { file: path, reason: (error as Error).message });
  }
  const actual = await readBack(path);
  if (actual !== expected) throw new ApiError('EXPORT_CHECK_FAILED', 'packages.exportCheckFailed', { file: path });
  return { file: path, size: bytes.length, hash: expected };
}

/** Reads a small file whole after checking its size: a registration, key backup, receipt or config. */
export async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new ApiError('FILE_NOT_FOUND', 'validation.file', { file: path });
  }
  if (size > maxBytes) throw new PackageError('TOO_LARGE', `${size} bytes`);
  return readFile(path);
}

/** Parses UTF-8 JSON; anything else is not the file we asked for. */
export function parseJson(bytes: Uint8Array, code: 'NOT_A_PACKAGE' | 'INVALID_CONTENT'): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PackageError(code, 'not UTF-8 JSON');
  }
}

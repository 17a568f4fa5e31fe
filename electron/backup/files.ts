import fs from 'node:fs';
import path from 'node:path';

/** Flushes a file's data to the device: a rename is only "done" once the renamed bytes are durable. */
export async function fsyncFile(file: string): Promise<void> {
  // 'r+' because Windows refuses FlushFileBuffers on a handle opened read-only.
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function fsyncFileSync(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Makes a rename or unlink in `dir` durable. Windows cannot open a directory for syncing (NTFS
 * journals the metadata itself), so those refusals are expected and ignored.
 */
export function fsyncDirSync(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (error) {
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EINVAL') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

export function removeQuietly(file: string): void {
  fs.rmSync(file, { force: true });
}

/** SQLite's companions of a database file, which belong to it and must move with it. */
export const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function removeWithSidecars(file: string): void {
  removeQuietly(file);
  for (const suffix of SIDECAR_SUFFIXES) removeQuietly(file + suffix);
}

/** Writes a small file so that after a power cut it is either absent or complete. */
export function writeFileDurableSync(file: string, content: string): void {
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  fsyncDirSync(path.dirname(file));
}

export function exists(file: string): boolean {
  return fs.existsSync(file);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD-HHMMSS` in UTC: sorts by time as text and never shifts with the PC's time zone. */
export function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-` +
    `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

const STAMP = /(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/;

/** The instant in a `YYYYMMDD-HHMMSS` stamp, or undefined when the text holds no valid one. */
export function parseUtcStamp(text: string): Date | undefined {
  const match = STAMP.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 20250231 over into March; such a name was not written by us.
  return utcStamp(date) === match[0] ? date : undefined;
}

import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';

/*
 * Paths chosen by the clerk (a USB stick's folder, a backup file) arrive as text: from the Electron
 * file dialog, or typed in the browser host. Procedures check them here so a mistyped or unplugged
 * path gets a plain message naming it, before any work starts.
 */

function reject(key: string, given: string): never {
  throw new ApiError('BAD_PATH', `paths.${key}`, { path: given });
}

function statOf(given: string): fs.Stats {
  if (!path.isAbsolute(given)) reject('notAbsolute', given);
  try {
    return fs.statSync(given);
  } catch {
    return reject('notFound', given);
  }
}

/** An existing folder the app may write into; returns it normalised. */
export function writableFolder(given: string): string {
  if (!statOf(given).isDirectory()) reject('notFolder', given);
  try {
    fs.accessSync(given, fs.constants.W_OK);
  } catch {
    reject('notWritable', given);
  }
  return path.normalize(given);
}

/** An existing file the app may read; returns it normalised. */
export function readableFile(given: string): string {
  if (!statOf(given).isFile()) reject('notFile', given);
  try {
    fs.accessSync(given, fs.constants.R_OK);
  } catch {
    reject('notReadable', given);
  }
  return path.normalize(given);
}

/** A file to create: its folder must be writable and the name not taken (nothing is overwritten). */
export function newFile(given: string): string {
  if (!path.isAbsolute(given)) reject('notAbsolute', given);
  writableFolder(path.dirname(given));
  if (fs.existsSync(given)) reject('exists', given);
  return path.normalize(given);
}

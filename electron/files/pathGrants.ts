import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ApiError } from '../api/errors';
import type { PathUse } from '../api/procedure';

/*
 * A file or folder named by the window comes only from the main process's dialog (electron/shell/dialogs.ts),
 * which hands the renderer an opaque handle, never a path the renderer could have made up. The router
 * swaps each handle for its path before the handler runs (paths declared by the procedure's `paths`).
 * The command line types paths; so may the loopback host used by the e2e tests and development in a
 * browser (e2e/host.ts marks its sender `typedPaths`), which is not part of the shipped app. Nothing is
 * ever overwritten (electron/packages/files.ts writes with O_EXCL): the window only names folders, and
 * the app names the file in them.
 */

const HANDLE = /^dd-path:[A-Za-z0-9_-]{24}$/;
/** A handle lives as long as a clerk might leave the dialog's answer on screen. */
const GRANT_TTL_MS = 12 * 60 * 60 * 1000;
const MAX_GRANTS = 500;

interface Grant {
  path: string;
  use: PathUse;
  at: number;
}

function refuse(key: string, given: string): never {
  throw new ApiError('BAD_PATH', `paths.${key}`, { path: given });
}

/** Absolute, local, and no network share (\\server\share or //server/share): refused from anyone. */
export function checkLocalPath(given: string): string {
  if (/^[\\/]{2}/.test(given) || given.includes('\0')) refuse('notLocal', given);
  if (!path.isAbsolute(given) || (process.platform === 'win32' && !/^[A-Za-z]:[\\/]/.test(given))) refuse('notAbsolute', given);
  return path.normalize(given);
}

export class PathGrants {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Called by the main process with what the dialog returned; the renderer only ever sees the handle. */
  grant(chosen: string, use: PathUse): string {
    const now = this.clock();
    for (const [handle, g] of this.grants) if (now - g.at > GRANT_TTL_MS || this.grants.size >= MAX_GRANTS) this.grants.delete(handle);
    const handle = `dd-path:${randomBytes(18).toString('base64url')}`;
    this.grants.set(handle, { path: checkLocalPath(chosen), use, at: now });
    return handle;
  }

  isHandle(value: string): boolean {
    return HANDLE.test(value);
  }

  /**
   * The path behind a procedure's path field. `typedPaths`: the caller may type a path (the command
   * line, the loopback host); the window may not.
   */
  resolve(value: string, use: PathUse, typedPaths: boolean): string {
    if (this.isHandle(value)) {
      const grant = this.grants.get(value);
      if (!grant || this.clock() - grant.at > GRANT_TTL_MS) refuse('handleUnknown', '');
      // A folder handle is not a file to read, a file to read is not one to replace.
      if (grant.use !== use && !(use === 'file' && grant.use === 'save')) refuse('handleWrongKind', grant.path);
      return grant.path;
    }
    if (!typedPaths) refuse('notChosen', value);
    return checkLocalPath(value);
  }
}

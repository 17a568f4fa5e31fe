import fs from 'node:fs';

/**
 * Makes the data folder owner-only (0700) before anything is written in it: created so when missing,
 * tightened when it is ours and others can read it (Electron may have made the default userData
 * folder already). Windows ignores the mode: the per-user profile's ACL keeps others out. A folder
 * owned by another account (a share set up by IT staff) is left as it is.
 */
export function ensureOwnerOnlyFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  const stat = fs.statSync(dir);
  if (stat.uid === process.getuid?.() && (stat.mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
}

// The CLI's key source and `key new`: the database is encrypted, and the command line is given its key
// explicitly (--key-file F, or DISTRICT_DESK_DB_KEY), never from the app's OS-wrapped key file.
import fs from 'node:fs';
import path from 'node:path';
import { DB_KEY_ENV, formatRecoveryKey, newDbKey, readDbKeyFile } from '../../db/key';
import { newFile } from '../files/paths';
import { EXIT, flag, UsageError, tr, type Args, type CliCommand, type CommandContext } from './runtime';

/**
 * `--key-file F` becomes the key source of everything this command opens (the database, backups,
 * the workers that check them), as DISTRICT_DESK_DB_KEY would. Returns the undo, for in-process runs.
 */
export function withKeySource(args: Args): () => void {
  const file = flag(args, '--key-file');
  if (file === undefined) return () => undefined;
  const before = process.env[DB_KEY_ENV];
  process.env[DB_KEY_ENV] = readDbKeyFile(path.resolve(file)).toString('hex');
  return () => {
    if (before === undefined) delete process.env[DB_KEY_ENV];
    else process.env[DB_KEY_ENV] = before;
  };
}

/** `key new --out F`: a new random key, written as the recovery key, owner-only, for `init --key-file F`. */
function keyNew({ cli, args }: CommandContext): number {
  const outFlag = flag(args, '--out');
  if (!outFlag) throw new UsageError(tr('cli.missingValue', { flag: '--out' }));
  const out = newFile(path.resolve(outFlag));
  const recoveryKey = formatRecoveryKey(newDbKey());
  fs.writeFileSync(out, `${recoveryKey}\n`, { mode: 0o600, flag: 'wx' });
  cli.print(tr('cli.key.written', { file: out }), { ok: true, file: out });
  return EXIT.ok;
}

export const keyCommands: CliCommand[] = [{ words: ['key', 'new'], valueFlags: ['--out'], opensDatabase: false, run: keyNew }];

// Commands of backups and restore: `backup`, `restore`, `backups list`.
import fs from 'node:fs';
import path from 'node:path';
import { writeEncryptedBackup } from '../backup/encrypted';
import { readDbKeyFile } from '../../db/key';
import { backupKey } from '../backup/checksum';
import { BackupError } from '../backup/errors';
import { lockDataFolder } from '../backup/folderLock';
import { recoverInterruptedRestore, restoreDatabase } from '../backup/restore';
import { listBackups } from '../backup/rotation';
import { backupDatabase } from '../backup/snapshot';
import { openCheckedDatabase } from '../backup/startup';
import { BackupPassphrase } from '../api/schemas/backup';
import { newFile, readableFile } from '../files/paths';
import { EXIT, flag, readFileOrReject, Rejected, tr, UsageError, type CliCommand, type CommandContext } from './runtime';

/** The passphrase from a file (so it stays out of the shell history), without its final line break. */
function passphraseFrom(args: CommandContext['args']): string | undefined {
  const file = flag(args, '--passphrase-file');
  if (file === undefined) return undefined;
  const text = readFileOrReject(path.resolve(file)).toString('utf8').replace(/\r?\n$/, '');
  const checked = BackupPassphrase.safeParse(text);
  if (!checked.success) throw new Rejected({ code: 'PASSPHRASE_SHORT', messageKey: checked.error.issues[0]?.message ?? 'validation.invalid' });
  return checked.data;
}

async function backup({ cli, args }: CommandContext): Promise<number> {
  const outFlag = flag(args, '--out');
  if (!outFlag) throw new UsageError(tr('cli.missingValue', { flag: '--out' }));
  const out = newFile(path.resolve(outFlag));
  const passphrase = passphraseFrom(args);
  const db = cli.running.app.db;
  const check = backupKey(cli.running.app.dataDir, cli.running.app.sqlite.key);
  const info = passphrase === undefined ? await backupDatabase(db, out, { check }) : await writeEncryptedBackup(db, out, passphrase, { check });
  const size = fs.statSync(out).size;
  if (passphrase === undefined) console.error(tr('cli.backup.plainWarning'));
  cli.print(tr('cli.backup.done', { file: out, size }), {
    ok: true,
    file: out,
    encrypted: passphrase !== undefined,
    sizeBytes: size,
    createdAt: info.createdAt,
    rowCounts: info.rowCounts,
  });
  return EXIT.ok;
}

async function restore({ cli, args, operands: [given = ''], dataDir }: CommandContext): Promise<number> {
  const file = readableFile(path.resolve(given));
  const passphrase = passphraseFrom(args);
  // Exclusive: refused (naming the holder) while the app or another command has the folder open,
  // or the open app would go on writing into the kept-aside old database.
  const recoveryFile = flag(args, '--recovery-key-file');
  // The recovery key of the PC the backup was made on: the restored copy is re-keyed to this one's key.
  const sourceKey = recoveryFile === undefined ? undefined : readDbKeyFile(path.resolve(recoveryFile));
  const lock = lockDataFolder(dataDir, { role: 'cli', command: 'restore' });
  let result;
  try {
    // The app's own start sequence does this first; a restore must not start over a half-done one.
    recoverInterruptedRestore(dataDir);
    result = await restoreDatabase({
      dataDir,
      backupFile: file,
      ...(sourceKey ? { sourceKey } : {}),
      ...(passphrase !== undefined ? { passphrase } : {}),
      allowOtherOffice: args.flags.has('--confirm-other-office'),
      closeCurrent: () => undefined, // this command never opened the database
    });
    // Open once as the app will: an older backup is migrated now, and a failure shows here.
    const reopened = openCheckedDatabase(dataDir);
    reopened.db?.close();
    if (reopened.problem) throw new BackupError('INTEGRITY_FAILED', reopened.problem.detail);
  } finally {
    lock.release();
  }
  const { restored } = result;
  cli.print(
    tr('cli.restore.done', { createdAt: restored.createdAt, office: restored.officeName ?? '-', safetyCopy: result.safetyCopy ?? '-' }),
    { ok: true, file, createdAt: restored.createdAt, officeName: restored.officeName, unitCode: restored.unitCode, rowCounts: restored.rowCounts, safetyCopy: result.safetyCopy },
  );
  return EXIT.ok;
}

function list({ cli, dataDir }: CommandContext): number {
  const backups = listBackups(dataDir).flatMap((entry) => {
    try {
      return [{ file: entry.file, createdAt: entry.createdAt.toISOString(), sizeBytes: fs.statSync(entry.file).size }];
    } catch {
      return [];
    }
  });
  const lines = backups.map((b) => [b.createdAt, String(b.sizeBytes), b.file].join('\t'));
  cli.print([...lines, tr('cli.backups.count', { count: backups.length })].join('\n'), { backups });
  return EXIT.ok;
}

export const backupCommands: CliCommand[] = [
  { words: ['backup'], valueFlags: ['--out', '--passphrase-file'], run: backup },
  {
    words: ['restore'],
    operands: 1,
    valueFlags: ['--passphrase-file', '--recovery-key-file'],
    booleanFlags: ['--confirm-other-office'],
    opensDatabase: false,
    run: restore,
  },
  { words: ['backups', 'list'], opensDatabase: false, run: list },
];

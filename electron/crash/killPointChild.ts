// The child of the kill-point test (killPoints.ts): one operation, run as the app or the CLI runs
// it, under strace, which kills it at its Nth fsync, rename or unlink. Only the backup modules are
// bundled here, so that each of the many runs starts fast; package import has its own child.
// `node kill-point-child.cjs <operation> <data dir> <argument>`
import { lockDataFolder } from '../backup/folderLock';
import { recoverInterruptedRestore, restoreDatabase } from '../backup/restore';
import { runAutomaticBackup } from '../backup/rotation';
import { openCheckedDatabase, startDataFolder } from '../backup/startup';

async function main(operation: string, dataDir: string, argument: string): Promise<void> {
  switch (operation) {
    case 'restore': {
      // The steps of the CLI's `restore` (electron/cli/backup.ts).
      const lock = lockDataFolder(dataDir, { role: 'cli', command: 'restore' });
      try {
        recoverInterruptedRestore(dataDir);
        await restoreDatabase({ dataDir, backupFile: argument, allowOtherOffice: true, closeCurrent: () => undefined });
        openCheckedDatabase(dataDir).db?.close();
      } finally {
        lock.release();
      }
      return;
    }
    case 'backup': {
      const { lock, opened } = startDataFolder(dataDir, { role: 'app' });
      try {
        if (!opened.db) throw new Error('no database');
        await runAutomaticBackup(opened.db, dataDir, new Date(argument));
      } finally {
        opened.db?.close();
        lock?.release();
      }
      return;
    }
    case 'migration': {
      // The start-up sequence migrates an older database after its pre-upgrade copy.
      const { lock, opened } = startDataFolder(dataDir, { role: 'app' });
      opened.db?.close();
      lock?.release();
      return;
    }
    default:
      throw new Error(`unknown operation ${operation}`);
  }
}

const [operation = '', dataDir = '', argument = ''] = process.argv.slice(2);
main(operation, dataDir, argument).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

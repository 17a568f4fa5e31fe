// Run by the lock tests as a second process: opens a data folder as the app does (taking its lock),
// says "ready" and keeps it until killed.
import { startApp } from '../app';
import type { LockRole } from '../backup/folderLock';

const [dataDir = '', role = 'app'] = process.argv.slice(2);
startApp({ dataDir, isTrustedSender: () => false, role: role as LockRole, command: 'District Desk' });
process.stdout.write('ready\n');
setInterval(() => undefined, 60_000);

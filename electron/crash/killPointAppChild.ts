// The kill-point test's child for work done through the app's handlers (package import).
// `node kill-point-app-child.cjs package-import <data dir> <package file>`
import { signedIn } from './checks';

async function main(dataDir: string, file: string): Promise<void> {
  const app = signedIn(dataDir);
  try {
    await app.ok('packages.import', { file, dryRun: false });
  } finally {
    app.close();
  }
}

const [, dataDir = '', file = ''] = process.argv.slice(2);
main(dataDir, file).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

// Run by readOnly.test.ts as an unprivileged user over a data folder it may not write: starts the app
// as the desktop shell would and prints what the clerk would see, as one JSON line.
import { businessFields } from '../testing/factories';
import { signedIn } from './checks';

async function main(dataDir: string): Promise<void> {
  const app = signedIn(dataDir);
  try {
    const status = await app.ok('app.status', {});
    const list = await app.ok('businesses.list', {});
    const create = await app.call('businesses.create', businessFields({ name: 'Không lưu được', registrationNo: 'RO0000001' }));
    process.stdout.write(JSON.stringify({ readOnly: status.readOnly, names: list.rows.map((r) => r.name), create }) + '\n');
  } finally {
    app.close();
  }
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

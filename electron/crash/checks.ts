import { openDatabase, type Db } from '../../db/open';
import { integrityProblems } from '../backup/snapshot';
import { firstAdmin } from '../../db/users';
import { TEST_OFFICE, TestApp } from '../testing/factories';

/** Throws unless the condition holds: the harness runs outside the test runner's assertions too. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * Reopens the folder as the app would (openDatabase, which also finishes an interrupted migration)
 * and checks what every scenario promises: a sound file, no dangling references, a search index that
 * matches its table. The caller checks its own rows, then closes.
 */
export function reopenChecked(dataDir: string): Db {
  const db = openDatabase(dataDir);
  try {
    const problems = integrityProblems(db, 'integrity_check');
    check(problems.length === 0, `integrity_check: ${problems.join('; ')}`);
    const dangling = db.pragma('foreign_key_check') as unknown[];
    check(dangling.length === 0, `foreign_key_check: ${JSON.stringify(dangling.slice(0, 5))}`);
    // Throws SQLITE_CORRUPT_VTAB when the index and the table disagree (a half-applied write).
    db.prepare("INSERT INTO business_search (business_search) VALUES ('integrity-check')").run();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The change log travels in data packages: its latest entry for each business must be that business. */
export function checkChangeLog(db: Db): void {
  const stale = db
    .prepare(
      `SELECT b.name FROM business b WHERE b.notes IS NOT (SELECT json_extract(c.row_json, '$.notes') FROM change_log c
         WHERE c.table_name = 'business' AND c.row_id = b.id ORDER BY c.seq DESC LIMIT 1)`,
    )
    .all();
  check(stale.length === 0, `change log out of step with ${JSON.stringify(stale.slice(0, 5))}`);
}

/**
 * The running app over a folder set up by setUpOffice, with the administrator's session. The session is
 * taken, not signed into: a password check costs a third of a child's life and is not what is tested here.
 */
export function signedIn(dataDir: string): TestApp {
  const app = TestApp.at(dataDir);
  const admin = firstAdmin(app.running.app.db);
  check(admin, 'the office has no administrator');
  app.session.user = { id: admin.id, name: admin.name, role: admin.role };
  return app;
}

/** Sets the office up in an empty folder, as the first-run wizard does. */
export async function setUpOffice(dataDir: string): Promise<void> {
  const app = TestApp.at(dataDir);
  try {
    await app.ok('setup.complete', TEST_OFFICE);
  } finally {
    app.close();
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestVersion, migrate, migrationVersion } from '../../db/migrate';
import { applyPragmas, DB_FILE_NAME } from '../../db/open';
import { tempDataDir, rawConnection } from '../../db/testing';
import { backupsDir } from './rotation';
import { openCheckedDatabase } from './startup';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folder(): string {
  const { dir, cleanup } = tempDataDir('dd-upgrade-');
  cleanups.push(cleanup);
  return dir;
}

const preUpgradeCopies = (dir: string) => (fs.existsSync(backupsDir(dir)) ? fs.readdirSync(backupsDir(dir)).filter((n) => n.startsWith('pre-upgrade-')) : []);

describe('an upgrade', () => {
  it('keeps a full copy of the old database before migrating it, and only then', () => {
    const dir = folder();
    const old = rawConnection(path.join(dir, DB_FILE_NAME));
    applyPragmas(old);
    const oldVersion = migrationVersion('unit_lists');
    migrate(old, { target: oldVersion });
    old.prepare("INSERT INTO admin_unit (list_version, code, name, level, kind, parent_code, sort_key) VALUES ('VN-2025', '20', 'Tỉnh Lạng Sơn', 'province', 'tỉnh', NULL, 'k')").run();
    old.close();

    const opened = openCheckedDatabase(dir);
    expect(opened.db?.pragma('user_version', { simple: true })).toBe(latestVersion());
    opened.db?.close();

    const copies = preUpgradeCopies(dir);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatch(new RegExp(`^pre-upgrade-v${oldVersion}-`));
    const copy = rawConnection(path.join(backupsDir(dir), copies[0] ?? ''), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(oldVersion);
    expect(copy.prepare('SELECT name FROM admin_unit').pluck().all()).toEqual(['Tỉnh Lạng Sơn']);
    copy.close();

    // Opening the upgraded database again, or a brand-new one, makes no copy.
    openCheckedDatabase(dir).db?.close();
    expect(preUpgradeCopies(dir)).toHaveLength(1);
    const fresh = folder();
    openCheckedDatabase(fresh).db?.close();
    expect(preUpgradeCopies(fresh)).toEqual([]);
  });
});

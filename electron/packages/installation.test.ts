import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from '../../db/migrate';
import { insertOffice } from '../../db/office';
import { applyPragmas } from '../../db/open';
import { appContextOn } from '../testing/factories';
import { keysInfo } from './installation';

describe('installation keys', () => {
  it('a database set up before packages existed gets its keys on first need, and keeps them', () => {
    const db = new Database(':memory:');
    applyPragmas(db);
    migrate(db, { target: migrationVersion('packages') - 1 });
    insertOffice(db, { installationId: '7d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a', officeName: 'Sở Lạng Sơn', level: 'province', unitCode: '20', unitListVersion: 'VN-2025' }, '2025-01-01T00:00:00.000Z');
    migrate(db);
    const app = appContextOn(db);
    const first = keysInfo(app);
    expect(first.signing.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(first.receiving).not.toBeNull();
    expect(keysInfo(app)).toEqual(first);
    expect(db.prepare('SELECT count(*) AS n FROM installation_key').get()).toEqual({ n: 2 });
    db.close();
  });
});

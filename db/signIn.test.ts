import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, migrationVersion } from './migrate';
import { insertOffice } from './office';
import { clearTries, countTry, idleLockMinutes, throttleOf } from './signIn';

describe('sign-in migration', () => {
  it('gives an office set up before it the default idle lock of 10 minutes', () => {
    const db = new Database(':memory:');
    migrate(db, { target: migrationVersion('sign_in') - 1 });
    insertOffice(db, { installationId: 'i', officeName: 'UBND xã', level: 'commune', unitCode: '05977', unitListVersion: 'VN-2025' }, '2026-01-01T00:00:00.000Z');
    migrate(db, { target: migrationVersion('sign_in') });
    expect(idleLockMinutes(db)).toBe(10);
    expect(() => db.prepare('UPDATE office SET idle_lock_minutes = 0').run()).toThrow(/CHECK/);
  });
});

describe('wrong-password counts', () => {
  it('count per name and block from the count the policy says', () => {
    const db = new Database(':memory:');
    migrate(db);
    const now = new Date('2026-01-01T00:00:00.000Z');
    const blockFor = (failures: number) => (failures >= 2 ? 30 : null);
    expect(countTry(db, 'an', now, blockFor)).toEqual({ failures: 1, blockedUntil: null });
    expect(countTry(db, 'an', now, blockFor)).toEqual({ failures: 2, blockedUntil: '2026-01-01T00:00:30.000Z' });
    expect(throttleOf(db, 'binh')).toBeUndefined();
    clearTries(db, 'an');
    expect(throttleOf(db, 'an')).toBeUndefined();
  });
});

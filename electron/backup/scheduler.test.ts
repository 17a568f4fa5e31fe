import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from './rotation';
import { startBackupScheduler, type BackupScheduler } from './scheduler';
import { testOffice, type TestOffice } from './testing';

const offices: TestOffice[] = [];
const schedulers: BackupScheduler[] = [];
afterEach(() => {
  for (const s of schedulers.splice(0)) s.stop();
  for (const office of offices.splice(0)) office.cleanup();
});

/** A scheduler on a test office, driven by a clock the test moves. */
function scheduled(start: string) {
  const office = testOffice(5);
  offices.push(office);
  const clock = { now: new Date(start) };
  const errors: unknown[] = [];
  const scheduler = startBackupScheduler({
    dataDir: office.dir,
    database: () => (office.db.open ? office.db : null),
    now: () => clock.now,
    checkEveryMs: 60 * 60 * 1000,
    onError: (e) => errors.push(e),
  });
  schedulers.push(scheduler);
  const times = () => listBackups(office.dir).map((b) => b.createdAt.toISOString()).reverse();
  return { office, clock, scheduler, errors, times };
}

describe('automatic backup scheduler', () => {
  it('backs up at start, then once a day while the app runs', async () => {
    const { clock, scheduler, errors, times } = scheduled('2026-03-02T01:00:00Z');
    await scheduler.tick(); // joins the start-up backup
    expect(times()).toEqual(['2026-03-02T01:00:00.000Z']);

    clock.now = new Date('2026-03-02T20:00:00Z');
    expect(await scheduler.tick()).toBeNull(); // not a day yet
    clock.now = new Date('2026-03-03T01:00:00Z');
    expect((await scheduler.tick())?.backup.createdAt).toBe('2026-03-03T01:00:00.000Z');
    clock.now = new Date('2026-03-03T02:00:00Z');
    expect(await scheduler.tick()).toBeNull();
    expect(times()).toEqual(['2026-03-02T01:00:00.000Z', '2026-03-03T01:00:00.000Z']);
    expect(errors).toEqual([]);
  });

  it('takes a backup when the app closes, even if one was taken today', async () => {
    const { clock, scheduler, times } = scheduled('2026-03-02T01:00:00Z');
    await scheduler.tick();
    clock.now = new Date('2026-03-02T09:30:00Z');
    expect(await scheduler.backupOnClose(10_000)).toBe('done');
    // The rotation keeps one copy per day: the newest, taken at closing.
    expect(times()).toEqual(['2026-03-02T09:30:00.000Z']);
  });

  it('gives up waiting at the cap so closing never hangs', async () => {
    const { scheduler } = scheduled('2026-03-02T01:00:00Z');
    expect(await scheduler.backupOnClose(0)).toBe('timeout');
    await scheduler.tick();
  });

  it('skips while no database is open (damaged at start, or mid-restore)', async () => {
    const { office, clock, scheduler, times } = scheduled('2026-03-02T01:00:00Z');
    await scheduler.tick();
    office.db.close();
    clock.now = new Date('2026-03-05T01:00:00Z');
    expect(await scheduler.tick()).toBeNull();
    expect(await scheduler.backupOnClose(10_000)).toBe('skipped');
    expect(times()).toHaveLength(1);
  });
});

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBusiness } from '../../db/business';
import { vi as viMessages } from '../../renderer/i18n/vi';
import { businessFields, TEST_COMMUNE, TEST_OFFICE, type TestApp } from '../testing/factories';
import { exportFrom, openLink, stats, writeBytes, type Link } from './linkTesting';
import { importInWorker } from './packageJob';
import { rawConnection } from '../../db/testing';

/*
 * Verifying and importing a data package run in a worker thread (packageWorker.ts) on its own
 * connection to the province database: the main thread keeps running, progress is reported, and the
 * outcome is the one the main process used to produce.
 */

const BUSINESSES = 4000;

/** Polls a job as the window does, keeping every progress value seen; returns the final state. */
async function waitFor(app: TestApp, jobId: string) {
  const seen: number[] = [];
  for (;;) {
    const state = await app.ok('jobs.get', { jobId });
    seen.push(state.progress);
    if (state.state !== 'running') return { state, seen };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('data packages in a worker thread', () => {
  let link: Link;
  let office: TestApp;
  let file = '';
  beforeAll(async () => {
    link = await openLink(1);
    office = link.offices[0] as TestApp;
    const db = office.running.app.db;
    const owner = { unitCode: TEST_COMMUNE, unitListVersion: 'VN-2025' };
    const stamp = { userId: null, now: new Date().toISOString() };
    db.transaction(() => {
      for (let i = 0; i < BUSINESSES; i++) insertBusiness(db, randomUUID(), owner, businessFields({ name: `Cơ sở số ${i}`, registrationNo: '' }), stamp);
    })();
    file = await exportFrom(office, link.dir, true);
  }, 60_000);
  afterAll(() => link.close());

  it('keeps the main thread running while a large package is applied, reporting progress up to 1', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const reports: { fraction: number; ticks: number }[] = [];
    try {
      const preview = await importInWorker(link.province.running.app, file, { dryRun: true, onProgress: (fraction) => reports.push({ fraction, ticks }) });
      expect(preview.tables.business?.added).toBe(BUSINESSES);
    } finally {
      clearInterval(timer);
    }
    const fractions = reports.map((r) => r.fraction);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    // While the records were being applied (after authenticating, before the end), timers here still fired:
    // with the import on this thread, every report of that phase would see the same tick count.
    const applying = reports.filter((r) => r.fraction > 0.5);
    expect(applying.length).toBeGreaterThan(1);
    expect(applying.at(-1)?.ticks).toBeGreaterThan(applying[0]?.ticks ?? Infinity);
  });

  it('an import job gives what packages.import gives, with progress 1, and the package is then known', async () => {
    const preview = await link.province.ok('packages.previewStart', { file });
    expect((await waitFor(link.province, preview.jobId)).state).toMatchObject({ state: 'done', progress: 1 });
    const dry = await link.province.ok('packages.imported', preview);
    expect(dry).toEqual({ ...(await link.province.ok('packages.import', { file, dryRun: true })), dryRun: true });
    const { jobId } = await link.province.ok('packages.importStart', { file });
    const { state, seen } = await waitFor(link.province, jobId);
    expect(state).toMatchObject({ state: 'done', progress: 1, error: null });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const imported = await link.province.ok('packages.imported', { jobId });
    expect(imported).toEqual({ ...dry, dryRun: false });
    expect(imported.tables.business?.added).toBe(BUSINESSES);
    const businesses = await link.province.ok('businesses.list', { search: 'Cơ sở số 3999' });
    expect(JSON.stringify(businesses)).toContain('Cơ sở số 3999');
    // The worker's record changes are in the activity log under the clerk who started the import.
    const logged = link.province.running.app.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE via = 'packages.importStart' AND user_name = ? AND action = 'record.create'")
      .get(TEST_OFFICE.adminName) as { n: number };
    expect(logged.n).toBeGreaterThanOrEqual(BUSINESSES);

    const verify = await link.province.ok('packages.verifyStart', { file });
    expect((await waitFor(link.province, verify.jobId)).state).toMatchObject({ state: 'done', progress: 1 });
    expect(await link.province.ok('packages.verified', verify)).toMatchObject({ packageId: imported.packageId, alreadyImported: true });
  });

  it('a tampered package fails its job with TAMPERED and its message key, and changes nothing', async () => {
    const valid = fs.readFileSync(await exportFrom(office, link.dir, true));
    valid[valid.length - 5] = (valid[valid.length - 5] ?? 0) ^ 0x01;
    const tampered = writeBytes(link.dir, valid);
    const before = await stats(link.province);
    for (const start of [
      () => link.province.ok('packages.verifyStart', { file: tampered }),
      () => link.province.ok('packages.previewStart', { file: tampered }),
      () => link.province.ok('packages.importStart', { file: tampered }),
    ]) {
      const { jobId } = await start();
      const { state } = await waitFor(link.province, jobId);
      expect(state).toMatchObject({ state: 'failed', error: { code: 'TAMPERED', messageKey: 'packages.error.TAMPERED' } });
      expect(await link.province.call('packages.imported', { jobId })).toMatchObject({ ok: false, error: { code: 'JOB_NOT_FOUND' } });
    }
    expect(await link.province.call('packages.import', { file: tampered, dryRun: false })).toMatchObject({ ok: false, error: { code: 'TAMPERED', messageKey: 'packages.error.TAMPERED' } });
    expect(await stats(link.province)).toEqual(before);
  });

  it('a save that waits too long behind another connection’s write gets a plain message, and saves nothing', async () => {
    const app = link.province.running.app;
    const holder = rawConnection(app.db.name);
    const timeout = app.db.pragma('busy_timeout', { simple: true });
    const before = await stats(link.province);
    try {
      holder.prepare('BEGIN IMMEDIATE').run();
      app.db.pragma('busy_timeout = 20');
      const result = await link.province.call('businesses.create', businessFields({ name: 'Nhà nghỉ Bận', registrationNo: '' }));
      expect(result).toEqual({ ok: false, error: { code: 'DB_BUSY', messageKey: 'errors.db.busy' } });
      expect(Object.hasOwn(viMessages, 'errors.db.busy')).toBe(true);
    } finally {
      app.db.pragma(`busy_timeout = ${String(timeout)}`);
      if (holder.inTransaction) holder.prepare('ROLLBACK').run();
      holder.close();
    }
    expect(await stats(link.province)).toEqual(before);
  });
});

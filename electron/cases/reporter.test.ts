import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFrom, openLink, type Link } from '../packages/linkTesting';
import { TestApp } from '../testing/factories';
import { rawConnection } from '../../db/testing';
import type { Session } from '../api/context';

// Attacks of issue 13, item 1: every one of these read the denouncer on main before this change.

const REPORTER = { reporterName: 'Trần Thị Tố Giác', reporterContact: '0912 345 678' };
const CASE = { kind: 'denunciation', receivedOn: '2026-03-01', channel: 'phone', content: 'Tố giác cơ sở karaoke Hoa Mai', ...REPORTER } as const;

let app: TestApp | undefined;
let link: Link | undefined;
afterEach(() => {
  app?.close();
  link?.close();
  app = undefined;
  link = undefined;
});

/** A seat of another user on the same app, signed in with their password. */
async function seatOf(test: TestApp, name: string, password: string) {
  const session: Session = { user: null };
  const call = (procedure: Parameters<TestApp['call']>[0], input: unknown) =>
    test.running.router(procedure, input, { app: test.running.app, session, sender: { kind: 'cli' } });
  expect(await call('session.signIn', { name, password })).toMatchObject({ ok: true });
  return call;
}

async function officeWithCase() {
  const test = await TestApp.withOffice();
  const saved = await test.ok('cases.create', CASE);
  await test.ok('users.add', { name: 'Thanh tra Bình', role: 'inspector', password: 'binh-mat-khau' });
  const clerk = await test.ok('users.add', { name: 'Văn thư An', role: 'clerk', password: 'an-mat-khau-1' });
  return { test, caseId: saved.case.id, clerkId: clerk.id };
}

function containsName(value: unknown): boolean {
  const text = JSON.stringify(value);
  return text.includes(REPORTER.reporterName) || text.includes(REPORTER.reporterContact);
}

describe("the denouncer's identity", () => {
  it('is refused to an inspector and to a clerk without the case log, by the router', async () => {
    const office = await officeWithCase();
    app = office.test;
    const inspector = await seatOf(app, 'thanh tra binh', 'binh-mat-khau');
    const clerk = await seatOf(app, 'van thu an', 'an-mat-khau-1');
    for (const seat of [inspector, clerk]) {
      expect(await seat('cases.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', params: { area: 'case_log' } } });
      expect(await seat('cases.get', { id: office.caseId })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
      expect(await seat('cases.revealReporter', { id: office.caseId, reason: 'tò mò thôi' })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    }
    // Defaults per role: the inspector has inspections only, the clerk no case log.
    expect(await inspector('businesses.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', params: { area: 'registers' } } });
    expect(await inspector('inspections.plans', {})).toMatchObject({ ok: true });
    expect(await clerk('businesses.list', {})).toMatchObject({ ok: true });
    expect(await clerk('users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED', params: { area: 'administration' } } });
  });

  it('is blank in every list and get, even with the case log; the reveal needs a reason and is in the activity log without the name', async () => {
    const office = await officeWithCase();
    app = office.test;
    // The administrator gives the clerk the case log; the change takes effect on the clerk's next call.
    const clerk = await seatOf(app, 'van thu an', 'an-mat-khau-1');
    expect(await clerk('cases.list', {})).toMatchObject({ ok: false });
    expect(await app.ok('users.setAreas', { id: office.clerkId, areas: ['registers', 'case_log'] })).toMatchObject({ areas: ['case_log', 'registers'] });
    const listed = await clerk('cases.list', {});
    expect(listed).toMatchObject({ ok: true, value: { rows: [{ id: office.caseId, reporterName: '', reporterContact: '', reporterHidden: true }] } });
    const got = await clerk('cases.get', { id: office.caseId });
    expect(got).toMatchObject({ ok: true, value: { reporterName: '', reporterHidden: true } });
    expect(containsName([listed, got, await app.ok('cases.list', {}), await app.ok('cases.get', { id: office.caseId })])).toBe(false);

    expect(await clerk('cases.revealReporter', { id: office.caseId, reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await clerk('cases.revealReporter', { id: office.caseId, reason: 'Liên hệ xác minh theo chỉ đạo' })).toEqual({
      ok: true,
      value: { ...REPORTER, anonymous: false },
    });
    const log = await app.ok('audit.list', { action: 'cases.revealReporter' });
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]).toMatchObject({ userName: 'Văn thư An' });
    expect(JSON.stringify(log.rows[0])).toContain('Liên hệ xác minh theo chỉ đạo');
    // Nowhere in the whole activity log, as any user reads it.
    expect(containsName(await app.ok('audit.list', { limit: 500 }))).toBe(false);
  });

  it('keeps the stored reporter when an edit sends the blank fields back', async () => {
    const office = await officeWithCase();
    app = office.test;
    await app.ok('cases.update', { id: office.caseId, fields: { ...CASE, reporterName: '', reporterContact: '', outcome: 'Đã xác minh' } });
    expect(await app.ok('cases.revealReporter', { id: office.caseId, reason: 'Kiểm tra lại sau khi sửa' })).toMatchObject(REPORTER);
  });

  it('never leaves the office in a package: the province gets the case, its kind, dates and outcome', async () => {
    link = await openLink(1);
    const [office] = link.offices;
    if (!office) throw new Error('no office');
    const saved = await office.ok('cases.create', { ...CASE, resolvedOn: '2026-03-10', outcome: 'Đã xử phạt' });
    const file = await exportFrom(office, link.dir, true);
    await link.province.ok('packages.import', { file });
    const row = link.province.running.app.db.prepare('SELECT * FROM case_record WHERE id = ?').get(saved.case.id) as Record<string, unknown>;
    expect(row).toMatchObject({ kind: 'denunciation', received_on: '2026-03-01', resolved_on: '2026-03-10', outcome: 'Đã xử phạt', reporter_name: '', reporter_contact: '' });
    expect(containsName(link.province.running.app.db.prepare('SELECT * FROM change_log').all())).toBe(false);
    // The province's own file holds no trace of it.
    link.province.running.app.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(path.join(link.province.dataDir, 'district-desk.sqlite')).includes(Buffer.from(REPORTER.reporterName))).toBe(false);
  });

  it('anonymising a case removes the identity from every copy in the database file', async () => {
    const office = await officeWithCase();
    app = office.test;
    await app.ok('cases.update', { id: office.caseId, fields: { ...CASE, outcome: 'Đang xác minh' } });
    const db = app.running.app.db;
    const file = path.join(app.dataDir, 'district-desk.sqlite');
    const nameBytes = Buffer.from(REPORTER.reporterName);
    db.pragma('wal_checkpoint(TRUNCATE)');
    // The file is encrypted at rest, so its bytes are searched decrypted: a copy keyed off ('rekey' to
    // nothing rewrites every page, free ones included), which is what a stolen key would show.
    expect(decryptedBytes(file).includes(nameBytes)).toBe(true);

    await app.ok('cases.update', { id: office.caseId, fields: { ...CASE, anonymous: true } });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = decryptedBytes(file);
    expect(bytes.includes(nameBytes)).toBe(false);
    expect(bytes.includes(Buffer.from(REPORTER.reporterContact))).toBe(false);
    expect(fs.readFileSync(file).includes(nameBytes)).toBe(false);
    expect(await app.ok('cases.revealReporter', { id: office.caseId, reason: 'Kiểm tra đã xóa chưa' })).toEqual({ reporterName: '', reporterContact: '', anonymous: true });
  });
});

/** The database file's pages in plain: a copy decrypted with the test key. */
function decryptedBytes(file: string): Buffer {
  const copy = `${file}.plain-copy`;
  fs.copyFileSync(file, copy);
  const plain = rawConnection(copy);
  try {
    plain.pragma('journal_mode = DELETE');
    plain.pragma("rekey = ''");
  } finally {
    plain.close();
  }
  const bytes = fs.readFileSync(copy);
  fs.rmSync(copy, { force: true });
  return bytes;
}

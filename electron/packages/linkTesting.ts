// Test factories for the province link: a province and offices as real apps (real SQLite), registered and configured.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getInstallationKey } from '../../db/packageTrust';
import { sealPackage } from './format';
import type { OfficePayload } from './officePayload';
import { businessFields, tempDataDir, TestApp, TEST_COMMUNE, TEST_OFFICE } from '../testing/factories';

export const COMMUNE_OFFICE = { ...TEST_OFFICE, officeName: 'UBND phường Đông Kinh', level: 'commune', unitCode: TEST_COMMUNE } as const;

export interface Link {
  province: TestApp;
  offices: TestApp[];
  /** A folder for package files, removed by close(). */
  dir: string;
  close(): void;
}

export async function openOffice(unitCode: string = TEST_COMMUNE): Promise<TestApp> {
  const office = TestApp.open();
  await office.ok('setup.complete', { ...COMMUNE_OFFICE, unitCode });
  return office;
}

/** Registers an office at the province, typing the fingerprint its registration printed. */
export async function register(province: TestApp, office: TestApp, dir: string): Promise<void> {
  const reg = await office.ok('packages.registrationExport', { out: path.join(dir, `${office.running.app.office()?.installationId}.json`) });
  await province.ok('packages.officesRegister', { file: reg.file, fingerprint: reg.fingerprint });
}

/** A province and `count` commune offices, each registered and holding the province's configuration. */
export async function openLink(count: number, units: readonly string[] = []): Promise<Link> {
  const { dir, cleanup } = tempDataDir('dd-link-');
  const province = await TestApp.withOffice();
  const offices: TestApp[] = [];
  const config = await province.ok('packages.configExport', { out: path.join(dir, 'config.ddpkg') });
  for (let i = 0; i < count; i++) {
    const office = await openOffice(units[i]);
    await register(province, office, dir);
    await office.ok('packages.configImport', { file: config.file, fingerprint: config.fingerprint });
    offices.push(office);
  }
  return {
    province,
    offices,
    dir,
    close() {
      for (const app of [province, ...offices]) app.close();
      cleanup();
    },
  };
}

let counter = 0;
export function fileIn(dir: string, name = 'package'): string {
  counter += 1;
  return path.join(dir, `${name}-${counter}.ddpkg`);
}

export async function exportFrom(office: TestApp, dir: string, full = false): Promise<string> {
  return (await office.ok('packages.export', { out: fileIn(dir), full })).file;
}

export async function addBusiness(office: TestApp, name: string, overrides: Parameters<typeof businessFields>[0] = {}) {
  return office.ok('businesses.create', businessFields({ name, registrationNo: '', ...overrides }));
}

export function signingKeyOf(app: TestApp) {
  const key = getInstallationKey(app.running.app.db, 'signing');
  if (!key) throw new Error('no signing key');
  return key;
}

/** Row counts and change-log position, without the audit trail: it records every import call, replays included. */
export async function stats(app: TestApp) {
  const { tables, ...rest } = await app.ok('packages.stats', {});
  const records = Object.fromEntries(Object.entries(tables).filter(([table]) => table !== 'audit_log'));
  return { ...rest, tables: records };
}

export function writeBytes(dir: string, bytes: Uint8Array, name = 'crafted'): string {
  const file = fileIn(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** A package sealed with the office's own key, carrying whatever payload a test needs. */
export function sealAs(office: TestApp, province: TestApp, payload: Uint8Array, options: { sequence: number; recipient?: Uint8Array; previousPackageHash?: string | null }): Uint8Array {
  const o = office.running.app.office();
  const receiving = getInstallationKey(province.running.app.db, 'receiving');
  return sealPackage({
    kind: 'office-delta',
    packageId: randomUUID(),
    senderInstallationId: o?.installationId ?? '',
    senderUnitCode: o?.unitCode ?? '',
    senderUnitListVersion: o?.unitListVersion ?? '',
    sequence: options.sequence,
    previousPackageHash: options.previousPackageHash ?? null,
    createdAt: new Date().toISOString(),
    payload,
    senderSigningPrivateKey: signingKeyOf(office).privateKey,
    recipientPublicKey: options.recipient ?? receiving?.publicKey ?? null,
  });
}

/** The envelope of an office's payload with no records yet. */
export function emptyPayload(office: TestApp): OfficePayload {
  const o = office.running.app.office();
  return { format: 1, installationId: o?.installationId ?? '', unitCode: o?.unitCode ?? '', snapshot: false, fromChangeSeq: 0, upToChangeSeq: 1000, auditHash: null, tables: {} };
}

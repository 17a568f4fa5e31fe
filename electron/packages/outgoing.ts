import { confirmSentPackages, insertSentPackage, lastSentPackage, listSentPackages, sentPackageFile } from '../../db/packageLog';
import { latestAuditHash } from '../../db/audit';
import { lastChangeSeq, readDelta, readSnapshot } from '../../db/packageRecords';
import { pinnedProvinceKey } from '../../db/packageTrust';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import { packageHash, readPackageHeader, sealPackage } from './format';
import { PackageError } from './errors';
import { readBounded, writeAndCheck } from './files';
import { keysOf, requireOffice } from './installation';
import { encodeOfficePayload } from './officePayload';
import { openReceipt } from './receipt';

/*
 * Office side: packages to the province and the receipts that come back. Each exported package is
 * kept whole, so sending it again gives the identical file.
 */

function requireSendingOffice(app: AppContext) {
  const office = requireOffice(app);
  if (office.level === 'province') throw new ApiError('NOT_AN_OFFICE', 'packages.notAnOffice');
  const province = pinnedProvinceKey(app.db);
  if (!province) throw new ApiError('NO_PROVINCE_KEY', 'packages.noProvinceKey');
  return { office, province };
}

/** Seals the changes since the last package (or everything) and records it, in one transaction. */
export function sealNextPackage(app: AppContext, options: { full: boolean }) {
  const { office, province } = requireSendingOffice(app);
  const keys = keysOf(app);
  return app.db.transaction(() => {
    const last = lastSentPackage(app.db);
    const fromChangeSeq = options.full ? 0 : (last?.upToChangeSeq ?? 0);
    const upToChangeSeq = lastChangeSeq(app.db);
    const tables = options.full ? readSnapshot(app.db) : readDelta(app.db, fromChangeSeq, upToChangeSeq);
    const kind = options.full ? ('office-snapshot' as const) : ('office-delta' as const);
    const sequence = (last?.sequence ?? 0) + 1;
    const packageId = app.newId();
    const createdAt = app.now();
    const file = sealPackage({
      kind,
      packageId,
      senderInstallationId: office.installationId,
      senderUnitCode: office.unitCode,
      senderUnitListVersion: office.unitListVersion,
      sequence,
      previousPackageHash: last?.packageHash ?? null,
      createdAt,
      payload: encodeOfficePayload({
        format: 1,
        installationId: office.installationId,
        unitCode: office.unitCode,
        snapshot: options.full,
        fromChangeSeq,
        upToChangeSeq,
        auditHash: latestAuditHash(app.db),
        tables,
      }),
      senderSigningPrivateKey: keys.signing.privateKey,
      recipientPublicKey: province.receivingPublicKey,
    });
    const sent = { sequence, packageId, kind, packageHash: packageHash(file), size: file.length, upToChangeSeq, createdAt };
    insertSentPackage(app.db, { ...sent, file });
    const records = Object.values(tables).reduce((n, t) => n + t.rows.length, 0);
    return { ...sent, file, records };
  }).immediate();
}

/** Export: sealed, recorded, then written and read back; only a matching read-back reports success. */
export async function exportPackage(app: AppContext, out: string, options: { full: boolean }) {
  const { file, ...sent } = sealNextPackage(app, options);
  const written = await writeAndCheck(out, file);
  return { ...sent, file: written.file };
}

/** The stored bytes of an earlier package, written again: the identical file. */
export async function resendPackage(app: AppContext, sequence: number, out: string) {
  requireOffice(app);
  const stored = sentPackageFile(app.db, sequence);
  if (!stored) throw new ApiError('NOT_FOUND', 'packages.noSuchPackage', { sequence });
  const written = await writeAndCheck(out, stored.file);
  return { sequence, ...written };
}

export function officeStatus(app: AppContext) {
  const packages = listSentPackages(app.db);
  return { packages, unconfirmed: packages.filter((p) => p.confirmedAt === null).map((p) => p.sequence) };
}

const MAX_RECEIPT_FILE_BYTES = 32 * 1024 * 1024;

/** A signed receipt from the pinned province marks the packages it lists as confirmed. */
export async function importReceipt(app: AppContext, path: string) {
  const { office, province } = requireSendingOffice(app);
  const bytes = await readBounded(path, MAX_RECEIPT_FILE_BYTES);
  const { header } = readPackageHeader(bytes);
  if (header.kind !== 'receipt') throw new PackageError('INVALID_CONTENT', `kind ${header.kind}`);
  if (header.senderInstallationId !== province.installationId) throw new PackageError('UNKNOWN_SENDER', 'not the pinned province');
  const { receipt } = openReceipt(bytes, { senderPublicKey: province.signingPublicKey, officeInstallationId: office.installationId, maxBytes: MAX_RECEIPT_FILE_BYTES });
  const confirmed = app.db.transaction(() => confirmSentPackages(app.db, receipt.packages)).immediate();
  return { confirmed, ...officeStatus(app) };
}

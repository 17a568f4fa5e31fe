import {
  findReceivedPackage,
  insertIssuedPackage,
  insertReceivedPackage,
  listReceivedPackages,
  nextIssuedSequence,
  receivedBySequence,
  sequenceGaps,
  chainBreaks,
  type ReceivedPackage,
} from '../../db/packageLog';

type ChainLink = Pick<ReceivedPackage, 'sequence' | 'packageHash' | 'previousPackageHash'>;
import { applyRecords, RecordRejected, type ApplySummary } from '../../db/packageRecords';
import { getRegisteredOffice, listRegisteredOffices, type RegisteredOffice } from '../../db/packageTrust';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import { DEFAULT_MAX_PACKAGE_BYTES, openPackage, packageHash, readPackageHeader, readPackageHeaderFile, verifyPackage, verifyPackageFile, type PackageHeader } from './format';
import { PackageError } from './errors';
import { readBounded, writeAndCheck } from './files';
import { keysOf, requireProvince } from './installation';
import { keyId } from './keys';
import { decodeOfficePayload } from './officePayload';
import { sealReceipt } from './receipt';
import { receivingKeyFor } from './rotation';

/*
 * Province side, in the order of ARCHITECTURE.md: size cap, bounded header, that sender's registered
 * key, not revoked, this province as recipient, every chunk authenticated, every record validated,
 * then one IMMEDIATE transaction that applies the records and records the package.
 */

export const MAX_PACKAGE_BYTES = DEFAULT_MAX_PACKAGE_BYTES;
const OFFICE_KINDS = ['office-delta', 'office-snapshot'] as const;

/** The key the package was encrypted to: this province's current one, or one it retired by `keys rotate`. */
function receivingKey(app: AppContext, header: PackageHeader) {
  requireProvince(app);
  return receivingKeyFor(app, header.recipientKeyId);
}

/** The registered sender the header names; unknown before the signature can even be checked. */
function senderOf(app: AppContext, header: PackageHeader): RegisteredOffice {
  const sender = getRegisteredOffice(app.db, header.senderInstallationId);
  if (!sender) throw new PackageError('UNKNOWN_SENDER', header.senderInstallationId);
  if (!(OFFICE_KINDS as readonly string[]).includes(header.kind)) throw new PackageError('INVALID_CONTENT', `kind ${header.kind}`);
  return sender;
}

function checkActive(sender: RegisteredOffice, header: PackageHeader): void {
  if (sender.status === 'revoked') throw new PackageError('REVOKED_SENDER', sender.installationId);
  if (header.senderUnitCode !== sender.unitCode) throw new PackageError('INVALID_CONTENT', 'header unit differs from the registration');
}

function describeHeader(header: PackageHeader, sender: RegisteredOffice) {
  return {
    packageId: header.packageId,
    kind: header.kind,
    sequence: header.sequence,
    createdAt: header.createdAt,
    senderInstallationId: sender.installationId,
    officeName: sender.officeName,
    unitCode: sender.unitCode,
  };
}

/** Called with the fraction done: the bytes authenticated, then (import) the records applied. */
export type OnPackageProgress = (fraction: number) => void;

/** The share of an import's progress bar that authenticating the bytes takes; applying the records takes the rest. */
const AUTHENTICATED_SHARE = 0.4;

/** Everything but applying: the file streamed in bounded pieces (memory does not grow with it). */
export async function verifyIncoming(app: AppContext, path: string, onProgress?: OnPackageProgress) {
  requireProvince(app);
  const first = await readPackageHeaderFile(path, { maxBytes: MAX_PACKAGE_BYTES });
  const { header } = first;
  const receiving = receivingKey(app, header);
  const sender = senderOf(app, header);
  await verifyPackageFile(path, sender.publicKey, { maxBytes: MAX_PACKAGE_BYTES });
  checkActive(sender, header);
  const checked = await verifyPackageFile(path, sender.publicKey, {
    maxBytes: MAX_PACKAGE_BYTES,
    recipientPrivateKey: receiving.privateKey,
    expectedRecipientKeyId: keyId(receiving.publicKey),
    ...(onProgress ? { onProgress } : {}),
  });
  // What is described is what was verified: a file that changed between reads is refused.
  if (!Buffer.from(checked.headerBytes).equals(Buffer.from(first.headerBytes))) throw new PackageError('INVALID_CONTENT', 'file changed while read');
  return { ...describeHeader(header, sender), alreadyImported: findReceivedPackage(app.db, header.packageId) !== undefined };
}

class DryRunRollback extends Error {}

export interface ImportResult {
  packageId: string;
  kind: string;
  sequence: number;
  createdAt: string;
  senderInstallationId: string;
  officeName: string;
  unitCode: string;
  alreadyImported: boolean;
  dryRun: boolean;
  tables: ApplySummary;
  /** This package and a held neighbour disagree on the previous-package hash (see provinceStatus). */
  chainBroken: boolean;
}

/** How far a package's sequence may run ahead of the highest held from its office (a forged 2^53 is refused). */
export const MAX_SEQUENCE_JUMP = 1000;

function refuseSequenceJump(app: AppContext, installationId: string, sequence: number): void {
  const highest = Math.max(0, ...listReceivedPackages(app.db, installationId).map((p) => p.sequence));
  if (sequence > highest + MAX_SEQUENCE_JUMP) throw new PackageError('SEQUENCE_JUMP', `sequence ${sequence} after ${highest}`);
}

export async function importIncoming(app: AppContext, path: string, options: { dryRun: boolean; onProgress?: OnPackageProgress }): Promise<ImportResult> {
  const report = options.onProgress;
  requireProvince(app);
  // One read: the header, the signature and the bytes applied all come from it (a stick that answers a
  // second read differently cannot make what is recorded differ from what was verified).
  const bytes = await readBounded(path, MAX_PACKAGE_BYTES);
  const { header } = readPackageHeader(bytes);
  const receiving = receivingKey(app, header);
  const sender = senderOf(app, header);
  verifyPackage(bytes, sender.publicKey, { maxBytes: MAX_PACKAGE_BYTES });
  checkActive(sender, header);
  const described = { ...describeHeader(header, sender), dryRun: options.dryRun };
  const hash = packageHash(bytes);
  const chainLink = { sequence: header.sequence, packageHash: hash, previousPackageHash: header.previousPackageHash };

  const previous = findReceivedPackage(app.db, header.packageId);
  if (previous) {
    if (previous.packageHash !== hash || previous.senderInstallationId !== sender.installationId) throw new PackageError('INVALID_CONTENT', 'another file under an imported package id');
    return { ...described, alreadyImported: true, tables: {}, chainBroken: breaksAround(app, sender.installationId, chainLink) };
  }
  if (receivedBySequence(app.db, sender.installationId, header.sequence)) throw new PackageError('INVALID_CONTENT', 'sequence already used by another package');
  refuseSequenceJump(app, sender.installationId, header.sequence);

  const opened = openPackage(bytes, {
    senderPublicKey: sender.publicKey,
    recipientPrivateKey: receiving.privateKey,
    expectedRecipientKeyId: keyId(receiving.publicKey),
    kinds: OFFICE_KINDS,
    maxBytes: MAX_PACKAGE_BYTES,
    ...(report ? { onProgress: (fraction: number) => report(fraction * AUTHENTICATED_SHARE) } : {}),
  });
  const payload = decodeOfficePayload(opened.payload);
  if (payload.installationId !== sender.installationId || payload.unitCode !== sender.unitCode) throw new PackageError('INVALID_CONTENT', 'payload from another office');
  if (payload.snapshot !== (header.kind === 'office-snapshot') || payload.fromChangeSeq > payload.upToChangeSeq) throw new PackageError('INVALID_CONTENT', 'payload range');

  let tables: ApplySummary = {};
  try {
    app.db.transaction(() => {
      tables = applyRecords(app.db, payload.tables, {
        installationId: sender.installationId,
        unitCode: sender.unitCode,
        snapshotUpToSeq: payload.snapshot ? payload.upToChangeSeq : null,
      }, report ? (fraction) => report(AUTHENTICATED_SHARE + fraction * (1 - AUTHENTICATED_SHARE)) : undefined);
      if (options.dryRun) throw new DryRunRollback();
      insertReceivedPackage(app.db, {
        packageId: header.packageId,
        senderInstallationId: sender.installationId,
        sequence: header.sequence,
        kind: header.kind,
        packageHash: hash,
        size: bytes.length,
        createdAt: header.createdAt,
        importedAt: app.now(),
        auditHash: payload.auditHash,
        previousPackageHash: header.previousPackageHash,
      });
    }).immediate();
  } catch (error) {
    if (error instanceof DryRunRollback) return { ...described, alreadyImported: false, tables, chainBroken: breaksAround(app, sender.installationId, chainLink) };
    if (error instanceof RecordRejected) throw new PackageError('INVALID_CONTENT', error.message);
    // Deferred foreign keys are checked at COMMIT.
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new PackageError('INVALID_CONTENT', 'foreign key');
    throw error;
  }
  return { ...described, alreadyImported: false, tables, chainBroken: breaksAround(app, sender.installationId, chainLink) };
}

/*
 * A package whose previous-package hash does not match the package held before it is imported, not
 * rejected, and the break is shown per office (provinceStatus `chainBreaks`, import `chainBroken`).
 * Why: the package is authentic (signed by the registered, unrevoked key), and every later package
 * of that office chains to it, so a rejection would stop the office's data for good, with nothing
 * the office could send to get past it. A break means the office's history forked (restored from an
 * old backup, or a copied installation): the province asks it for a full snapshot (`package export
 * --full`), which settles every record, and the break stays listed as a fact about those packages.
 */
function breaksAround(app: AppContext, installationId: string, link: ChainLink): boolean {
  const near = listReceivedPackages(app.db, installationId).filter((p) => Math.abs(p.sequence - link.sequence) === 1);
  return chainBreaks([...near, link]).some((s) => s === link.sequence || s === link.sequence + 1);
}

export function provinceStatus(app: AppContext) {
  requireProvince(app);
  const received = listReceivedPackages(app.db);
  return listRegisteredOffices(app.db).map((office) => {
    const mine = received.filter((p) => p.senderInstallationId === office.installationId);
    const sequences = mine.map((p) => p.sequence);
    return {
      installationId: office.installationId,
      officeName: office.officeName,
      unitCode: office.unitCode,
      status: office.status,
      received: sequences,
      highest: Math.max(0, ...sequences),
      gaps: sequenceGaps(sequences),
      chainBreaks: chainBreaks(mine),
      lastImportedAt: mine.reduce<string | null>((at, p) => (at === null || p.importedAt > at ? p.importedAt : at), null),
      auditHash: mine.at(-1)?.auditHash ?? null,
    };
  });
}

/** A signed receipt listing every package received from that office. */
export async function exportReceipt(app: AppContext, officeInstallationId: string, out: string) {
  const province = requireProvince(app);
  if (!getRegisteredOffice(app.db, officeInstallationId)) throw new ApiError('NOT_FOUND', 'packages.noSuchOffice', { office: officeInstallationId });
  const keys = keysOf(app);
  const packages = listReceivedPackages(app.db, officeInstallationId).map((p) => ({
    packageId: p.packageId,
    sequence: p.sequence,
    packageHash: p.packageHash,
    importedAt: p.importedAt,
  }));
  const packageId = app.newId();
  const createdAt = app.now();
  const sealed = app.db.transaction(() => {
    const { sequence, previousHash } = nextIssuedSequence(app.db, 'receipt');
    const bytes = sealReceipt({
      packageId,
      senderInstallationId: province.installationId,
      senderUnitCode: province.unitCode,
      senderUnitListVersion: province.unitListVersion,
      sequence,
      previousPackageHash: previousHash,
      createdAt,
      senderSigningPrivateKey: keys.signing.privateKey,
      receipt: { officeInstallationId, packages },
    });
    insertIssuedPackage(app.db, { packageId, kind: 'receipt', sequence, packageHash: packageHash(bytes), createdAt });
    return bytes;
  }).immediate();
  const written = await writeAndCheck(out, sealed);
  return { ...written, packages: packages.length };
}

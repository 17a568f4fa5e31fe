import fs from 'node:fs';
import path from 'node:path';
import { exportConfig } from '../../packages/config';
import { PackageError } from '../../packages/errors';
import { writeAndCheck } from '../../packages/files';
import { exportReceipt } from '../../packages/incoming';
import { requireOffice } from '../../packages/installation';
import { resendPackage, sealNextPackage } from '../../packages/outgoing';
import { exportRegistration } from '../../packages/registration';
import { getRegisteredOffice } from '../../../db/packageTrust';
import { writableFolder } from '../../files/paths';
import type { AppContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import type { ProcedureName } from '../contract';
import { type packageScreenProcedures } from '../procedures/packageScreens';
import { STAGE_MAX_BYTES } from '../schemas/packageScreens';
import { withPackageErrors } from './packages';

type ScreenProcedure = keyof typeof packageScreenProcedures & ProcedureName;

/** Dropped files wait here until imported; older than a day they are removed. */
const STAGING_FOLDER = 'incoming-packages';
const STAGING_KEEP_MS = 24 * 60 * 60 * 1000;

/** The first block of an installation id: enough to tell two PCs of one unit apart in a file name. */
function shortId(installationId: string): string {
  return installationId.slice(0, 8);
}

/** 2025-03-04T05:06:07.089Z -> 20250304-050607 */
function stamp(iso: string): string {
  return iso.slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

export function packageFileName(unitCode: string, installationId: string, sequence: number): string {
  return `goi-du-lieu-${unitCode}-${shortId(installationId)}-${String(sequence).padStart(5, '0')}.ddpkg`;
}

/** A staged copy's name: letters, digits, dot, dash, underscore only; never a path. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const cleaned = base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '').slice(0, 120);
  return cleaned || 'goi.ddpkg';
}

function pruneStaging(root: string, now: number): void {
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root)) {
    const folder = path.join(root, entry);
    try {
      if (now - fs.statSync(folder).mtimeMs > STAGING_KEEP_MS) fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // Removed meanwhile, or locked: tried again next time.
    }
  }
}

/** Writes a dropped file's bytes under the data folder and returns its path, for verify and import. */
export async function stageFile(app: AppContext, fileName: string, base64: string): Promise<{ file: string; size: number }> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > STAGE_MAX_BYTES) throw new PackageError('TOO_LARGE', `${bytes.length} bytes dropped`);
  const root = path.join(app.dataDir, STAGING_FOLDER);
  pruneStaging(root, Date.parse(app.now()) || Date.now());
  const folder = path.join(root, app.newId());
  fs.mkdirSync(folder, { recursive: true });
  const written = await writeAndCheck(path.join(folder, safeFileName(fileName)), bytes);
  return { file: written.file, size: written.size };
}

const raw: { [N in ScreenProcedure]: Handler<N> } = {
  'packageScreens.registrationExport': ({ app }, input) => {
    const office = requireOffice(app);
    const folder = writableFolder(input.folder);
    return exportRegistration(app, path.join(folder, `dang-ky-${office.unitCode}-${shortId(office.installationId)}.json`));
  },
  'packageScreens.export': async ({ app }, input) => {
    const office = requireOffice(app);
    const folder = writableFolder(input.folder);
    // Sealed and recorded first (the name carries its sequence), then written and read back.
    const { file, ...sent } = sealNextPackage(app, { full: input.full });
    const written = await writeAndCheck(path.join(folder, packageFileName(office.unitCode, office.installationId, sent.sequence)), file);
    return { ...sent, file: written.file };
  },
  'packageScreens.resend': ({ app }, input) => {
    const office = requireOffice(app);
    const folder = writableFolder(input.folder);
    return resendPackage(app, input.sequence, path.join(folder, packageFileName(office.unitCode, office.installationId, input.sequence)));
  },
  'packageScreens.configExport': ({ app }, input) => {
    const office = requireOffice(app);
    const folder = writableFolder(input.folder);
    return exportConfig(app, path.join(folder, `cau-hinh-tinh-${office.unitCode}-${stamp(app.now())}.ddpkg`));
  },
  'packageScreens.receiptExport': ({ app }, input) => {
    const folder = writableFolder(input.folder);
    const office = getRegisteredOffice(app.db, input.office);
    if (!office) throw new ApiError('NOT_FOUND', 'packages.noSuchOffice', { office: input.office });
    return exportReceipt(app, input.office, path.join(folder, `bien-nhan-${office.unitCode}-${shortId(office.installationId)}-${stamp(app.now())}.ddpkg`));
  },
  // The staged copy goes back as a handle, as a dialog's answer would: the window never holds a path.
  'packageScreens.stage': async ({ app }, input) => {
    const staged = await stageFile(app, input.fileName, input.bytes);
    return { file: app.paths.grant(staged.file, 'file'), size: staged.size };
  },
};

export const packageScreenHandlers = Object.fromEntries(
  Object.entries(raw).map(([name, handler]) => [name, withPackageErrors(handler as Handler<ScreenProcedure>)]),
) as typeof raw;

// Unattended setup for IT staff: a JSON settings file (beside the installed app, or named with
// --settings FILE) sets the office up without the wizard. The first administrator's password stays
// unset, so that person chooses it at first sign-in; nothing secret is ever written in the file.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../api/errors';
import type { AppContext } from '../api/context';
import { validationIssues } from '../api/router';
import { SetupInput } from '../api/schemas/office';
import { completeSetup } from './setup';
import type { OneTimeCode } from '../users/oneTimeCode';

export const SETTINGS_FILE_NAME = 'district-desk.settings.json';
const MAX_SETTINGS_BYTES = 64 * 1024;

export const SettingsFile = SetupInput.omit({ password: true }).extend({
  listVersion: SetupInput.shape.listVersion.default('VN-2025'),
  /** Where the office's data lives on this PC; relative paths are taken from the settings file's folder. */
  dataDir: z.string().trim().min(1).max(1000).optional(),
});
export type SettingsFile = z.infer<typeof SettingsFile>;

/** `--settings FILE` (or `--settings=FILE`), else the file beside the installed app, else none. */
export function findSettingsFile(argv: readonly string[], installDir: string): string | undefined {
  const index = argv.findIndex((a) => a === '--settings' || a.startsWith('--settings='));
  if (index >= 0) {
    const arg = argv[index] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (value) return path.resolve(value);
  }
  const beside = path.join(installDir, SETTINGS_FILE_NAME);
  return fs.existsSync(beside) ? beside : undefined;
}

/** Reads and checks the file; every problem is an ApiError with a Vietnamese message and the field. */
export function readSettingsFile(file: string): SettingsFile {
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_SETTINGS_BYTES) throw new ApiError('SETTINGS_INVALID', 'settings.tooLarge', { file });
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''); // Notepad writes a BOM
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('SETTINGS_UNREADABLE', 'settings.unreadable', { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiError('SETTINGS_INVALID', 'settings.notJson', { file });
  }
  const parsed = SettingsFile.safeParse(json);
  if (!parsed.success) throw new ApiError('SETTINGS_INVALID', 'settings.invalid', { file }, validationIssues(parsed.error));
  const settings = parsed.data;
  return settings.dataDir ? { ...settings, dataDir: path.resolve(path.dirname(file), settings.dataDir) } : settings;
}

/**
 * Sets the office up from the file unless it is already set up (the file never overwrites an office).
 * `onCode` receives the first administrator's one-time code (the CLI prints it; the installed app has
 * nobody to show it to, so IT staff run `users reset-password` for a fresh one).
 */
export async function applySettingsFile(
  app: AppContext,
  settings: SettingsFile,
  onCode: (code: OneTimeCode) => void = () => undefined,
): Promise<'set-up' | 'already-set-up'> {
  if (app.office()) return 'already-set-up';
  const { oneTimeCode } = await completeSetup(app, { ...settings, password: null });
  if (oneTimeCode) onCode(oneTimeCode);
  return 'set-up';
}

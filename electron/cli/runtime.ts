// Shared machinery of the command line: argument parsing, the router-backed client, output and errors.
// Command families live beside this file (foundation.ts, ...) and are listed in ../cli.ts.
import fs from 'node:fs';
import { firstAdmin } from '../../db/users';
import { translate, type MessageParams } from '../../renderer/i18n/translate';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../api/contract';
import type { Session } from '../api/context';
import type { ApiErrorData } from '../api/errors';
import type { RunningApp } from '../app';
import type { SettingsFile } from '../office/settingsFile';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** A refusal with a stable code: printed as a message, or as `{ ok: false, error }` with --json. */
export class Rejected extends Error {
  constructor(
    readonly error: ApiErrorData,
    readonly details?: unknown,
  ) {
    super(error.messageKey);
  }
}

export interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Flags every command accepts. */
export const GLOBAL_FLAGS = { value: ['--data-dir', '--key-file'], boolean: ['--json', '--help'] } as const;

export interface CliCommand {
  /** The words that name it, e.g. ['backups', 'list']. */
  words: readonly string[];
  /** How many positional arguments follow the words (files, ids). */
  operands?: number;
  /** How many more positional arguments may follow (e.g. a code, unless a --plan flag says what). */
  optionalOperands?: number;
  valueFlags?: readonly string[];
  booleanFlags?: readonly string[];
  /** False for commands that must run without opening the database (e.g. restore). */
  opensDatabase?: boolean;
  run(context: CommandContext): Promise<number> | number;
}

export interface CommandContext {
  cli: Cli;
  args: Args;
  operands: string[];
  dataDir: string;
  /** The unattended-setup file named by --settings, already checked. */
  settings?: SettingsFile;
}

export function parseArgs(argv: readonly string[], valueFlags: ReadonlySet<string>, booleanFlags: ReadonlySet<string>): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (booleanFlags.has(name)) flags.set(name, true);
    else if (valueFlags.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(tr('cli.missingValue', { flag: name }));
      flags.set(name, value);
    } else throw new UsageError(tr('cli.unknownFlag', { flag: name }));
  }
  return { positional, flags };
}

export function flag(args: Args, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function tr(key: string, params?: MessageParams): string {
  return translate('vi', key, params);
}

/** " (mẫu số chốt / hiện tại: 40 / 43)" after a figure whose plan froze its denominator; '' when only the live one exists. */
export function denominators(figure: { frozenDenominator: number | null; liveDenominator: number }): string {
  return figure.frozenDenominator === null ? '' : ` (${tr('cli.denominators', { frozen: figure.frozenDenominator, live: figure.liveDenominator })})`;
}

export function readFileOrReject(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new Rejected({ code: 'FILE_NOT_FOUND', messageKey: 'validation.file', params: { file } });
  }
}

/** The client a command holds: the open app (if any), the output mode, and calls through the router. */
export class Cli {
  private readonly session: Session = { user: null };
  constructor(
    private readonly runningApp: RunningApp | undefined,
    readonly json: boolean,
  ) {}

  get running(): RunningApp {
    if (!this.runningApp) throw new Error('This command runs without the database open');
    return this.runningApp;
  }

  /** Calls a procedure through the router, exactly as the app window would, as the first administrator. */
  async call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
    if (!this.session.user) {
      const admin = firstAdmin(this.running.app.db);
      if (admin) this.session.user = { id: admin.id, name: admin.name, role: admin.role };
    }
    const result = await this.running.router(name, input, { app: this.running.app, session: this.session, sender: { kind: 'cli' } });
    if (!result.ok) throw new Rejected(result.error);
    return result.value as ProcedureOutput<N>;
  }

  print(human: string, data: unknown): void {
    console.log(this.json ? JSON.stringify(data, null, 2) : human);
  }
}

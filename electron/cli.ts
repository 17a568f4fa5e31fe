// District Desk command line for IT staff: `npm run cli -- <command>` or the `district-desk` bin.
// It opens the same database and calls the same handlers as the app window.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pragmaProblems } from '../db/open';
import { latestVersion } from '../db/migrate';
import { firstAdmin } from '../db/users';
import { translate, type MessageParams } from '../renderer/i18n/translate';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from './api/contract';
import type { Session } from './api/context';
import type { ApiErrorData } from './api/errors';
import { toErrorData, validationIssues } from './api/router';
import { SetupInput } from './api/schemas/office';
import { Password } from './api/schemas/office';
import { startApp, type RunningApp } from './app';
import { DATA_DIR_ENV, resolveDataDir } from './dataDir';
import { completeSetup } from './office/setup';

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const usage = () => `${tr('cli.usage')}:\n${tr('cli.usageText', { dataDirEnv: DATA_DIR_ENV })}`;

class UsageError extends Error {}
class Rejected extends Error {
  constructor(
    readonly error: ApiErrorData,
    readonly details?: unknown,
  ) {
    super(error.messageKey);
  }
}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--data-dir', '--level', '--unit', '--office', '--admin', '--list-version', '--search', '--label']);
const BOOLEAN_FLAGS = new Set(['--json', '--dry-run', '--valid-only', '--help']);

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
    else if (VALUE_FLAGS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(tr('cli.missingValue', { flag: name }));
      flags.set(name, value);
    } else throw new UsageError(tr('cli.unknownFlag', { flag: name }));
  }
  return { positional, flags };
}

function defaultDataDir(): string {
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? path.join(os.homedir(), 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'));
  // Same folder Electron's app.getPath('userData') gives for this product name.
  return path.join(base, 'District Desk');
}

function flag(args: Args, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

function tr(key: string, params?: MessageParams): string {
  return translate('vi', key, params);
}

class Cli {
  private readonly session: Session = { user: null };
  constructor(
    private readonly running: RunningApp,
    private readonly json: boolean,
  ) {}

  /** Calls a procedure through the router, exactly as the app window would. */
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

  async init(args: Args): Promise<number> {
    const input = SetupInput.extend({ password: Password.nullable() }).safeParse({
      officeName: flag(args, '--office'),
      level: flag(args, '--level'),
      listVersion: flag(args, '--list-version') ?? 'VN-2025',
      unitCode: flag(args, '--unit'),
      adminName: flag(args, '--admin'),
      password: process.env.DISTRICT_DESK_ADMIN_PASSWORD ?? null,
    });
    if (!input.success) {
      throw new UsageError(validationIssues(input.error).map((i) => `--${i.path}: ${tr(i.messageKey)}`).join('; '));
    }
    try {
      await completeSetup(this.running.app, input.data);
    } catch (error) {
      throw new Rejected(toErrorData(error));
    }
    const office = this.running.app.office();
    this.print(tr('cli.init.done', { office: input.data.officeName }), { ok: true, office });
    return EXIT.ok;
  }

  dbCheck(): number {
    const db = this.running.app.db;
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    const pragmas = pragmaProblems(db);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const ok = integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0 && pragmas.length === 0;
    const report = { ok, integrity, foreignKeyProblems: foreignKeys.length, pragmaProblems: pragmas, schemaVersion, latestSchema: latestVersion() };
    this.print(
      [
        tr(ok ? 'cli.check.ok' : 'cli.check.failed'),
        `integrity_check: ${integrity.join(', ')}`,
        `foreign_key_check: ${foreignKeys.length}`,
        `pragmas: ${pragmas.length ? pragmas.join(', ') : 'ok (WAL, synchronous=FULL, foreign_keys=ON)'}`,
        `schema: ${schemaVersion}/${latestVersion()}`,
      ].join('\n'),
      report,
    );
    return ok ? EXIT.ok : EXIT.failed;
  }

  async list(args: Args): Promise<number> {
    const rows = [];
    let total = 0;
    for (let offset = 0; ; offset += 500) {
      const page = await this.call('businesses.list', { search: flag(args, '--search') ?? '', offset, limit: 500 });
      total = page.total;
      rows.push(...page.rows);
      if (rows.length >= page.total || page.rows.length === 0) break;
    }
    const lines = rows.map((r) => [r.name, tr(`business.type.${r.type}`), r.communeName, r.address, tr(`business.status.${r.status}`)].join('\t'));
    this.print([...lines, tr('business.list.count', { count: total })].join('\n'), { total, rows });
    return EXIT.ok;
  }

  async import(args: Args, file: string): Promise<number> {
    const bytes = readFileOrReject(file).toString('base64');
    const { jobId } = await this.call('businesses.importRead', { fileName: path.basename(file), bytes });
    for (;;) {
      const state = await this.call('jobs.get', { jobId });
      if (state.state === 'failed' && state.error) throw new Rejected({ code: 'IMPORT_FAILED', ...state.error });
      if (state.state === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const preview = await this.call('businesses.importPreview', { jobId });
    if (preview.missingColumns.length > 0) {
      const columns = preview.missingColumns.map((f) => tr(`business.field.${f}`)).join(', ');
      throw new Rejected({ code: 'IMPORT_MISSING_COLUMNS', messageKey: 'import.missingColumns', params: { columns } });
    }
    const errorLines = preview.invalidRows.flatMap((row) =>
      row.errors.map((e) => `${tr('import.row', { row: row.rowNumber })}: ${e.field ? `${tr(`business.field.${e.field}`)}: ` : ''}${tr(e.messageKey, e.params)}`),
    );
    const summary = tr('import.summary', { total: preview.total, valid: preview.validCount, invalid: preview.invalidCount });
    const validOnly = args.flags.has('--valid-only');
    if (args.flags.has('--dry-run')) {
      this.print([...errorLines, summary, tr('cli.import.dryRun')].join('\n'), { dryRun: true, ...preview });
      return preview.invalidCount > 0 && !validOnly ? EXIT.failed : EXIT.ok;
    }
    if (preview.invalidCount > 0 && !validOnly) {
      console.error(errorLines.join('\n'));
      throw new Rejected({ code: 'IMPORT_HAS_ERRORS', messageKey: 'import.hasErrors', params: { count: preview.invalidCount } }, preview);
    }
    const result = await this.call('businesses.importCommit', { jobId, validOnly });
    this.print([...errorLines, summary, tr('import.done', { count: result.imported })].join('\n'), { ...result, invalidRows: preview.invalidRows });
    return EXIT.ok;
  }

  async unitLists(): Promise<number> {
    const lists = await this.call('units.lists', {});
    this.print(lists.map((l) => `${l.listVersion}\t${l.label}`).join('\n'), lists);
    return EXIT.ok;
  }

  async importUnits(args: Args, file: string): Promise<number> {
    const result = await this.call('units.importList', {
      fileName: path.basename(file),
      bytes: readFileOrReject(file).toString('base64'),
      listVersion: flag(args, '--list-version') ?? '',
      label: flag(args, '--label') ?? '',
    });
    this.print(tr('units.import.done', { count: result.units, label: result.label }), result);
    return EXIT.ok;
  }

  async writeFile(kind: 'businesses.export' | 'businesses.template', file: string): Promise<number> {
    const out = await this.call(kind, {});
    fs.writeFileSync(file, Buffer.from(out.bytes, 'base64'));
    if (kind === 'businesses.export') {
      const count = (await this.call('businesses.list', { limit: 1 })).total;
      this.print(tr('cli.export.done', { count, file }), { ok: true, file, count });
    } else {
      this.print(tr('cli.template.done', { file }), { ok: true, file });
    }
    return EXIT.ok;
  }
}

function readFileOrReject(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new Rejected({ code: 'FILE_NOT_FOUND', messageKey: 'validation.file', params: { file } });
  }
}

export async function runCli(argv: readonly string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage()}`);
    return EXIT.usage;
  }
  const [command, sub, file] = args.positional;
  const json = args.flags.has('--json');
  if (args.flags.has('--help') || !command) {
    console.log(usage());
    return command ? EXIT.ok : EXIT.usage;
  }
  const known =
    (command === 'init' && !sub) ||
    (command === 'db' && sub === 'check') ||
    (command === 'units' && sub === 'lists') ||
    (command === 'units' && sub === 'import' && Boolean(file)) ||
    (command === 'businesses' && sub === 'list') ||
    (command === 'businesses' && ['import', 'export', 'template'].includes(sub ?? '') && Boolean(file));
  if (!known) {
    console.error(usage());
    return EXIT.usage;
  }
  let running: RunningApp | undefined;
  try {
    running = startApp({
      dataDir: resolveDataDir(argv, process.env, defaultDataDir()),
      isTrustedSender: (sender) => sender.kind === 'cli',
    });
    const cli = new Cli(running, json);
    if (command === 'init') return await cli.init(args);
    if (command === 'db') return cli.dbCheck();
    if (command === 'units') return await (sub === 'lists' ? cli.unitLists() : cli.importUnits(args, file ?? ''));
    if (sub === 'list') return await cli.list(args);
    if (sub === 'import') return await cli.import(args, file ?? '');
    return await cli.writeFile(sub === 'export' ? 'businesses.export' : 'businesses.template', file ?? '');
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage()}`);
      return EXIT.usage;
    }
    const data = error instanceof Rejected ? error.error : toErrorData(error);
    if (data.code === 'INTERNAL') console.error(error);
    const message = tr(data.messageKey, data.params);
    const issues = (data.issues ?? []).map((i) => `  ${i.path}: ${tr(i.messageKey, i.params)}`);
    if (json) console.log(JSON.stringify({ ok: false, error: data }, null, 2));
    console.error([message, ...issues].join('\n'));
    return EXIT.failed;
  } finally {
    running?.close();
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

export const CliExit = EXIT;

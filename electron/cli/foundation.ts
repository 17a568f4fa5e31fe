// Commands of the foundation: setting up an office, checking the database, unit lists, the business register.
import fs from 'node:fs';
import path from 'node:path';
import { checkBackups } from '../backup/health';
import { schemaDifferences } from '../backup/schemaCheck';
import { pragmaProblems } from '../../db/open';
import { formatRecoveryKey, requireDbKey } from '../../db/key';
import { latestVersion } from '../../db/migrate';
import { toErrorData, validationIssues } from '../api/router';
import { Password, SetupInput } from '../api/schemas/office';
import { auditCall } from '../audit/callAudit';
import { completeSetup } from '../office/setup';
import { applySettingsFile, type SettingsFile } from '../office/settingsFile';
import { EXIT, flag, readFileOrReject, Rejected, tr, UsageError, type CliCommand, type CommandContext } from './runtime';
import { runSheetImport } from './sheetImport';
import { codeLine } from './users';
import type { OneTimeCode } from '../users/oneTimeCode';

async function init(context: CommandContext): Promise<number> {
  const { cli, args } = context;
  if (context.settings) return initFromSettings(context, context.settings);
  const input = SetupInput.extend({ password: Password.nullable() }).safeParse({
    officeName: flag(args, '--office'),
    level: flag(args, '--level'),
    listVersion: flag(args, '--list-version') ?? 'VN-2025',
    unitCode: flag(args, '--unit'),
    provinceCode: flag(args, '--province'),
    adminName: flag(args, '--admin'),
    password: process.env.DISTRICT_DESK_ADMIN_PASSWORD ?? null,
  });
  if (!input.success) {
    throw new UsageError(validationIssues(input.error).map((i) => `--${i.path}: ${tr(i.messageKey)}`).join('; '));
  }
  let oneTimeCode: OneTimeCode | null;
  try {
    ({ oneTimeCode } = await completeSetup(cli.running.app, input.data));
  } catch (error) {
    throw new Rejected(toErrorData(error));
  }
  const office = cli.running.app.office();
  // Setup makes the administrator and the office's keys: logged as the app's setup is (no one signed in yet).
  auditCall(cli.running.app, { sender: { kind: 'cli' } }, { name: 'setup.complete', user: null, input: input.data, result: office });
  const recoveryKey = formatRecoveryKey(requireDbKey(cli.running.app.sqlite.key));
  const lines = [
    tr('cli.init.done', { office: input.data.officeName }),
    ...(oneTimeCode ? [codeLine(input.data.adminName, oneTimeCode)] : []),
    tr('cli.recoveryKey', { key: recoveryKey }),
  ];
  cli.print(lines.join('\n'), { ok: true, office, recoveryKey, ...(oneTimeCode ? { oneTimeCode } : {}) });
  return EXIT.ok;
}

/** `init --settings FILE`: the unattended setup the installed app performs at first start. */
async function initFromSettings({ cli }: CommandContext, settings: SettingsFile): Promise<number> {
  let oneTimeCode: OneTimeCode | null = null;
  const outcome = await applySettingsFile(cli.running.app, settings, (code) => (oneTimeCode = code));
  if (outcome === 'already-set-up') throw new Rejected({ code: 'ALREADY_SET_UP', messageKey: 'setup.alreadyDone' });
  const code: OneTimeCode | null = oneTimeCode;
  const lines = [tr('cli.init.done', { office: settings.officeName }), ...(code ? [codeLine(settings.adminName, code)] : [])];
  cli.print(lines.join('\n'), { ok: true, office: cli.running.app.office(), dataDir: cli.running.app.dataDir, ...(code ? { oneTimeCode: code } : {}) });
  return EXIT.ok;
}

function dbCheck({ cli }: CommandContext): number {
  const db = cli.running.app.db;
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  const pragmas = pragmaProblems(db);
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  // An extra trigger or view runs with every write: the schema must be exactly the migrations'.
  const schemaProblems = schemaDifferences(db);
  const backups = checkBackups(cli.running.app.dataDir, cli.running.app.sqlite.key);
  const failedBackups = backups.filter((b) => b.status === 'failed');
  const ok = integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0 && pragmas.length === 0 && schemaProblems.length === 0 && failedBackups.length === 0;
  const report = { ok, integrity, foreignKeyProblems: foreignKeys.length, pragmaProblems: pragmas, schemaVersion, latestSchema: latestVersion(), schemaProblems, backups };
  cli.print(
    [
      tr(ok ? 'cli.check.ok' : 'cli.check.failed'),
      `integrity_check: ${integrity.join(', ')}`,
      `foreign_key_check: ${foreignKeys.length}`,
      `pragmas: ${pragmas.length ? pragmas.join(', ') : 'ok (WAL, synchronous=FULL, foreign_keys=ON)'}`,
      `schema: ${schemaVersion}/${latestVersion()}${schemaProblems.length ? ` (${schemaProblems.join('; ')})` : ''}`,
      ...backups.map((b) => `backup ${b.status}: ${b.file}${b.detail ? ` (${b.detail})` : ''}`),
    ].join('\n'),
    report,
  );
  return ok ? EXIT.ok : EXIT.failed;
}

async function listBusinesses({ cli, args }: CommandContext): Promise<number> {
  const rows = [];
  let total = 0;
  for (let offset = 0; ; offset += 500) {
    const page = await cli.call('businesses.list', { search: flag(args, '--search') ?? '', offset, limit: 500 });
    total = page.total;
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) break;
  }
  const lines = rows.map((r) => [r.name, tr(`business.type.${r.type}`), r.communeName, r.address, tr(`business.status.${r.status}`)].join('\t'));
  cli.print([...lines, tr('business.list.count', { count: total })].join('\n'), { total, rows });
  return EXIT.ok;
}

const importBusinesses = (context: CommandContext) =>
  runSheetImport(
    { read: 'businesses.importRead', preview: 'businesses.importPreview', commit: 'businesses.importCommit', fieldPrefix: 'business.field.', doneKey: 'import.done' },
    context,
  );

async function unitLists({ cli }: CommandContext): Promise<number> {
  const lists = await cli.call('units.lists', {});
  cli.print(lists.map((l) => `${l.listVersion}\t${l.label}`).join('\n'), lists);
  return EXIT.ok;
}

async function importUnits({ cli, args, operands: [file = ''] }: CommandContext): Promise<number> {
  const result = await cli.call('units.importList', {
    fileName: path.basename(file),
    bytes: readFileOrReject(file).toString('base64'),
    listVersion: flag(args, '--list-version') ?? '',
    label: flag(args, '--label') ?? '',
  });
  cli.print(tr('units.import.done', { count: result.units, label: result.label }), result);
  return EXIT.ok;
}

async function exportBusinesses({ cli, operands: [file = ''] }: CommandContext): Promise<number> {
  const out = await cli.call('businesses.export', {});
  fs.writeFileSync(file, Buffer.from(out.bytes, 'base64'));
  const count = (await cli.call('businesses.list', { limit: 1 })).total;
  cli.print(tr('cli.export.done', { count, file }), { ok: true, file, count });
  return EXIT.ok;
}

async function writeTemplate({ cli, operands: [file = ''] }: CommandContext): Promise<number> {
  const out = await cli.call('businesses.template', {});
  fs.writeFileSync(file, Buffer.from(out.bytes, 'base64'));
  cli.print(tr('cli.template.done', { file }), { ok: true, file });
  return EXIT.ok;
}

export const foundationCommands: CliCommand[] = [
  { words: ['init'], valueFlags: ['--level', '--unit', '--province', '--office', '--admin', '--list-version', '--settings'], run: init },
  { words: ['db', 'check'], run: dbCheck },
  { words: ['units', 'lists'], run: unitLists },
  { words: ['units', 'import'], operands: 1, valueFlags: ['--list-version', '--label'], run: importUnits },
  { words: ['businesses', 'list'], valueFlags: ['--search'], run: listBusinesses },
  { words: ['businesses', 'import'], operands: 1, booleanFlags: ['--dry-run', '--valid-only'], run: importBusinesses },
  { words: ['businesses', 'export'], operands: 1, run: exportBusinesses },
  { words: ['businesses', 'template'], operands: 1, run: writeTemplate },
];

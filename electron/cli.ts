// District Desk command line for IT staff: `npm run cli -- <command>` or the `district-desk` bin.
// It opens the same database and calls the same handlers as the app window.
// Each family of commands lives in electron/cli/ and is listed in COMMANDS below.
import os from 'node:os';
import path from 'node:path';
import { toErrorData } from './api/router';
import { startApp, type RunningApp } from './app';
import { auditCommands } from './cli/audit';
import { backupCommands } from './cli/backup';
import { foundationCommands } from './cli/foundation';
import { packageCommands } from './cli/packages';
import { userCommands } from './cli/users';
import { trainingCommands } from './cli/training';
import { planCommands } from './cli/plan';
import { inspectionCommands } from './cli/inspections';
import { Cli, EXIT, flag, GLOBAL_FLAGS, parseArgs, Rejected, tr, UsageError, type Args, type CliCommand } from './cli/runtime';
import { readSettingsFile } from './office/settingsFile';
import { DATA_DIR_ENV, resolveDataDir } from './dataDir';
import { keyCommands, withKeySource } from './cli/dbKey';

const COMMANDS: readonly CliCommand[] = [...foundationCommands, ...auditCommands, ...userCommands, ...backupCommands, ...packageCommands, ...trainingCommands, ...planCommands, ...inspectionCommands, ...keyCommands];
/** Usage sections, one message per family of commands. */
const USAGE_KEYS = ['cli.usageText', 'cli.usage.audit', 'cli.usage.users', 'cli.usage.backup', 'cli.usage.packages', 'cli.usage.training', 'cli.usage.plan', 'cli.usage.inspections', 'cli.usage.scan', 'cli.usage.packageLink', 'cli.usage.key'];

/**
 * Commands that only read: they share the data folder with the app when it is open. Every other
 * command takes the folder's lock and is refused (naming the holder) while another process has it.
 */
const READING_COMMANDS = new Set([
  'audit verify',
  'audit list',
  'backup',
  'db check',
  'units lists',
  'businesses list',
  'businesses export',
  'businesses template',
  'inspections list',
  'inspections print',
  'training print-signin',
  'keys show',
  'offices list',
  'package status',
  'package verify',
  'stats',
  'targets',
  'training list',
  'users list',
]);

const usage = () =>
  [`${tr('cli.usage')}:`, ...USAGE_KEYS.map((key) => tr(key)), '', tr('cli.usageFooter', { dataDirEnv: DATA_DIR_ENV })].join('\n');

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

/** The command whose words start the positional arguments (longest match), if any. */
function findCommand(positional: readonly string[]): CliCommand | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.words.length - a.words.length)
    .find((c) => c.words.every((word, i) => positional[i] === word));
}

const ALL_VALUE_FLAGS = new Set<string>([...GLOBAL_FLAGS.value, ...COMMANDS.flatMap((c) => c.valueFlags ?? [])]);
const ALL_BOOLEAN_FLAGS = new Set<string>([...GLOBAL_FLAGS.boolean, ...COMMANDS.flatMap((c) => c.booleanFlags ?? [])]);

/** A flag that some command takes but not this one. */
function foreignFlag(command: CliCommand, args: Args): string | undefined {
  const allowed = new Set<string>([...GLOBAL_FLAGS.value, ...GLOBAL_FLAGS.boolean, ...(command.valueFlags ?? []), ...(command.booleanFlags ?? [])]);
  return [...args.flags.keys()].find((name) => !allowed.has(name));
}

function readSettingsFileOrReject(file: string) {
  try {
    return readSettingsFile(file);
  } catch (error) {
    throw new Rejected(toErrorData(error));
  }
}

export type ParsedCommandLine =
  | { kind: 'help'; args: Args }
  | { kind: 'command'; command: CliCommand; args: Args; operands: string[] }
  | { kind: 'usage-error'; message?: string };

/** Matches a command line to a command and checks its flags and operands, without running anything. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let args: Args;
  try {
    args = parseArgs(argv, ALL_VALUE_FLAGS, ALL_BOOLEAN_FLAGS);
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  if (args.flags.has('--help') || args.positional.length === 0) return args.positional.length > 0 ? { kind: 'help', args } : { kind: 'usage-error' };
  const command = findCommand(args.positional);
  const operands = command ? args.positional.slice(command.words.length) : [];
  const required = command?.operands ?? 0;
  if (!command || operands.length < required || operands.length > required + (command.optionalOperands ?? 0)) return { kind: 'usage-error' };
  const stray = foreignFlag(command, args);
  if (stray) return { kind: 'usage-error', message: tr('cli.unknownFlag', { flag: stray }) };
  return { kind: 'command', command, args, operands };
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'usage-error') {
    console.error(parsed.message ? `${parsed.message}\n\n${usage()}` : usage());
    return EXIT.usage;
  }
  if (parsed.kind === 'help') {
    console.log(usage());
    return EXIT.ok;
  }
  const { command: found, args, operands } = parsed;
  const json = args.flags.has('--json');
  let running: RunningApp | undefined;
  let restoreKeySource = () => undefined as void;
  try {
    restoreKeySource = withKeySource(args);
    const settingsPath = flag(args, '--settings');
    const settings = settingsPath ? readSettingsFileOrReject(settingsPath) : undefined;
    const dataDir = resolveDataDir(argv, process.env, settings?.dataDir ?? defaultDataDir());
    const command = found.words.join(' ');
    if (found.opensDatabase !== false) {
      running = startApp({ dataDir, isTrustedSender: (sender) => sender.kind === 'cli', role: 'cli', command, share: READING_COMMANDS.has(command) });
    }
    return await found.run({ cli: new Cli(running, json), args, operands, dataDir, settings });
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
    restoreKeySource();
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

export const CliExit = EXIT;

// Commands of data packages (issue 6): keys, office registration, province configuration, packages, receipts.
import { rangesText } from '../api/schemas/packages';
import path from 'node:path';
import { EXIT, flag, readFileOrReject, tr, UsageError, type CliCommand, type CommandContext } from './runtime';

function required(args: CommandContext['args'], name: string): string {
  const value = flag(args, name);
  if (value === undefined) throw new UsageError(tr('cli.missingValue', { flag: name }));
  return path.resolve(value);
}

/** The passphrase comes from a file so it never appears in the process list or shell history. */
function passphrase(args: CommandContext['args']): string {
  return readFileOrReject(required(args, '--passphrase-file')).toString('utf8').replace(/\r?\n$/, '');
}

const fileOperand = (operands: string[]) => path.resolve(operands[0] ?? '');

async function keysShow({ cli }: CommandContext): Promise<number> {
  const keys = await cli.call('packages.keys', {});
  const lines = [
    tr('packages.cli.installation', { id: keys.installationId }),
    tr('packages.cli.signingKey', { keyId: keys.signing.keyId, fingerprint: keys.signing.fingerprint }),
    ...(keys.receiving ? [tr('packages.cli.receivingKey', { keyId: keys.receiving.keyId, fingerprint: keys.receiving.fingerprint })] : []),
    keys.province ? tr('packages.cli.provinceKey', { fingerprint: keys.province.signing.fingerprint, at: keys.province.pinnedAt }) : tr('packages.cli.noProvinceKey'),
  ];
  cli.print(lines.join('\n'), keys);
  return EXIT.ok;
}

async function keysExport({ cli, args }: CommandContext): Promise<number> {
  const written = await cli.call('packages.keysExport', { out: required(args, '--out'), passphrase: passphrase(args) });
  cli.print(tr('packages.cli.written', { file: written.file, size: written.size }), { ok: true, ...written });
  return EXIT.ok;
}

async function keysImport({ cli, args, operands }: CommandContext): Promise<number> {
  const keys = await cli.call('packages.keysImport', { file: fileOperand(operands), passphrase: passphrase(args) });
  cli.print(tr('packages.cli.keysImported', { fingerprint: keys.signing.fingerprint }), { ok: true, ...keys });
  return EXIT.ok;
}

async function keysRotate({ cli, args }: CommandContext): Promise<number> {
  const out = await cli.call('packages.keysRotate', { out: required(args, '--out') });
  cli.print(
    [
      tr('packages.cli.written', { file: out.file, size: out.size }),
      tr('packageLink.cli.rotated', { previous: out.previousFingerprint, fingerprint: out.fingerprint }),
    ].join('\n'),
    { ok: true, ...out },
  );
  return EXIT.ok;
}

async function registrationExport({ cli, args }: CommandContext): Promise<number> {
  const out = await cli.call('packages.registrationExport', { out: required(args, '--out') });
  cli.print([tr('packages.cli.written', { file: out.file, size: out.size }), tr('packages.cli.fingerprint', { fingerprint: out.fingerprint })].join('\n'), { ok: true, ...out });
  return EXIT.ok;
}

async function officesList({ cli }: CommandContext): Promise<number> {
  const offices = await cli.call('packages.offices', {});
  cli.print(offices.map((o) => [o.installationId, o.unitCode, o.officeName, o.fingerprint, tr(`packages.status.${o.status}`)].join('\t')).join('\n'), offices);
  return EXIT.ok;
}

async function officesRegister({ cli, args, operands }: CommandContext): Promise<number> {
  const office = await cli.call('packages.officesRegister', {
    file: fileOperand(operands),
    fingerprint: flag(args, '--fingerprint') ?? '',
    replacing: flag(args, '--replacing') ?? null,
  });
  cli.print(tr('packages.cli.registered', { office: office.officeName, id: office.installationId }), { ok: true, ...office });
  return EXIT.ok;
}

async function officesRevoke({ cli, operands }: CommandContext): Promise<number> {
  const office = await cli.call('packages.officesRevoke', { installationId: operands[0] ?? '' });
  cli.print(tr('packages.cli.revoked', { office: office.officeName, id: office.installationId }), { ok: true, ...office });
  return EXIT.ok;
}

async function configExport({ cli, args }: CommandContext): Promise<number> {
  const out = await cli.call('packages.configExport', { out: required(args, '--out') });
  cli.print([tr('packages.cli.written', { file: out.file, size: out.size }), tr('packages.cli.fingerprint', { fingerprint: out.fingerprint })].join('\n'), { ok: true, ...out });
  return EXIT.ok;
}

async function configImport({ cli, args, operands }: CommandContext): Promise<number> {
  const result = await cli.call('packages.configImport', { file: fileOperand(operands), fingerprint: flag(args, '--fingerprint') ?? null });
  const key = result.alreadyImported ? 'packages.cli.alreadyImported' : result.outdated ? 'packages.cli.configOutdated' : 'packages.cli.configImported';
  cli.print(tr(key, { sequence: result.sequence }), { ok: true, ...result });
  return EXIT.ok;
}

async function packageExport({ cli, args }: CommandContext): Promise<number> {
  const out = await cli.call('packages.export', { out: required(args, '--out'), full: args.flags.has('--full') });
  cli.print(tr('packages.cli.exported', { sequence: out.sequence, records: out.records, file: out.file, size: out.size }), { ok: true, ...out });
  return EXIT.ok;
}

async function packageResend({ cli, args, operands }: CommandContext): Promise<number> {
  const sequence = Number(operands[0]);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new UsageError(tr('packages.cli.badSequence'));
  const out = await cli.call('packages.resend', { sequence, out: required(args, '--out') });
  cli.print(tr('packages.cli.written', { file: out.file, size: out.size }), { ok: true, ...out });
  return EXIT.ok;
}

async function packageStatus({ cli }: CommandContext): Promise<number> {
  const status = await cli.call('packages.status', {});
  const lines = status.office
    ? status.office.packages.map((p) =>
        [p.sequence, p.kind, `${p.size} B`, p.createdAt, p.confirmedAt ? tr('packages.cli.confirmed', { at: p.confirmedAt }) : tr('packages.cli.unconfirmed')].join('\t'),
      )
    : (status.province ?? []).map((o) =>
        [
          o.installationId,
          o.unitCode,
          o.officeName,
          tr('packages.cli.receivedUpTo', { highest: o.highest }),
          o.gaps.length ? tr('packages.cli.gaps', { gaps: rangesText(o.gaps) }) : '',
          o.chainBreaks.length ? tr('packageLink.cli.chainBreaks', { sequences: o.chainBreaks.join(', ') }) : '',
        ].join('\t'),
      );
  cli.print(lines.join('\n'), status);
  return EXIT.ok;
}

async function packageVerify({ cli, operands }: CommandContext): Promise<number> {
  const result = await cli.call('packages.verify', { file: fileOperand(operands) });
  cli.print(tr('packages.cli.verified', { sequence: result.sequence, office: result.officeName }), { ok: true, ...result });
  return EXIT.ok;
}

async function packageImport({ cli, args, operands }: CommandContext): Promise<number> {
  const result = await cli.call('packages.import', { file: fileOperand(operands), dryRun: args.flags.has('--dry-run') });
  const tables = Object.entries(result.tables).map(([t, s]) => tr('packages.cli.tableSummary', { table: t, ...s }));
  const head = result.alreadyImported
    ? tr('packages.cli.alreadyImported', { sequence: result.sequence })
    : tr(result.dryRun ? 'packages.cli.dryRun' : 'packages.cli.imported', { sequence: result.sequence, office: result.officeName });
  const chain = result.chainBroken ? [tr('packageLink.cli.chainBroken', { sequence: result.sequence })] : [];
  cli.print([head, ...chain, ...tables].join('\n'), { ok: true, ...result });
  return EXIT.ok;
}

async function receiptExport({ cli, args }: CommandContext): Promise<number> {
  const out = await cli.call('packages.receiptExport', { office: flag(args, '--office') ?? '', out: required(args, '--out') });
  cli.print(tr('packages.cli.receiptWritten', { file: out.file, count: out.packages }), { ok: true, ...out });
  return EXIT.ok;
}

async function receiptImport({ cli, operands }: CommandContext): Promise<number> {
  const result = await cli.call('packages.receiptImport', { file: fileOperand(operands) });
  cli.print(tr('packages.cli.receiptImported', { count: result.confirmed, unconfirmed: result.unconfirmed.join(', ') || '-' }), { ok: true, ...result });
  return EXIT.ok;
}

async function stats({ cli }: CommandContext): Promise<number> {
  const result = await cli.call('packages.stats', {});
  cli.print([...Object.entries(result.tables).map(([t, n]) => `${t}\t${n}`), `change_log seq\t${result.lastChangeSeq}`].join('\n'), result);
  return EXIT.ok;
}

export const packageCommands: CliCommand[] = [
  { words: ['keys', 'show'], run: keysShow },
  { words: ['keys', 'export'], valueFlags: ['--out', '--passphrase-file'], run: keysExport },
  { words: ['keys', 'import'], operands: 1, valueFlags: ['--passphrase-file'], run: keysImport },
  { words: ['office-registration', 'export'], valueFlags: ['--out'], run: registrationExport },
  { words: ['offices', 'list'], run: officesList },
  { words: ['offices', 'register'], operands: 1, valueFlags: ['--fingerprint', '--replacing'], run: officesRegister },
  { words: ['offices', 'revoke'], operands: 1, run: officesRevoke },
  { words: ['config', 'export'], valueFlags: ['--out'], run: configExport },
  { words: ['config', 'import'], operands: 1, valueFlags: ['--fingerprint'], run: configImport },
  { words: ['package', 'export'], valueFlags: ['--out'], booleanFlags: ['--full'], run: packageExport },
  { words: ['package', 'resend'], operands: 1, valueFlags: ['--out'], run: packageResend },
  { words: ['package', 'status'], run: packageStatus },
  { words: ['package', 'verify'], operands: 1, run: packageVerify },
  { words: ['package', 'import'], operands: 1, booleanFlags: ['--dry-run'], run: packageImport },
  { words: ['receipt', 'export'], valueFlags: ['--office', '--out'], run: receiptExport },
  { words: ['receipt', 'import'], operands: 1, run: receiptImport },
  { words: ['stats'], run: stats },
  { words: ['keys', 'rotate'], valueFlags: ['--out'], run: keysRotate },
];

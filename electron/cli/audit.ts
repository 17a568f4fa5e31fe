// Commands of the audit trail: check the hash chain, list the newest entries.
import { listAudit, verifyAuditChain } from '../../db/audit';
import { actionText, fieldsText, recordText } from '../../renderer/audit/auditText';
import { formatDateTime } from '../../renderer/i18n/translate';
import { EXIT, flag, Rejected, tr, UsageError, type CliCommand, type CommandContext } from './runtime';

const DEFAULT_LIST = 50;
const MAX_LIST = 10_000;

function verify({ cli }: CommandContext): number {
  const result = verifyAuditChain(cli.running.app.db);
  if (result.problem) {
    const { kind, seq, at } = result.problem;
    throw new Rejected({ code: 'AUDIT_BROKEN', messageKey: `audit.verify.${kind}`, params: { seq, time: formatDateTime(at) } }, result);
  }
  cli.print(tr('cli.audit.ok', { count: result.entries, hash: result.headHash ?? '-' }), result);
  return EXIT.ok;
}

function list({ cli, args }: CommandContext): number {
  const given = flag(args, '--limit');
  const limit = given === undefined ? DEFAULT_LIST : Number(given);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST) throw new UsageError(`--limit: 1-${MAX_LIST}`);
  const { total, rows } = listAudit(cli.running.app.db, { limit });
  const lines = rows.map((e) =>
    [e.seq, formatDateTime(e.at), e.userName ?? tr('audit.system'), actionText(e, tr), recordText(e, tr), fieldsText(e, tr)].join('\t'),
  );
  cli.print([...lines, tr('audit.count', { count: total })].join('\n'), { total, rows });
  return EXIT.ok;
}

export const auditCommands: CliCommand[] = [
  { words: ['audit', 'verify'], run: verify },
  { words: ['audit', 'list'], valueFlags: ['--limit'], run: list },
];

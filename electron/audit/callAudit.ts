import { recordAudit } from '../../db/audit';
import type { AppContext, CallContext } from '../api/context';
import type { SessionUser } from '../api/schemas/office';

/** Never logged: secrets by their key name, one-time codes, and who denounced a business. */
const SECRET_KEY = /pass(word|phrase)?|secret|token|private|pin$|oneTimeCode|reporter_?(name|contact)/i;
/** File content by its key name: logged as its size only. */
const FILE_KEY = /^(bytes|content|data|file)$/i;
const MAX_TEXT = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;
const MAX_DETAIL_CHARS = 2000;

/** A value as the audit trail may keep it: no secrets, no file bytes, nothing large. */
export function auditSafe(value: unknown, key = '', depth = 0): unknown {
  if (typeof value === 'string') {
    if (FILE_KEY.test(key)) return { size: Math.floor((value.length * 3) / 4) };
    return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => auditSafe(item, key, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… +${value.length - MAX_ITEMS}`] : items;
  }
  const kept = Object.entries(value as Record<string, unknown>)
    .filter(([name]) => !SECRET_KEY.test(name))
    .map(([name, item]) => [name, auditSafe(item, name, depth + 1)] as const);
  return Object.fromEntries(kept);
}

/** The call's input and result, made safe and small (the larger part is dropped first). */
export function callDetail(parts: { input?: unknown; result?: unknown; error?: string; cli?: boolean }): Record<string, unknown> {
  const detail: Record<string, unknown> = {};
  const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'object' && Object.keys(v).length === 0);
  for (const name of ['input', 'result'] as const) {
    const safe = auditSafe(parts[name]);
    if (!isEmpty(safe)) detail[name] = safe;
  }
  if (parts.error) detail.error = parts.error;
  if (parts.cli) detail.cli = true;
  for (const name of ['result', 'input'] as const) {
    if (JSON.stringify(detail).length <= MAX_DETAIL_CHARS) break;
    detail[name] = '…';
  }
  return detail;
}

/**
 * Appends the entry of a procedure call the router ran: a successful call that is not a read and wrote no
 * record entries of its own (those already say who and which procedure), or a failed call of a procedure
 * that asks for it.
 */
export function auditCall(
  app: AppContext,
  call: Pick<CallContext, 'sender'>,
  entry: { name: string; user: SessionUser | null; input: unknown; result?: unknown; failedCode?: string },
): void {
  // In recovery no database is open: nothing to write to (the restore records itself once reopened).
  // A read-only data folder takes no writes, the trail included.
  if (!app.databaseOpen() || app.db.readonly) return;
  recordAudit(app.db, {
    at: app.now(),
    userId: entry.user?.id ?? null,
    userName: entry.user?.name ?? null,
    action: entry.failedCode ? `${entry.name}.failed` : entry.name,
    detail: callDetail({ input: entry.input, result: entry.result, error: entry.failedCode, cli: call.sender.kind === 'cli' }),
  });
}

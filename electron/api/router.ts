import type { z } from 'zod';
import { withAuditActor, type AuditActor } from '../../db/audit';
import { DatabaseTooNewError } from '../../db/migrate';
import { auditCall } from '../audit/callAudit';
import { DbKeyError } from '../../db/key';
import { DbError } from '../../db/open';
import { BackupError } from '../backup/errors';
import { contract, isProcedureName, type ProcedureName, type ProcedureSpec, type ProcedureOutput, type ProcedureParsedInput } from './contract';
import { ApiError, type ApiErrorData, type Result } from './errors';
import type { AppContext, CallContext } from './context';
import { lockWhenIdle, refuseWhileLocked } from './sessionLock';
import { hasArea } from '../../db/permissions';

export type Handler<N extends ProcedureName> = (
  ctx: CallContext,
  input: ProcedureParsedInput<N>,
) => ProcedureOutput<N> | Promise<ProcedureOutput<N>>;

/** A handler for every procedure: a missing or misspelt one is a compile error. */
export type Handlers = { [N in ProcedureName]: Handler<N> };

/** Where a call came from, as the transport saw it. */
export type Sender =
  | { kind: 'ipc'; frameUrl: string }
  /** `typedPaths`: the loopback host of the e2e tests and browser development (never the shipped app) may type paths. */
  | { kind: 'http'; loopback: boolean; tokenOk: boolean; typedPaths?: boolean }
  | { kind: 'cli' };

export interface RouterOptions {
  handlers: Handlers;
  isTrustedSender: (sender: Sender) => boolean;
  /** Check outputs against the contract too (tests and the dev host), to catch drift early. */
  validateOutput?: boolean;
  log?: (error: unknown, name: string) => void;
}

export type Router = (name: string, input: unknown, call: Omit<CallContext, 'app'> & { app: AppContext }) => Promise<Result<unknown>>;

export function validationIssues(error: z.ZodError): NonNullable<ApiErrorData['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    messageKey: issue.message.includes('.') && !issue.message.includes(' ') ? issue.message : 'validation.invalid',
  }));
}

export function createRouter(options: RouterOptions): Router {
  const log = options.log ?? ((error, name) => console.error(`[api] ${name} failed`, error));
  return async (name, rawInput, call) => {
    // Who acted is who was signed in when the call began (sign-out), else who it signed in (sign-in).
    const userBefore = call.session.user;
    const actor: AuditActor = { userId: userBefore?.id ?? null, userName: userBefore?.name ?? null, via: name, recorded: 0 };
    let audited: ProcedureSpec | undefined;
    try {
      if (!options.isTrustedSender(call.sender)) throw new ApiError('FORBIDDEN_SENDER', 'errors.forbiddenSender');
      if (!isProcedureName(name)) throw new ApiError('UNKNOWN_PROCEDURE', 'errors.unknownProcedure');
      const spec: ProcedureSpec = contract[name];
      if (spec.cliOnly && call.sender.kind !== 'cli') throw new ApiError('CLI_ONLY', 'errors.cliOnly');
      // A command-line run is one command, not a seat someone can walk away from.
      if (call.sender.kind !== 'cli') lockWhenIdle(name, call.app, call.session);
      refuseWhileLocked(name, call.session);
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        throw new ApiError('VALIDATION', 'errors.validation', undefined, validationIssues(parsed.error));
      }
      checkAccess(spec, call);
      refuseWhileImporting(name, spec, call.app);
      const input = resolvePaths(spec, parsed.data, call);
      audited = spec;
      const handler = options.handlers[name] as (ctx: CallContext, input: unknown) => unknown;
      const value = await withAuditActor(actor, () => handler(call, input));
      if (options.validateOutput) spec.output.parse(value);
      if (spec.kind !== 'read' && actor.recorded === 0) {
        auditCall(call.app, call, { name, user: userBefore ?? call.session.user, input: parsed.data, result: value });
      }
      return { ok: true, value };
    } catch (error) {
      const data = toErrorData(error);
      if (data.code === 'INTERNAL') log(error, name);
      if (audited?.auditFailures) auditFailure(call, { name, user: userBefore, input: rawInput, failedCode: data.code }, log);
      return { ok: false, error: data };
    }
  };
}

/** Logs a failed call; a failure to log it must not hide the call's own error. */
function auditFailure(call: CallContext, entry: Parameters<typeof auditCall>[2], log: (error: unknown, name: string) => void): void {
  try {
    auditCall(call.app, call, entry);
  } catch (error) {
    log(error, `${entry.name} (audit)`);
  }
}

/**
 * While a data package is applied (one transaction, in a worker), a save would wait for the write
 * lock with the main process blocked: it is refused at once instead. Reads go on; the session's own
 * calls (sign-in, lock) are left to wait, they must not fail.
 */
function refuseWhileImporting(name: string, spec: ProcedureSpec, app: CallContext['app']): void {
  if (spec.kind === 'read' || name.startsWith('session.') || !app.jobs.writeLocked()) return;
  throw new ApiError('DB_BUSY', 'errors.db.importRunning');
}

/** The area the contract names for the procedure, read from the user's permissions as stored now (not the session's copy). */
function checkAccess(spec: ProcedureSpec, call: CallContext): void {
  if (spec.access === 'public') return;
  if (!call.app.office()) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  const user = call.session.user;
  if (!user) throw new ApiError('NOT_SIGNED_IN', 'errors.notSignedIn');
  const area = spec.access === 'user' ? spec.area : 'administration';
  if (area !== 'any' && !hasArea(call.app.db, user.id, area)) throw new ApiError('NOT_ALLOWED', 'errors.notAllowed', { area });
}

/** Each path field the procedure declares becomes the real path: from a dialog's handle, or typed where typing is allowed. */
function resolvePaths(spec: ProcedureSpec, input: unknown, call: CallContext): unknown {
  if (!spec.paths || typeof input !== 'object' || input === null) return input;
  const typed = call.sender.kind === 'cli' || (call.sender.kind === 'http' && call.sender.typedPaths === true);
  const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const [field, use] of Object.entries(spec.paths)) {
    const value = out[field];
    if (typeof value === 'string') out[field] = call.app.paths.resolve(value, use, typed);
  }
  return out;
}

export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toData();
  if (error instanceof BackupError) return { code: error.code, messageKey: error.messageKey, ...(error.params ? { params: error.params } : {}) };
  if (error instanceof DbError || error instanceof DbKeyError || error instanceof DatabaseTooNewError) {
    return { code: error.code, messageKey: error.messageKey };
  }
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (sqliteCode === 'SQLITE_FULL') return { code: 'DISK_FULL', messageKey: 'errors.diskFull' };
  // Another connection held the write lock past busy_timeout (a data package import in its worker): nothing was saved.
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_BUSY')) return { code: 'DB_BUSY', messageKey: 'errors.db.busy' };
  // Extended codes too: SQLITE_READONLY_DIRECTORY, _RECOVERY, _DBMOVED... are the same refusal to the clerk.
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_READONLY')) {
    return { code: 'DATA_DIR_READONLY', messageKey: 'errors.db.readonly' };
  }
  return { code: 'INTERNAL', messageKey: 'errors.internal' };
}

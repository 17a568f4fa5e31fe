import { z } from 'zod';
import type { Area } from '../../db/permissions';

/** Who may call a procedure: anyone from the app's window, a signed-in user, or an administrator. */
export type Access = 'public' | 'user' | 'admin';

/**
 * A path field of the input: a file to read, a folder to write into, or a file to save (the dialog
 * asked before overwriting). From the window it must be a handle the main process's dialog gave.
 */
export type PathUse = 'file' | 'folder' | 'save';

interface SpecBase {
  input: z.ZodType;
  output: z.ZodType;
  /**
   * 'read': changes nothing, so a successful call is not written to the audit trail. Every other procedure
   * is audited by the router (electron/audit/callAudit.ts): a new one is logged unless marked here.
   */
  kind?: 'read';
  /** Failed calls are audited too (a wrong password is evidence). */
  auditFailures?: boolean;
  /** Only the command line may call it (key export, rotation, exports to a typed path): refused over IPC and the host. */
  cliOnly?: true;
  /** Input fields that name a file or folder, and what for (checked by the router, see electron/files/pathGrants.ts). */
  paths?: Readonly<Record<string, PathUse>>;
}

/**
 * A signed-in user's procedure declares its area of work ('any': the seat's own things, open to every
 * signed-in user); an administrator's needs the administration area.
 */
export type ProcedureSpec = SpecBase & ({ access: 'public' | 'admin'; area?: undefined } | { access: 'user'; area: Area | 'any' });

/** Input of procedures that take nothing. */
export const none = z.object({}).default({});

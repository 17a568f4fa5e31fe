import { none, type ProcedureSpec } from '../procedure';
import { AuditExport, AuditPage, AuditQuery, AuditVerification } from '../schemas/audit';

/**
 * The activity log: browse, check the hash chain, export (an export is itself logged). Without the
 * administration area, list and export return only the caller's own entries (handlers/audit.ts).
 */
export const auditProcedures = {
  'audit.list': { input: AuditQuery, output: AuditPage, access: 'user', area: 'any', kind: 'read' },
  'audit.verify': { input: none, output: AuditVerification, access: 'admin', kind: 'read' },
  'audit.export': { input: AuditQuery.omit({ offset: true, limit: true }), output: AuditExport, access: 'user', area: 'any' },
} as const satisfies Record<string, ProcedureSpec>;

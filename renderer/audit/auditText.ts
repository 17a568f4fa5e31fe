import type { AuditEntry } from '../../electron/api/schemas/audit';
import { camelField } from '../businesses/historyLines';
import { isMessageKey, type MessageParams } from '../i18n/translate';
import { vi, type MessageKey } from '../i18n/vi';
import { tableName } from '../app/tableNames';

/** How an entry reads, shared by the screen and the .xlsx export. `t` translates in the wanted language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const ACTION_PREFIX = 'audit.action.';

function label(prefix: string, name: string): MessageKey | null {
  const key = `${prefix}${name}`;
  return isMessageKey(key) ? key : null;
}

/** A procedure in words; an unlabelled one (added later) by its name. */
export function actionName(action: string, t: Translate): string {
  const key = label(ACTION_PREFIX, action);
  return key ? t(key) : t('audit.action.other', { name: action });
}

/** A record change reads as the procedure that made it ("Sửa thông tin cơ sở"), else as the change itself. */
export function actionText(entry: Pick<AuditEntry, 'action' | 'via'>, t: Translate): string {
  const via = entry.via && label(ACTION_PREFIX, entry.via);
  return via ? t(via) : actionName(entry.action, t);
}

/** The record in words: its table as the clerk names it and its label; never a stored table name or an id. */
export function recordText(entry: Pick<AuditEntry, 'targetTable' | 'recordId' | 'recordLabel'>, t: Translate): string {
  if (!entry.targetTable) return '';
  const table = label('audit.table.', entry.targetTable);
  const name = table ? t(table) : tableName(entry.targetTable, t);
  return entry.recordLabel ? `${name}: ${entry.recordLabel}` : name;
}

/** Column names as the form calls them ("<table>.field.<camelCase>"); unnamed (internal) columns are only counted. */
export function fieldsText(entry: Pick<AuditEntry, 'targetTable' | 'fields'>, t: Translate): string {
  const named: string[] = [];
  let others = 0;
  for (const column of entry.fields ?? []) {
    const key = entry.targetTable ? label(`${entry.targetTable}.field.`, camelField(column)) : null;
    if (key) named.push(t(key));
    else others += 1;
  }
  return [...named, ...(others > 0 ? [t('fields.more', { count: others })] : [])].join(', ');
}

/** The actions a user can filter by: every labelled one. */
export const AUDIT_ACTIONS: string[] = Object.keys(vi)
  .filter((key) => key.startsWith(ACTION_PREFIX) && key !== 'audit.action.other')
  .map((key) => key.slice(ACTION_PREFIX.length));

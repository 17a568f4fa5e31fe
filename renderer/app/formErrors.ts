import type { FormInstance } from 'antd';
import type { z } from 'zod';
import type { MessageParams } from '../i18n/translate';

/** A problem with one input value: from a zod schema in the form, or from the API's `issues`. */
export interface FieldIssue {
  path: string;
  messageKey: string;
  params?: MessageParams;
}

/** Validation messages are message keys; anything else (a library default) becomes a generic one. */
function asMessageKey(message: string): string {
  return message.includes('.') && !message.includes(' ') ? message : 'validation.invalid';
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), messageKey: asMessageKey(issue.message) }));
}

/**
 * Puts each issue under the form field it concerns: the last segment of its path that names a
 * field ('fields.communeCode' -> communeCode). The first issue of a field wins; the rest of the
 * issues (no field, or an unknown one) come back as form-level problems.
 */
export function groupIssues<F extends string>(
  issues: readonly FieldIssue[],
  fieldNames: readonly F[],
): { byField: Map<F, FieldIssue>; formLevel: FieldIssue[] } {
  const byField = new Map<F, FieldIssue>();
  const formLevel: FieldIssue[] = [];
  const known = new Set<string>(fieldNames);
  for (const issue of issues) {
    const field = issue.path
      .split('.')
      .reverse()
      .find((segment): segment is F => known.has(segment));
    if (field === undefined) formLevel.push(issue);
    else if (!byField.has(field)) byField.set(field, issue);
  }
  return { byField, formLevel };
}

type Translate = (key: string, params?: MessageParams) => string;

/**
 * Shows issues under their fields (clearing the others) and returns the form-level ones.
 * The one way every form in the app shows validation problems, local or from the server.
 */
export function showIssuesInForm<F extends string>(
  form: Pick<FormInstance, 'setFields'>,
  issues: readonly FieldIssue[],
  fieldNames: readonly F[],
  translate: Translate,
): FieldIssue[] {
  const { byField, formLevel } = groupIssues(issues, fieldNames);
  form.setFields(
    fieldNames.map((name) => {
      const issue = byField.get(name);
      return { name, errors: issue ? [translate(issue.messageKey, issue.params)] : [] };
    }),
  );
  return formLevel;
}

/** Clears every field's error, e.g. before a new attempt. */
export function clearFormIssues(form: Pick<FormInstance, 'setFields'>, fieldNames: readonly string[]): void {
  form.setFields(fieldNames.map((name) => ({ name, errors: [] })));
}

import type { FormInstance } from 'antd';
import { groupIssues, type FieldIssue } from '../app/formErrors';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * A form's onValuesChange that re-checks each changed field still showing a message: the message
 * goes as soon as the field is valid (or changes to the new problem), not at the next save.
 * `validate` is the form's own check of all values (a zod schema); messages from the API, which
 * cannot be re-checked here, go when their field changes.
 */
export function liveValidation<F extends string>(
  form: Pick<FormInstance, 'getFieldError' | 'setFields'>,
  fieldNames: readonly F[],
  validate: () => FieldIssue[],
  translate: Translate,
): (changed: Record<string, unknown>) => void {
  return (changed) => {
    const showing = fieldNames.filter((name) => name in changed && form.getFieldError(name).length > 0);
    if (showing.length === 0) return;
    const { byField } = groupIssues(validate(), fieldNames);
    form.setFields(
      showing.map((name) => {
        const issue = byField.get(name);
        return { name, errors: issue ? [translate(issue.messageKey, issue.params)] : [] };
      }),
    );
  };
}

/**
 * For forms checked by the API only: a changed field's message goes at once (the API checks it
 * again at the next save), instead of staying under a corrected field.
 */
export function clearWhenChanged(form: Pick<FormInstance, 'getFieldError' | 'setFields'>): (changed: Record<string, unknown>) => void {
  return (changed) => {
    const showing = Object.keys(changed).filter((name) => form.getFieldError(name).length > 0);
    if (showing.length > 0) form.setFields(showing.map((name) => ({ name, errors: [] })));
  };
}

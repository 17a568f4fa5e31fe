import { App as AntApp, type FormInstance } from 'antd';
import { useCallback, useContext, useRef } from 'react';
import type { Result } from '../../electron/api/errors';
import { showIssuesInForm } from './formErrors';
import { useT } from './i18n';
import { SESSION_CODES, SessionContext } from './session';

/** Where a form shows the errors of its call: issues under fields, the rest in a form-level alert. */
export interface FormTarget {
  form: Pick<FormInstance, 'setFields'>;
  fields: readonly string[];
  setFormError: (text: string | null) => void;
}

/**
 * The one way to call the API from a screen: resolves to the value, or to undefined after showing
 * the translated error (a toast, or inside the given form). Never throws on `ok: false`.
 * The returned function is stable (a language switch does not re-run effects that use it).
 */
export function useApiCall() {
  const { message } = AntApp.useApp();
  const { tKey } = useT();
  const session = useContext(SessionContext);
  const latest = useRef({ message, tKey, session });
  latest.current = { message, tKey, session };

  return useCallback(async <T>(pending: Promise<Result<T>>, target?: FormTarget): Promise<T | undefined> => {
    const result = await pending;
    if (result.ok) {
      target?.setFormError(null);
      return result.value;
    }
    const { error } = result;
    const { message: toast, tKey: translate, session: current } = latest.current;
    const text = translate(error.messageKey, error.params);
    if (target) {
      const rest = showIssuesInForm(target.form, error.issues ?? [], target.fields, translate);
      target.setFormError([text, ...rest.map((i) => translate(i.messageKey, i.params))].join('. '));
    } else {
      void toast.error(text);
    }
    if (SESSION_CODES.has(error.code)) void current?.reload();
    return undefined;
  }, []);
}

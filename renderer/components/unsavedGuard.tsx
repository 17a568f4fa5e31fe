import { App as AntApp, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useT } from '../app/i18n';

/** Every open form that may hold unsaved changes, asked before the page changes or the user signs out. */
const openForms = new Set<() => boolean>();

export function hasUnsavedChanges(): boolean {
  for (const dirty of openForms) if (dirty()) return true;
  return false;
}

/**
 * Registers a form while it is open (`active`): navigation and sign-out ask before discarding it.
 * `dirty` is read when asked, e.g. `() => form.isFieldsTouched()`.
 */
export function useUnsavedGuard(dirty: () => boolean, active = true): void {
  const latest = useRef(dirty);
  latest.current = dirty;
  useEffect(() => {
    if (!active) return;
    const check = () => latest.current();
    openForms.add(check);
    return () => {
      openForms.delete(check);
    };
  }, [active]);
}

/**
 * Asks "discard unsaved changes?" when there are any (by default: any open form's); resolves true
 * when it is fine to go on. The safe answer, "stay", has the focus, so a stray Enter keeps the work.
 */
export function useConfirmDiscard(): (dirty?: boolean) => Promise<boolean> {
  const { modal } = AntApp.useApp();
  const { t } = useT();
  return useCallback(
    (dirty = hasUnsavedChanges()) =>
      dirty
        ? new Promise<boolean>((resolve) => {
            modal.confirm({
              title: t('entry.unsaved.title'),
              content: t('entry.unsaved.content'),
              okText: t('entry.unsaved.discard'),
              okButtonProps: { danger: true },
              cancelText: t('entry.unsaved.stay'),
              autoFocusButton: 'cancel',
              onOk: () => resolve(true),
              onCancel: () => resolve(false),
            });
          })
        : Promise.resolve(true),
    [modal, t],
  );
}

/**
 * The close handler of a drawer or dialog with a form: Esc, the close button and Cancel ask first
 * when `dirty()` says something was typed. Registers the form for navigation and sign-out too.
 */
export function useGuardedClose(dirty: () => boolean, onClose: () => void, open = true): () => void {
  const confirm = useConfirmDiscard();
  useUnsavedGuard(dirty, open);
  return () => {
    void confirm(dirty()).then((ok) => ok && onClose());
  };
}

/** Puts the focus on the first field of a dialog or drawer that has just opened (unless the clerk already moved it there). */
export function focusFirstField(container: HTMLElement | null): void {
  if (!container || container.contains(document.activeElement)) return;
  const first = container.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]), [role=combobox]:not([aria-disabled=true])');
  first?.focus();
}

/** After a save the form holds nothing unsaved: leaving it asks nothing (until the next change). */
export function markSaved(form: Pick<FormInstance, 'getFieldsError' | 'setFields'>): void {
  form.setFields(form.getFieldsError().map(({ name }) => ({ name, touched: false })));
}

import { useEffect } from 'react';

/** Clear buttons antd adds inside filled selects, pickers and inputs. */
const CLEAR_BUTTONS = '.ant-select-clear, .ant-picker-clear, .ant-input-clear-icon';

/**
 * Takes every clear button out of the Tab order and names it in the app's language, so a field
 * always takes exactly one Tab whether it is filled or not (values landed one field off when a
 * filled select grew an extra Tab stop labelled "Clear"). The mouse still clears; Backspace or
 * Delete clears from the keyboard.
 */
export function useClearButtonsOutOfTabOrder(label: string): void {
  useEffect(() => {
    const fixOne = (el: Element) => {
      if (el.getAttribute('tabindex') !== '-1') el.setAttribute('tabindex', '-1');
      if (el.getAttribute('aria-label') !== label) el.setAttribute('aria-label', label);
    };
    const fix = (root: Element | Document) => {
      if (root instanceof Element && root.matches(CLEAR_BUTTONS)) fixOne(root);
      root.querySelectorAll(CLEAR_BUTTONS).forEach(fixOne);
    };
    fix(document);
    // Only what was added is looked at: a print preview adds thousands of nodes at once.
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) fix(node);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
}

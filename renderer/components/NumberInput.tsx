import { Form, Input, type InputRef } from 'antd';
import { forwardRef, useEffect, useId, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../app/i18n';
import { formatViNumber, parseViNumber, type NumberParse, type NumberRules } from './viNumber';

/**
 * What a number field holds: a number, null when empty, or the typed text itself when it is not a
 * number, so that saving refuses it (schemas expect numbers) instead of storing part of it.
 */
export type NumberValue = number | null | string;

export interface NumberInputProps extends NumberRules {
  value?: NumberValue;
  onChange?: (value: NumberValue) => void;
  id?: string;
  'aria-label'?: string;
  suffix?: ReactNode;
  className?: string;
  placeholder?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  /** Enter in the field, after the value has been read. */
  onPressEnter?: () => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** Years and codes are shown without thousands separators (2026, not 2.026). */
  noGrouping?: boolean;
}

const display = (value: NumberValue | undefined, noGrouping = false) =>
  typeof value === 'number' ? (noGrouping ? formatViNumber(value).replace(/\./g, '') : formatViNumber(value)) : (value ?? '');

/** The numeric meaning of what the field holds: the same number, or the same refusal. */
const same = (parsed: NumberParse, value: NumberValue | undefined, text: string) =>
  parsed.ok ? parsed.value === (value ?? null) : value === text;

/**
 * The one number field of the app: reads Vietnamese forms (6.000.000; 18,5; spaces), shows
 * thousands separators once the clerk leaves it, and refuses anything else with a message at the
 * field (shown on leaving it or on Enter, cleared as soon as the text is a valid number). Never
 * rounds: a fraction in a whole-number field is refused.
 */
export const NumberInput = forwardRef<InputRef, NumberInputProps>(function NumberInput(
  { value, onChange, integer, min, max, decimals, onPressEnter, onBlur, className, noGrouping, ...rest },
  ref,
) {
  const { tKey } = useT();
  const rules: NumberRules = { integer, min, max, decimals };
  const [text, setText] = useState(() => display(value, noGrouping));
  const [shown, setShown] = useState<NumberParse | null>(null);
  const { errors } = Form.Item.useStatus();
  const problemId = useId();

  // A value set from outside (form reset, record loaded) replaces what is shown.
  useEffect(() => {
    if (!same(parseViNumber(text, rules), value, text)) {
      setText(display(value, noGrouping));
      setShown(null);
    }
  }, [value]);

  function typed(next: string) {
    setText(next);
    const parsed = parseViNumber(next, rules);
    // A refusal already shown follows the text: it changes or clears as the clerk corrects it.
    setShown(parsed.ok ? null : shown && parsed);
    onChange?.(parsed.ok ? parsed.value : next);
  }

  function reveal() {
    const parsed = parseViNumber(text, rules);
    if (parsed.ok) {
      setShown(null);
      if (parsed.value !== null) setText(display(parsed.value, noGrouping));
    } else setShown(parsed);
  }

  const problem = shown && !shown.ok ? tKey(`entry.number.${shown.problem}`, shown.params) : null;
  // The form's own message (from saving) takes the place under the field; ours waits behind it.
  const ownMessage = problem !== null && errors.length === 0;
  return (
    <>
      <Input
        {...rest}
        ref={ref}
        className={className}
        inputMode={integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        status={problem ? 'error' : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={ownMessage ? problemId : undefined}
        onChange={(e) => typed(e.target.value)}
        onBlur={(e) => {
          reveal();
          onBlur?.(e);
        }}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
          if (e.key !== 'Enter') return;
          reveal();
          onPressEnter?.();
        }}
      />
      {ownMessage && (
        <div id={problemId} role="alert" className="dd-field-problem">
          {problem}
        </div>
      )}
    </>
  );
});

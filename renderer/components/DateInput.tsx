import { CalendarOutlined } from '@ant-design/icons';
import { Calendar, Form, Input, Popover, type InputRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { forwardRef, useEffect, useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../app/i18n';
import { DATE_PLACEHOLDER, formatViDate, parseViDate, type DateParse } from './viDate';

const ISO = 'YYYY-MM-DD';
const isoOf = (value: Dayjs | null | undefined) => (value && value.isValid() ? value.format(ISO) : null);
/** A refused date travels as an invalid Dayjs: saving refuses it, nothing turns it into today. */
const refused = () => dayjs('');

export interface DateInputProps {
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  id?: string;
  'aria-label'?: string;
  className?: string;
  disabled?: boolean;
  autoFocus?: boolean;
  onPressEnter?: () => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
}

/**
 * The one date field of the app: a text field read by parseViDate (01/12/2026, 1/12/26, 01122026),
 * with a calendar one click away for the mouse. The calendar writes only a clicked day: hovering
 * it changes nothing, so typed text is never mixed with a hovered date. An unreadable date is
 * refused at the field and stays as typed. The calendar button is out of the Tab order, so every
 * date field takes one Tab; Alt+Down opens the calendar from the keyboard.
 */
export const DateInput = forwardRef<InputRef, DateInputProps>(function DateInput(
  { value, onChange, onPressEnter, onBlur, className, ...rest },
  ref,
) {
  const { t, tKey } = useT();
  const [text, setText] = useState(() => formatViDate(isoOf(value) ?? ''));
  const [shown, setShown] = useState<DateParse | null>(null);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const { errors } = Form.Item.useStatus();
  const problemId = useId();

  useEffect(() => {
    const parsed = parseViDate(text);
    const current = parsed.ok ? parsed.iso : 'refused';
    const incoming = value && !value.isValid() ? 'refused' : isoOf(value);
    if (current !== incoming) {
      setText(formatViDate(isoOf(value) ?? ''));
      setShown(null);
    }
    // Only a value set from outside (a reset, a loaded record) rewrites the text.
  }, [value]);

  function typed(next: string) {
    setText(next);
    const parsed = parseViDate(next);
    setShown(parsed.ok ? null : shown && parsed);
    onChange?.(parsed.ok ? (parsed.iso === null ? null : dayjs(parsed.iso, ISO)) : refused());
  }

  function reveal() {
    const parsed = parseViDate(text);
    if (parsed.ok) {
      setShown(null);
      setText(formatViDate(parsed.iso ?? ''));
    } else setShown(parsed);
  }

  function picked(day: Dayjs) {
    setCalendarOpen(false);
    setShown(null);
    setText(day.format('DD/MM/YYYY'));
    onChange?.(dayjs(day.format(ISO), ISO));
  }

  const problem = shown && !shown.ok ? tKey(`entry.date.${shown.problem}`) : null;
  const ownMessage = problem !== null && errors.length === 0;
  const calendar = (
    <Calendar
      fullscreen={false}
      value={value && value.isValid() ? value : undefined}
      onSelect={(day, info) => {
        if (info.source === 'date') picked(day);
      }}
    />
  );
  return (
    <>
      <Input
        {...rest}
        ref={ref}
        className={className}
        placeholder={DATE_PLACEHOLDER}
        autoComplete="off"
        inputMode="numeric"
        maxLength={20}
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
          if (e.key === 'Enter') {
            reveal();
            onPressEnter?.();
          } else if (e.key === 'ArrowDown' && e.altKey) {
            e.preventDefault();
            setCalendarOpen(true);
          } else if (e.key === 'Escape' && calendarOpen) {
            // Esc closes the calendar only, not the dialog around the field.
            e.stopPropagation();
            setCalendarOpen(false);
          }
        }}
        suffix={
          <Popover open={calendarOpen} onOpenChange={setCalendarOpen} trigger="click" content={<div className="dd-date-calendar">{calendar}</div>} placement="bottomRight">
            <button
              type="button"
              className="dd-date-button"
              tabIndex={-1}
              aria-label={t('entry.date.calendar')}
              disabled={rest.disabled}
              // The field keeps the focus: the clerk can go on typing after a look at the calendar.
              onMouseDown={(e) => e.preventDefault()}
            >
              <CalendarOutlined />
            </button>
          </Popover>
        }
      />
      {ownMessage && (
        <div id={problemId} role="alert" className="dd-field-problem">
          {problem}
        </div>
      )}
    </>
  );
});

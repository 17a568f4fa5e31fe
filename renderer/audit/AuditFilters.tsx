import { Form, Input } from 'antd';
import { DateInput } from '../components/DateInput';
import { useEffect, useMemo, useState } from 'react';
import type { Dayjs } from 'dayjs';
import { FilterSelect, SearchFilter } from '../app/filterFields';
import { useT } from '../app/i18n';
import { useDebounced } from '../app/useDebounced';
import { actionName, AUDIT_ACTIONS } from './auditText';
import type { AuditFilterValues } from './auditQuery';

const TEXT_DEBOUNCE_MS = 250;

/** User, record, action and date-range filters; text is debounced and ignores diacritics on the server. */
export function AuditFilters({ onChange }: { onChange: (values: AuditFilterValues) => void }) {
  const { t } = useT();
  const [userText, setUserText] = useState('');
  const [recordText, setRecordText] = useState('');
  const user = useDebounced(userText, TEXT_DEBOUNCE_MS);
  const record = useDebounced(recordText, TEXT_DEBOUNCE_MS);
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [to, setTo] = useState<Dayjs | null>(null);
  const actionOptions = useMemo(() => AUDIT_ACTIONS.map((a) => ({ value: a, label: actionName(a, t) })), [t]);

  useEffect(() => {
    // A date still being typed (or refused at its field) filters nothing yet.
    const valid = (d: Dayjs | null) => (d && d.isValid() ? d : null);
    onChange({ user, record, action, from: valid(from), to: valid(to) });
  }, [onChange, user, record, action, from, to]);

  return (
    <Form layout="vertical" className="dd-filters" component="div">
      <SearchFilter
        id="audit-filter-record"
        label={t('audit.filter.record')}
        placeholder={t('audit.filter.recordPlaceholder')}
        value={recordText}
        onChange={setRecordText}
      />
      <Form.Item label={t('audit.filter.user')} htmlFor="audit-filter-user">
        <Input id="audit-filter-user" type="search" allowClear className="dd-filter-select" value={userText} onChange={(e) => setUserText(e.target.value)} maxLength={200} />
      </Form.Item>
      <FilterSelect id="audit-filter-action" label={t('audit.filter.action')} options={actionOptions} value={action} onChange={setAction} />
      <Form.Item label={t('audit.filter.from')} htmlFor="audit-filter-from">
        <DateInput id="audit-filter-from" className="dd-filter-select" value={from} onChange={setFrom} />
      </Form.Item>
      <Form.Item label={t('audit.filter.to')} htmlFor="audit-filter-to">
        <DateInput id="audit-filter-to" className="dd-filter-select" value={to} onChange={setTo} />
      </Form.Item>
    </Form>
  );
}

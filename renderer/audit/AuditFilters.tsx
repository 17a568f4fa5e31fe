import { SearchOutlined } from '@ant-design/icons';
import { DatePicker, Form, Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Dayjs } from 'dayjs';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { useDebounced } from '../app/useDebounced';
import { DATE_INPUT_FORMATS } from '../businesses/businessFormValues';
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
    onChange({ user, record, action, from, to });
  }, [onChange, user, record, action, from, to]);

  const dateInput = { format: DATE_INPUT_FORMATS, placeholder: 'dd/mm/yyyy', className: 'dd-filter-select' };
  return (
    <Form layout="vertical" className="dd-filters" component="div">
      <Form.Item label={t('audit.filter.record')} htmlFor="audit-filter-record" className="dd-filter-search">
        <Input
          id="audit-filter-record"
          type="search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('audit.filter.recordPlaceholder')}
          value={recordText}
          onChange={(e) => setRecordText(e.target.value)}
          maxLength={200}
        />
      </Form.Item>
      <Form.Item label={t('audit.filter.user')} htmlFor="audit-filter-user">
        <Input id="audit-filter-user" type="search" allowClear className="dd-filter-select" value={userText} onChange={(e) => setUserText(e.target.value)} maxLength={200} />
      </Form.Item>
      <Form.Item label={t('audit.filter.action')} htmlFor="audit-filter-action">
        <Select
          id="audit-filter-action"
          className="dd-filter-select"
          allowClear
          showSearch={{ filterOption: filterOptionByLabel }}
          placeholder={t('common.all')}
          options={actionOptions}
          value={action}
          onChange={(v: string | undefined) => setAction(v ?? null)}
        />
      </Form.Item>
      <Form.Item label={t('audit.filter.from')} htmlFor="audit-filter-from">
        <DatePicker id="audit-filter-from" {...dateInput} value={from} onChange={(d: Dayjs | null) => setFrom(d)} />
      </Form.Item>
      <Form.Item label={t('audit.filter.to')} htmlFor="audit-filter-to">
        <DatePicker id="audit-filter-to" {...dateInput} value={to} onChange={(d: Dayjs | null) => setTo(d)} />
      </Form.Item>
    </Form>
  );
}

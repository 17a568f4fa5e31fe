import { SearchOutlined } from '@ant-design/icons';
import { Form, Input, Select } from 'antd';
import { filterOptionByLabel } from './foldText';
import { useT } from './i18n';

/** The wide search box of a list's filters (the server ignores diacritics). */
export function SearchFilter(props: { id: string; label: string; placeholder: string; value: string; onChange: (text: string) => void }) {
  return (
    <Form.Item label={props.label} htmlFor={props.id} className="dd-filter-search">
      <Input
        id={props.id}
        type="search"
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        maxLength={200}
      />
    </Form.Item>
  );
}

/** One labelled, clearable, diacritic-insensitive filter; cleared means "all". */
export function FilterSelect<V extends string>(props: {
  id: string;
  label: string;
  options: { value: V; label: string }[];
  value: V | null;
  onChange: (value: V | null) => void;
}) {
  const { t } = useT();
  return (
    <Form.Item label={props.label} htmlFor={props.id}>
      <Select
        id={props.id}
        className="dd-filter-select"
        allowClear
        showSearch={{ filterOption: filterOptionByLabel }}
        placeholder={t('common.all')}
        options={props.options}
        value={props.value}
        onChange={(v: V | undefined) => props.onChange(v ?? null)}
      />
    </Form.Item>
  );
}

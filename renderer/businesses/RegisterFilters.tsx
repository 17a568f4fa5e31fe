import { SearchOutlined } from '@ant-design/icons';
import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { BusinessStatus, BusinessType } from '../../db/businessTypes';
import { filterOptionByLabel } from '../app/foldText';
import { useT } from '../app/i18n';
import { useDebounced } from '../app/useDebounced';
import { useBusinessChoices } from './labels';
import type { Communes } from './useCommunes';

const SEARCH_DEBOUNCE_MS = 200;

export interface RegisterFilterValues {
  search: string;
  communeCode: string | null;
  type: BusinessType | null;
  status: BusinessStatus | null;
}

export const NO_FILTERS: RegisterFilterValues = { search: '', communeCode: null, type: null, status: null };

/**
 * Search box (debounced; the server ignores diacritics) and the commune, type and status filters.
 * Labels say "Lọc theo ..." so they differ from the form's field labels.
 */
export function RegisterFilters({ communes, onChange }: { communes: Communes; onChange: (f: RegisterFilterValues) => void }) {
  const { t } = useT();
  const { typeOptions, statusOptions } = useBusinessChoices();
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const [communeCode, setCommuneCode] = useState<string | null>(null);
  const [type, setType] = useState<BusinessType | null>(null);
  const [status, setStatus] = useState<BusinessStatus | null>(null);

  useEffect(() => {
    onChange({ search, communeCode, type, status });
  }, [onChange, search, communeCode, type, status]);

  return (
    <Form layout="vertical" className="dd-filters" component="div">
      <Form.Item label={t('common.search')} htmlFor="business-search" className="dd-filter-search">
        <Input
          id="business-search"
          type="search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('business.list.searchPlaceholder')}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          maxLength={200}
        />
      </Form.Item>
      <FilterSelect id="business-filter-commune" label={t('business.list.filterCommune')} options={communes.options} value={communeCode} onChange={setCommuneCode} />
      <FilterSelect id="business-filter-type" label={t('business.list.filterType')} options={typeOptions} value={type} onChange={setType} />
      <FilterSelect id="business-filter-status" label={t('business.list.filterStatus')} options={statusOptions} value={status} onChange={setStatus} />
    </Form>
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

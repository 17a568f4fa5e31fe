import { Table, type GetRef, type TableProps } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BusinessListRow, BusinessSort } from '../../db/businessTypes';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { OfficeFilter, useOfficeFilter } from '../app/OfficeFilter';
import { useWindowHeight } from '../app/useWindowHeight';
import { ImportDialog } from './ImportDialog';
import { isNearEnd } from './paging';
import { useRegisterColumns, type RegisterSort } from './registerColumns';
import { NO_FILTERS, RegisterFilters, type RegisterFilterValues } from './RegisterFilters';
import { RegisterToolbar } from './RegisterToolbar';
import { useBusinessPages, type RegisterQuery } from './useBusinessPages';
import type { Communes } from './useCommunes';

/** Height of everything above and below the table's body (header, title, filters, toolbar). */
const CHROME_HEIGHT = 390;
const DEFAULT_SORT: RegisterSort = { sort: 'name', descending: false };

interface Props {
  communes: Communes;
  refreshToken: number;
  /** Changes when the clerk comes back to the list, to move focus to its heading. */
  focusToken: number;
  onOpen: (id: string) => void;
  onAdd: () => void;
  onImported: () => void;
}

/** The register: search, filters, server-side sort, a virtual table loading 200 rows at a time. */
export function BusinessListPage({ communes, refreshToken, focusToken, onOpen, onAdd, onImported }: Props) {
  const { t } = useT();
  const [filters, setFilters] = useState<RegisterFilterValues>(NO_FILTERS);
  const [sort, setSort] = useState<RegisterSort>(DEFAULT_SORT);
  const [importing, setImporting] = useState(false);
  const tableHeight = Math.max(240, useWindowHeight() - CHROME_HEIGHT);
  const { columns, width } = useRegisterColumns(sort, onOpen);

  const [office, setOffice] = useOfficeFilter();
  const query = useMemo<RegisterQuery>(() => ({ ...filters, ...sort, ...office }), [filters, sort, office]);
  const { rows, total, loading, loadMore } = useBusinessPages(query, refreshToken);
  const tableRef = useRef<GetRef<typeof Table>>(null);

  // A new search, filter or sort starts at the top, at once (antd's own scrollToFirstRowOnChange
  // animates, and meanwhile the shorter new result reads as "scrolled to the end": extra pages).
  useLayoutEffect(() => {
    tableRef.current?.scrollTo({ top: 0 });
  }, [query]);

  const onTableChange: TableProps<BusinessListRow>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    setSort(
      single?.order && single.columnKey
        ? { sort: single.columnKey as BusinessSort, descending: single.order === 'descend' }
        : DEFAULT_SORT,
    );
  };

  return (
    <>
      <PageTitle focusToken={focusToken} extra={<span role="status">{t('business.list.count', { count: total })}</span>}>
        {t('business.list.title')}
      </PageTitle>
      <OfficeFilter id="register-office-filter" value={office} onChange={setOffice} />
      <RegisterFilters communes={communes} onChange={setFilters} />
      <RegisterToolbar onAdd={onAdd} onImport={() => setImporting(true)} />
      {/* An empty table gets no scroll box: a scrollable region with nothing focusable fails axe. */}
      <Table<BusinessListRow>
        ref={tableRef}
        virtual={rows.length > 0}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        loading={loading && rows.length === 0}
        scroll={rows.length > 0 ? { x: width, y: tableHeight, scrollToFirstRowOnChange: false } : undefined}
        onChange={onTableChange}
        onScroll={(event) => {
          if (isNearEnd(event.currentTarget)) loadMore();
        }}
        onRow={(row) => ({ onClick: () => onOpen(row.id), className: 'dd-clickable-row' })}
        locale={{ emptyText: loading ? t('app.loading') : t('business.list.empty') }}
      />
      <div className="dd-table-status" aria-live="polite">
        {loading && rows.length > 0 ? t('business.list.loadingMore') : ''}
      </div>
      {importing && (
        <ImportDialog
          onClose={(imported) => {
            setImporting(false);
            if (imported) onImported();
          }}
        />
      )}
    </>
  );
}

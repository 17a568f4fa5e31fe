import { Button, type TableColumnType, type TableColumnsType } from 'antd';
import type { BusinessListRow, BusinessSort, BusinessStatus, BusinessType } from '../../db/businessTypes';
import { useT } from '../app/i18n';
import { formatDate } from '../i18n/translate';
import { StatusTag, useBusinessChoices } from './labels';

export interface RegisterSort {
  sort: BusinessSort;
  descending: boolean;
}

/**
 * The register's columns; sortable ones use the server's sort keys as column keys. The name is a
 * link-styled button, so Tab reaches each row and Enter opens it.
 */
export function useRegisterColumns({ sort, descending }: RegisterSort, onOpen: (id: string) => void) {
  const { t } = useT();
  const { typeLabel } = useBusinessChoices();
  const sortable = (key: BusinessSort): TableColumnType<BusinessListRow> => ({
    key,
    sorter: true,
    sortOrder: sort === key ? (descending ? 'descend' : 'ascend') : null,
  });

  const columns: TableColumnsType<BusinessListRow> = [
    {
      ...sortable('name'),
      dataIndex: 'name',
      title: t('business.field.name'),
      width: 260,
      render: (name: string, row) => (
        <Button
          type="link"
          className="dd-row-link"
          onClick={(event) => {
            event.stopPropagation();
            onOpen(row.id);
          }}
        >
          {name}
        </Button>
      ),
    },
    {
      ...sortable('type'),
      dataIndex: 'type',
      title: t('business.field.type'),
      width: 170,
      render: (value: BusinessType) => typeLabel(value),
    },
    { key: 'address', dataIndex: 'address', title: t('business.field.address'), width: 230, ellipsis: true },
    { ...sortable('commune'), dataIndex: 'communeName', title: t('business.field.communeCode'), width: 170 },
    { key: 'owner', dataIndex: 'ownerName', title: t('business.field.ownerName'), width: 170, ellipsis: true },
    { key: 'registrationNo', dataIndex: 'registrationNo', title: t('business.field.registrationNo'), width: 150 },
    {
      ...sortable('status'),
      dataIndex: 'status',
      title: t('business.field.status'),
      width: 150,
      render: (value: BusinessStatus) => <StatusTag status={value} />,
    },
    {
      ...sortable('updated'),
      dataIndex: 'updatedAt',
      title: t('business.field.updatedAt'),
      width: 120,
      render: (value: string) => formatDate(value),
    },
  ];
  const width = columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0);
  return { columns, width };
}

import { Tag } from 'antd';
import { BUSINESS_STATUSES, BUSINESS_TYPES, type BusinessStatus, type BusinessType } from '../../db/businessTypes';
import { useT } from '../app/i18n';

export function useBusinessChoices() {
  const { t } = useT();
  return {
    typeOptions: BUSINESS_TYPES.map((type) => ({ value: type, label: t(`business.type.${type}`) })),
    statusOptions: BUSINESS_STATUSES.map((status) => ({ value: status, label: t(`business.status.${status}`) })),
    typeLabel: (type: BusinessType) => t(`business.type.${type}`),
  };
}

/** Status as a tag; its colours are set in styles.css for AA contrast (antd's presets are too light). */
export function StatusTag({ status }: { status: BusinessStatus }) {
  const { t } = useT();
  return <Tag className={`dd-tag dd-status-${status}`}>{t(`business.status.${status}`)}</Tag>;
}

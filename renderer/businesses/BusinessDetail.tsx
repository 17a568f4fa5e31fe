import { ArrowLeftOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Descriptions, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { Business, BusinessChange } from '../../db/businessTypes';
import { api } from '../api';
import { ImportedRecordNote, useImportedFrom } from '../app/ImportedRecord';
import { useT } from '../app/i18n';
import { PageTitle } from '../app/PageTitle';
import { useApiCall } from '../app/useApiCall';
import { formatDate, formatNumber } from '../i18n/translate';
import { BusinessHistory } from './BusinessHistory';
import { StatusTag, useBusinessChoices } from './labels';
import type { Communes } from './useCommunes';

interface Props {
  id: string;
  communes: Communes;
  refreshToken: number;
  onBack: () => void;
  onEdit: (business: Business) => void;
  onChanged: () => void;
}

/** One business: every field, edit, record closure, change history. */
export function BusinessDetail({ id, communes, refreshToken, onBack, onEdit, onChanged }: Props) {
  const { t, locale } = useT();
  const { message, modal } = AntApp.useApp();
  const call = useApiCall();
  const { typeLabel } = useBusinessChoices();
  const [business, setBusiness] = useState<Business | null>(null);
  const [history, setHistory] = useState<BusinessChange[]>([]);
  const importedFrom = useImportedFrom('business', id, refreshToken);

  useEffect(() => {
    let current = true;
    void Promise.all([call(api['businesses.get']({ id })), call(api['businesses.history']({ id }))]).then(([b, h]) => {
      if (!current) return;
      if (b) setBusiness(b);
      if (h) setHistory(h);
    });
    return () => {
      current = false;
    };
  }, [call, id, refreshToken]);

  function confirmClose(target: Business) {
    void modal.confirm({
      title: t('business.detail.close'),
      content: t('business.detail.closeConfirm'),
      okText: t('business.detail.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const closed = await call(api['businesses.close']({ id: target.id }));
        if (!closed) return;
        void message.success(t('business.detail.closed'));
        onChanged();
      },
    });
  }

  const back = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={onBack}>
      {t('common.back')}
    </Button>
  );
  if (!business) {
    return (
      <>
        {back}
        <Spin className="dd-gap-top" />
      </>
    );
  }
  const empty = t('common.empty');
  const text = (value: string) => value || empty;
  const number = (value: number | null) => (value === null ? empty : formatNumber(locale, value));
  const date = (value: string | null) => formatDate(value) || empty;

  return (
    <>
      <Space wrap className="dd-gap-bottom">
        {back}
      </Space>
      <PageTitle focusToken={1} extra={<StatusTag status={business.status} />}>{business.name}</PageTitle>
      <ImportedRecordNote office={importedFrom} />
      <Space wrap className="dd-toolbar">
        <Button type="primary" icon={<EditOutlined aria-hidden />} disabled={importedFrom !== null} onClick={() => onEdit(business)}>
          {t('common.edit')}
        </Button>
        <Button
          danger
          icon={<StopOutlined aria-hidden />}
          disabled={business.status === 'closed' || importedFrom !== null}
          onClick={() => confirmClose(business)}
        >
          {t('business.detail.close')}
        </Button>
      </Space>
      <Descriptions
        title={<h2 className="dd-section-title">{t('business.detail.fields')}</h2>}
        bordered
        size="small"
        column={{ xs: 1, lg: 2 }}
        items={[
          { key: 'name', label: t('business.field.name'), children: business.name },
          { key: 'type', label: t('business.field.type'), children: typeLabel(business.type) },
          { key: 'address', label: t('business.field.address'), children: text(business.address) },
          {
            key: 'commune',
            label: t('business.field.communeCode'),
            children: business.communeName || communes.nameOf(business.communeCode) || business.communeCode,
          },
          { key: 'owner', label: t('business.field.ownerName'), children: text(business.ownerName) },
          { key: 'phone', label: t('business.field.phone'), children: text(business.phone) },
          { key: 'regNo', label: t('business.field.registrationNo'), children: text(business.registrationNo) },
          { key: 'regDate', label: t('business.field.registrationDate'), children: date(business.registrationDate) },
          { key: 'certNo', label: t('business.field.securityCertNo'), children: text(business.securityCertNo) },
          { key: 'certDate', label: t('business.field.securityCertDate'), children: date(business.securityCertDate) },
          { key: 'licenceNo', label: t('business.field.licenceNo'), children: business.licenceNo || '–' },
          { key: 'licenceDate', label: t('business.field.licenceDate'), children: date(business.licenceDate ?? null) },
          { key: 'licenceIssuer', label: t('business.field.licenceIssuer'), children: business.licenceIssuer || '–' },
          { key: 'workers', label: t('business.field.workersTotal'), children: number(business.workersTotal) },
          { key: 'women', label: t('business.field.workersWomen'), children: number(business.workersWomen) },
          { key: 'status', label: t('business.field.status'), children: <StatusTag status={business.status} /> },
          { key: 'updated', label: t('business.field.updatedAt'), children: date(business.updatedAt) },
          { key: 'notes', label: t('business.field.notes'), span: 'filled', children: <span className="dd-pre">{text(business.notes)}</span> },
        ]}
      />
      <h2 className="dd-section-title dd-gap-top">{t('business.detail.history')}</h2>
      <BusinessHistory history={history} communes={communes} />
    </>
  );
}

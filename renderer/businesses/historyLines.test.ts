import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { camelField, historyLines } from './historyLines';

const format = {
  locale: 'vi' as const,
  t: (key: Parameters<typeof translate>[1]) => translate('vi', key),
  communeName: (code: string) => (code === '05977' ? 'Phường Đông Kinh' : undefined),
};

describe('history lines', () => {
  it('maps snake_case columns to field keys', () => {
    expect(camelField('owner_name')).toBe('ownerName');
    expect(camelField('security_cert_date')).toBe('securityCertDate');
    expect(camelField('name')).toBe('name');
  });

  it('labels and formats the changed fields, leaving internal columns out', () => {
    const lines = historyLines(
      {
        seq: 2,
        op: 'U',
        changedAt: '2025-01-02T03:04:05Z',
        changedBy: 'admin',
        fields: [
          { field: 'id', before: null, after: 'x' },
          { field: 'unit_code', before: null, after: '20' },
          { field: 'owner_name', before: 'A', after: 'B' },
          { field: 'status', before: 'operating', after: 'closed' },
          { field: 'type', before: null, after: 'guest_house' },
          { field: 'commune_code', before: '05977', after: '99999' },
          { field: 'registration_date', before: null, after: '2024-03-05' },
          { field: 'workers_total', before: 1000, after: 1200 },
        ],
      },
      format,
    );
    expect(lines).toEqual([
      { field: 'ownerName', labelKey: 'business.field.ownerName', before: 'A', after: 'B' },
      { field: 'status', labelKey: 'business.field.status', before: 'Đang hoạt động', after: 'Đã đóng cửa' },
      { field: 'type', labelKey: 'business.field.type', before: '', after: 'Nhà nghỉ' },
      { field: 'communeCode', labelKey: 'business.field.communeCode', before: 'Phường Đông Kinh', after: '99999' },
      { field: 'registrationDate', labelKey: 'business.field.registrationDate', before: '', after: '05/03/2024' },
      { field: 'workersTotal', labelKey: 'business.field.workersTotal', before: '1.000', after: '1.200' },
    ]);
  });
});

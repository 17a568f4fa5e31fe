import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { BusinessFields } from '../../electron/api/schemas/business';
import { issuesFromZod } from '../app/formErrors';
import { businessFieldsInput, businessFormValues, emptyBusinessForm, explainEmptyChoices } from './businessFormValues';

const complete = {
  name: 'Karaoke Hoa Mai',
  type: 'karaoke',
  address: '5 Lê Lợi',
  communeCode: '05977',
  ownerName: 'Trần Thị B',
  phone: '0205 3812 345',
  registrationNo: '14A8001234',
  registrationDate: '2021-03-05',
  securityCertNo: 'ANTT-12',
  securityCertDate: null,
  licenceNo: '15/GP-UBND',
  licenceDate: '2025-08-20',
  licenceIssuer: 'UBND phường Đông Kinh',
  workersTotal: 12,
  workersWomen: 7,
  status: 'operating',
  notes: '',
} as const;

describe('business form values', () => {
  it('round-trips a business through the form', () => {
    const values = businessFormValues(complete);
    expect(dayjs.isDayjs(values.registrationDate)).toBe(true);
    expect(values.registrationDate?.format('DD/MM/YYYY')).toBe('05/03/2021');
    expect(values.securityCertDate).toBeNull();
    expect(businessFieldsInput(values)).toEqual(complete);
  });

  it('turns empty inputs into null dates and numbers and empty texts', () => {
    const input = businessFieldsInput({ ...emptyBusinessForm(), name: 'A', workersTotal: undefined, registrationDate: undefined });
    expect(input).toMatchObject({
      name: 'A',
      address: '',
      registrationDate: null,
      securityCertDate: null,
      workersTotal: null,
      workersWomen: null,
      status: 'operating',
      type: '',
      communeCode: '',
    });
  });

  it('reads an empty choice as required', () => {
    const input = businessFieldsInput({ name: 'A' });
    const parsed = BusinessFields.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = explainEmptyChoices(issuesFromZod(parsed.error), input);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'type', messageKey: 'validation.required' },
        { path: 'communeCode', messageKey: 'validation.required' },
        { path: 'status', messageKey: 'validation.required' },
      ]),
    );
  });

  it('validates with the shared schema', () => {
    const parsed = BusinessFields.safeParse(businessFieldsInput({ ...businessFormValues(complete), workersWomen: 20 }));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(issuesFromZod(parsed.error)).toEqual([{ path: 'workersWomen', messageKey: 'validation.womenMoreThanTotal' }]);
  });
});

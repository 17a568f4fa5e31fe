import dayjs, { type Dayjs } from 'dayjs';
import type { BusinessFields, BusinessStatus, BusinessType } from '../../db/businessTypes';
import type { FieldIssue } from '../app/formErrors';
import type { NumberValue } from '../components/NumberInput';

/** The business form's fields in their visual (and Tab) order. */
export const BUSINESS_FIELD_NAMES = [
  'name',
  'type',
  'status',
  'address',
  'communeCode',
  'ownerName',
  'phone',
  'registrationNo',
  'registrationDate',
  'securityCertNo',
  'securityCertDate',
  'licenceNo',
  'licenceDate',
  'licenceIssuer',
  'workersTotal',
  'workersWomen',
  'notes',
] as const satisfies readonly (keyof BusinessFields)[];
export type BusinessFieldName = (typeof BUSINESS_FIELD_NAMES)[number];

const DATE_FIELDS = ['registrationDate', 'securityCertDate', 'licenceDate'] as const;
const NUMBER_FIELDS = ['workersTotal', 'workersWomen'] as const;
const TEXT_FIELDS = ['name', 'address', 'ownerName', 'phone', 'registrationNo', 'securityCertNo', 'licenceNo', 'licenceIssuer', 'notes'] as const;

/** What the antd form holds: dates as dayjs, empty selects and numbers as null/undefined. */
export interface BusinessFormValues {
  name?: string;
  type?: BusinessType | null;
  address?: string;
  communeCode?: string | null;
  ownerName?: string;
  phone?: string;
  registrationNo?: string;
  registrationDate?: Dayjs | null;
  securityCertNo?: string;
  securityCertDate?: Dayjs | null;
  licenceNo?: string;
  licenceDate?: Dayjs | null;
  licenceIssuer?: string;
  workersTotal?: NumberValue;
  workersWomen?: NumberValue;
  status?: BusinessStatus | null;
  notes?: string;
}

/** Calendar dates are stored as YYYY-MM-DD. */
export const ISO_DATE = 'YYYY-MM-DD';
/** What the clerk sees and types first; the others are accepted when typed. */
export const DATE_INPUT_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'DDMMYYYY', 'YYYY-MM-DD'];

export function emptyBusinessForm(): BusinessFormValues {
  return { status: 'operating' };
}

export function businessFormValues(fields: BusinessFields): BusinessFormValues {
  return {
    ...fields,
    registrationDate: fields.registrationDate ? dayjs(fields.registrationDate, ISO_DATE) : null,
    securityCertDate: fields.securityCertDate ? dayjs(fields.securityCertDate, ISO_DATE) : null,
    licenceDate: fields.licenceDate ? dayjs(fields.licenceDate, ISO_DATE) : null,
  };
}

function dateOf(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (dayjs.isDayjs(value)) return value.isValid() ? value.format(ISO_DATE) : 'invalid';
  return value;
}

/** NumberInput gives a number, null, or the refused text itself, which the schema then refuses. */
function numberOf(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  return value;
}

/**
 * The form's values as the API's BusinessFields input: dates as YYYY-MM-DD or null, empty
 * numbers null, missing texts ''. Not validated: parse the result with BusinessFields.
 */
export function businessFieldsInput(values: BusinessFormValues): Record<BusinessFieldName, unknown> {
  const input = {} as Record<BusinessFieldName, unknown>;
  for (const name of TEXT_FIELDS) input[name] = values[name] ?? '';
  for (const name of DATE_FIELDS) input[name] = dateOf(values[name]);
  for (const name of NUMBER_FIELDS) input[name] = numberOf(values[name]);
  input.type = values.type ?? '';
  input.communeCode = values.communeCode ?? '';
  input.status = values.status ?? '';
  return input;
}

/** An empty choice reads "required" rather than "invalid choice". */
export function explainEmptyChoices(issues: FieldIssue[], input: Record<string, unknown>): FieldIssue[] {
  return issues.map((issue) =>
    issue.messageKey === 'validation.choice' && (input[issue.path] === '' || input[issue.path] === null)
      ? { ...issue, messageKey: 'validation.required' }
      : issue,
  );
}

import dayjs, { type Dayjs } from 'dayjs';
import type { CaseFieldsInput } from '../../electron/api/schemas/plan';
import type { ProcedureOutput } from '../../electron/api/contract';

export type CaseOut = ProcedureOutput<'cases.get'>;

type DateField = 'receivedOn' | 'acceptedOn' | 'verifiedOn' | 'classifiedOn' | 'transferredOn' | 'resolvedOn';

export const CASE_FIELD_NAMES = [
  'kind', 'receivedOn', 'acceptedOn', 'complex', 'channel', 'anonymous', 'reporterName', 'reporterContact', 'businessId', 'place', 'communeCode',
  'content', 'classification', 'handler', 'verifiedOn', 'classifiedOn', 'transferredOn', 'transferredTo',
  'resolvedOn', 'outcome',
] as const;

/** What the antd form holds: dates as dayjs, empty choices as null. */
export type CaseFormValues = Omit<CaseFieldsInput, DateField> & Record<DateField, Dayjs | null>;

export function emptyCaseForm(today: Dayjs): CaseFormValues {
  return {
    kind: 'denunciation', receivedOn: today, acceptedOn: null, complex: false, channel: 'phone', anonymous: false, reporterName: '', reporterContact: '',
    businessId: null, place: '', communeCode: null, content: '', classification: '', handler: '',
    verifiedOn: null, classifiedOn: null, transferredOn: null, transferredTo: '', resolvedOn: null, outcome: '',
  };
}

export function caseFormValues(c: CaseOut): CaseFormValues {
  const date = (v: string | null) => (v ? dayjs(v, 'YYYY-MM-DD') : null);
  return {
    ...c,
    receivedOn: date(c.receivedOn), acceptedOn: date(c.acceptedOn), verifiedOn: date(c.verifiedOn),
    classifiedOn: date(c.classifiedOn), transferredOn: date(c.transferredOn), resolvedOn: date(c.resolvedOn),
  };
}

/** The form's values as the API input: dates YYYY-MM-DD or null (an empty deadline: the legal one). */
export function caseFieldsInput(values: CaseFormValues): CaseFieldsInput {
  const input: Record<string, unknown> = {};
  for (const name of CASE_FIELD_NAMES) {
    const value: unknown = values[name];
    input[name] = dayjs.isDayjs(value) ? (value.isValid() ? value.format('YYYY-MM-DD') : 'invalid') : (value ?? null);
  }
  return input as CaseFieldsInput;
}

import { z } from 'zod';
import {
  BUSINESS_SORTS,
  BUSINESS_STATUSES,
  BUSINESS_TYPES,
  type Business as BusinessRecord,
  type BusinessChange as BusinessChangeRecord,
  type BusinessFields as BusinessFieldsRecord,
  type BusinessPage as BusinessPageRecord,
  type BusinessQuery as BusinessQueryRecord,
} from '../../../db/businessTypes';
import { CalendarDate, requiredText, trimmed, Uuid } from './common';

export const BusinessType = z.enum(BUSINESS_TYPES, { error: 'validation.choice' });
export const BusinessStatus = z.enum(BUSINESS_STATUSES, { error: 'validation.choice' });

const workerCount = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.wholeNumber' })
  .min(0, { error: 'validation.notNegative' })
  .max(100_000, { error: 'validation.tooLarge' })
  .nullable();

/** What a clerk enters for a business; the same schema checks forms, imports and the API. */
export const BusinessFields = z
  .object({
    name: requiredText(300),
    type: BusinessType,
    address: trimmed(500),
    communeCode: requiredText(20),
    ownerName: trimmed(200),
    phone: trimmed(50).pipe(z.string().regex(/^[0-9 +().-]*$/, { error: 'validation.phone' })),
    registrationNo: trimmed(100),
    registrationDate: CalendarDate.nullable(),
    securityCertNo: trimmed(100),
    securityCertDate: CalendarDate.nullable(),
    licenceNo: trimmed(100).default(''),
    licenceDate: CalendarDate.nullable().default(null),
    licenceIssuer: trimmed(300).default(''),
    workersTotal: workerCount,
    workersWomen: workerCount,
    status: BusinessStatus,
    notes: trimmed(4000),
  })
  .refine((b) => b.workersWomen === null || b.workersTotal === null || b.workersWomen <= b.workersTotal, {
    error: 'validation.womenMoreThanTotal',
    path: ['workersWomen'],
  }) satisfies z.ZodType<BusinessFieldsRecord, unknown>;
export type BusinessFieldsInput = z.input<typeof BusinessFields>;

export const Business = z.object({
  id: Uuid,
  name: z.string(),
  type: BusinessType,
  address: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  ownerName: z.string(),
  phone: z.string(),
  registrationNo: z.string(),
  registrationDate: z.string().nullable(),
  securityCertNo: z.string(),
  securityCertDate: z.string().nullable(),
  licenceNo: z.string().optional(),
  licenceDate: z.string().nullable().optional(),
  licenceIssuer: z.string().optional(),
  workersTotal: z.number().nullable(),
  workersWomen: z.number().nullable(),
  status: BusinessStatus,
  notes: z.string(),
  unitCode: z.string(),
  unitListVersion: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
}) satisfies z.ZodType<BusinessRecord>;

export const BusinessQuery = z.object({
  search: z.string().max(200).default(''),
  communeCode: z.string().max(20).nullable().default(null),
  type: BusinessType.nullable().default(null),
  status: BusinessStatus.nullable().default(null),
  originInstallationId: Uuid.nullable().default(null),
  unitCode: z.string().max(32).nullable().default(null),
  sort: z.enum(BUSINESS_SORTS).default('name'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
}) satisfies z.ZodType<BusinessQueryRecord, unknown>;
export type BusinessQueryInput = z.input<typeof BusinessQuery>;

export const BusinessListRow = Business.pick({
  id: true,
  name: true,
  type: true,
  address: true,
  communeCode: true,
  communeName: true,
  ownerName: true,
  registrationNo: true,
  status: true,
  updatedAt: true,
});

export const BusinessPage = z.object({ total: z.number(), rows: z.array(BusinessListRow) }) satisfies z.ZodType<BusinessPageRecord>;

export const BusinessChange = z.object({
  seq: z.number(),
  op: z.enum(['I', 'U', 'D']),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
}) satisfies z.ZodType<BusinessChangeRecord>;

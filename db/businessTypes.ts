/** The business register's shapes, shared by the query module, the API contract and the UI. */

export const BUSINESS_TYPES = [
  'karaoke',
  'dance_hall',
  'massage_sauna',
  'hotel',
  'guest_house',
  'rental_rooms',
  'hostess_venue',
  'barber',
  'other',
  // Named by 2026 plans (issue 14): homestays, serviced apartments (căn hộ cho thuê), spas.
  'homestay',
  'serviced_apartment',
  'spa',
] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export const BUSINESS_STATUSES = ['operating', 'suspended', 'closed'] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

/** What a clerk enters for a business. */
export interface BusinessFields {
  name: string;
  type: BusinessType;
  address: string;
  communeCode: string;
  ownerName: string;
  phone: string;
  registrationNo: string;
  registrationDate: string | null;
  securityCertNo: string;
  securityCertDate: string | null;
  /** Karaoke / dance-hall business licence (Decree 54/2019 art. 3): number, date, issuing body. */
  licenceNo?: string;
  licenceDate?: string | null;
  licenceIssuer?: string;
  workersTotal: number | null;
  workersWomen: number | null;
  status: BusinessStatus;
  notes: string;
}

export interface Business extends BusinessFields {
  id: string;
  communeName: string;
  unitCode: string;
  unitListVersion: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export type BusinessListRow = Pick<
  Business,
  'id' | 'name' | 'type' | 'address' | 'communeCode' | 'communeName' | 'ownerName' | 'registrationNo' | 'status' | 'updatedAt'
>;

export interface BusinessPage {
  total: number;
  rows: BusinessListRow[];
}

export const BUSINESS_SORTS = ['name', 'commune', 'type', 'status', 'updated'] as const;
export type BusinessSort = (typeof BUSINESS_SORTS)[number];

export interface BusinessQuery {
  search: string;
  communeCode: string | null;
  type: BusinessType | null;
  status: BusinessStatus | null;
  /** Province consolidated view: only records imported from this installation (or unit). */
  originInstallationId?: string | null;
  unitCode?: string | null;
  sort: BusinessSort;
  descending: boolean;
  offset: number;
  limit: number;
}

export interface BusinessChange {
  seq: number;
  op: 'I' | 'U' | 'D';
  changedAt: string;
  changedBy: string | null;
  fields: { field: string; before: unknown; after: unknown }[];
}

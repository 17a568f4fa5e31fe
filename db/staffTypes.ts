/** The staff register's shapes (the denominator of T12), shared by the query module, the API and the UI. */

export const STAFF_GENDERS = ['female', 'male'] as const;
export type StaffGender = (typeof STAFF_GENDERS)[number];

export const STAFF_LEVELS = ['province', 'district', 'commune'] as const;
export type StaffLevel = (typeof STAFF_LEVELS)[number];

export const STAFF_GROUPS = ['official', 'civil_servant', 'public_employee', 'collaborator', 'police_border_guard', 'other'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

export const STAFF_STATUSES = ['active', 'left'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** What a clerk enters for a person. */
export interface StaffFields {
  fullName: string;
  gender: StaffGender | null;
  birthYear: number | null;
  position: string;
  agency: string;
  level: StaffLevel;
  /** The administrative unit the person serves. */
  unitCode: string;
  group: StaffGroup;
  phone: string;
  status: StaffStatus;
  /** "Đã nghỉ" from this local date (status 'left'); null while active, or for a departure recorded without a date. */
  leftOn?: string | null;
}

export interface StaffPerson extends StaffFields {
  id: string;
  leftOn: string | null;
  unitName: string;
  updatedAt: string;
}

/** Communication (outreach) events and the schools register: shapes shared by db, API and UI. */

export const OUTREACH_TYPES = ['conference', 'talk', 'loudspeaker', 'poster', 'leaflet', 'press', 'social_media', 'business_visit'] as const;
export type OutreachType = (typeof OUTREACH_TYPES)[number];

export const SCHOOL_KINDS = ['high_school', 'college', 'vocational'] as const;
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

export interface SchoolFields {
  name: string;
  kind: SchoolKind;
  communeCode: string;
  enrolment: number;
}

export interface School extends SchoolFields {
  id: string;
}

export interface OutreachEventFields {
  type: OutreachType;
  date: string;
  communeCodes: string[];
  organiser: string;
  workersReached: number;
  /** The at-risk businesses whose workers were reached, when known. */
  businessIds: string[];
  studentsReached: number;
  schoolId: string | null;
  publicReached: number;
  materials: string;
  /** Required when more workers were reached than the named businesses employ. */
  headcountReason: string;
  notes: string;
}

export interface OutreachEvent extends OutreachEventFields {
  id: string;
}

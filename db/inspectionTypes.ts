/** Inspections' shapes, shared by the query modules, the API contract, the print layout and the UI. */
import type { BusinessType } from './businessTypes';

export const ANSWER_KINDS = ['yesno', 'number', 'text'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const SEVERITIES = ['minor', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const YES_NO_ANSWERS = ['yes', 'no', 'na'] as const;

/** Which answer counts as a violation: a yes/no answer, or a number below / above a limit. */
export type ViolationRule =
  | { kind: 'answer'; answer: 'yes' | 'no' }
  | { kind: 'below'; limit: number }
  | { kind: 'above'; limit: number };

export interface ChecklistItem {
  /** Stable within a template across versions, so answers and violations can be followed. */
  key: string;
  text: string;
  kind: AnswerKind;
  /** Unit of a number answer (m², lux, ...). */
  unit: string;
  required: boolean;
  violation: ViolationRule | null;
  severity: Severity;
  legalBasis: string;
}

export interface ChecklistSection {
  title: string;
  items: ChecklistItem[];
}

export interface ChecklistTemplate {
  id: string;
  templateKey: string;
  version: number;
  businessType: BusinessType;
  title: string;
  sections: ChecklistSection[];
  createdAt: string;
  /** Inspections that use this version: such a version can no longer be deleted. */
  inUse: number;
}

export interface TeamMember {
  name: string;
  agency: string;
  userId: string | null;
}

export interface PlanFields {
  title: string;
  periodFrom: string;
  periodTo: string;
  decisionNo: string;
  decisionDate: string;
  team: TeamMember[];
}

export const INSPECTION_STATUSES = ['planned', 'draft', 'final'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const HANDLINGS = ['reminder', 'warning', 'fine', 'suspension', 'referral'] as const;
export type Handling = (typeof HANDLINGS)[number];

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

/** The kinds of handling before the Decree 282/2025 chain (kept on migrated rows as legacy_handling). */
export const LEGACY_HANDLINGS = ['reminder', 'warning', 'fine', 'suspension', 'referral'] as const;
export type LegacyHandling = (typeof LEGACY_HANDLINGS)[number];

/**
 * How a violation was handled according to law (Law on Handling Administrative Violations): a sanction
 * decision, passed to the person competent to sanction, passed to the police (signs of a crime), or closed
 * without a decision for a reason art. 65 gives. A reminder is none of these: it is not a sanction.
 */
export const OUTCOMES = ['sanctioned', 'transferred_competent', 'transferred_police', 'closed_lawful'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The main sanction of a decision: a warning (a written decision too) or a fine. */
export const MAIN_SANCTIONS = ['warning', 'fine'] as const;
export type MainSanction = (typeof MAIN_SANCTIONS)[number];
/** Lawful reasons to issue no sanction decision (Law on HAV 2012, art. 65 clause 1). */
export const CLOSE_REASONS = ['not_sanctionable', 'violator_unknown', 'time_limit_expired', 'violator_ceased'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];
/** A step of the chain as the office records it. */
export const HANDLING_STEPS = ['reminder', 'record', 'decision', 'transfer', 'close'] as const;

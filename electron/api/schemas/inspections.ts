import { z } from 'zod';
import { HeaderFigure } from './plan';
import { ANSWER_KINDS, CLOSE_REASONS, INSPECTION_STATUSES, LEGACY_HANDLINGS, MAIN_SANCTIONS, OUTCOMES, SEVERITIES } from '../../../db/inspectionTypes';
import type { ViolationRecord } from '../../../db/violations';
export { CLOSE_REASONS, MAIN_SANCTIONS, OUTCOMES };
import type { AnswerKind as AnswerKindRecord, ChecklistTemplate as TemplateRecord, PlanFields as PlanFieldsRecord, ViolationRule as ViolationRuleRecord } from '../../../db/inspectionTypes';
import { BusinessType } from './business';
import { CalendarDate, requiredText, trimmed, Uuid } from './common';

export const ViolationRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), answer: z.enum(['yes', 'no']) }),
  z.object({ kind: z.literal('below'), limit: z.number() }),
  z.object({ kind: z.literal('above'), limit: z.number() }),
]);

/** Which violation rules an answer kind can have: a yes/no answer, a number's limit, none for short text. */
export function ruleFits(kind: AnswerKindRecord, rule: ViolationRuleRecord | null): boolean {
  if (rule === null) return true;
  if (kind === 'yesno') return rule.kind === 'answer';
  if (kind === 'number') return rule.kind !== 'answer' && Number.isFinite(rule.limit);
  return false;
}

export const ChecklistItem = z.object({
  key: requiredText(60).pipe(z.string().regex(/^[a-z0-9_]+$/, { error: 'inspections.template.itemKey' })),
  text: requiredText(500),
  kind: z.enum(ANSWER_KINDS, { error: 'validation.choice' }),
  unit: trimmed(20),
  required: z.boolean(),
  violation: ViolationRule.nullable(),
  severity: z.enum(SEVERITIES, { error: 'validation.choice' }),
  legalBasis: trimmed(300),
}).refine((item) => ruleFits(item.kind, item.violation), { error: 'inspections.template.ruleKind', path: ['violation'] });

export type ChecklistItem = z.infer<typeof ChecklistItem>;
export type AnswerKind = ChecklistItem['kind'];

export const ChecklistSection = z.object({ title: requiredText(200), items: z.array(ChecklistItem).min(1, { error: 'inspections.template.emptySection' }).max(200) });
export type ChecklistSection = z.infer<typeof ChecklistSection>;

const Sections = z
  .array(ChecklistSection)
  .min(1, { error: 'inspections.template.empty' })
  .max(30)
  .refine((sections) => {
    const keys = sections.flatMap((s) => s.items.map((i) => i.key));
    return new Set(keys).size === keys.length;
  }, { error: 'inspections.template.duplicateKey' });

export const ChecklistTemplate = z.object({
  id: z.string(),
  templateKey: z.string(),
  version: z.number(),
  businessType: BusinessType,
  title: z.string(),
  sections: z.array(ChecklistSection),
  createdAt: z.string(),
  inUse: z.number(),
}) satisfies z.ZodType<TemplateRecord, unknown>;

export const TemplateEdit = z.object({ templateKey: requiredText(100), title: requiredText(300), sections: Sections });

export const TeamMember = z.object({ name: requiredText(100), agency: requiredText(200), userId: z.string().max(60).nullable().default(null) });

/** A member's name however it was typed (case, spaces, NFC), so one person is not counted twice. */
const memberKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export const PlanFields = z
  .object({
    title: requiredText(300),
    periodFrom: CalendarDate,
    periodTo: CalendarDate,
    decisionNo: requiredText(60),
    decisionDate: CalendarDate,
    team: z
      .array(TeamMember)
      .min(3, { error: 'inspections.plan.teamTooSmall' })
      .max(30)
      .refine((team) => new Set(team.map((m) => memberKey(m.name))).size === team.length, { error: 'inspections.plan.memberTwice' }),
  })
  .refine((p) => p.periodTo >= p.periodFrom, { error: 'inspections.plan.periodOrder', path: ['periodTo'] }) satisfies z.ZodType<
  PlanFieldsRecord,
  unknown
>;

export const InspectionPlan = z.object({
  id: z.string(),
  unitCode: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  decisionNo: z.string(),
  decisionDate: z.string(),
  team: z.array(z.object({ name: z.string(), agency: z.string(), userId: z.string().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  businesses: z.number(),
  finalised: z.number(),
});

const InspectionStatus = z.enum(INSPECTION_STATUSES);

export const PlannedInspection = z.object({
  inspectionId: z.string(),
  code: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  businessType: BusinessType,
  communeName: z.string(),
  status: InspectionStatus,
});

export const InspectionListRow = z.object({
  code: z.string(),
  businessName: z.string(),
  communeName: z.string(),
  status: InspectionStatus,
  inspectedOn: z.string().nullable(),
  planTitle: z.string(),
  violations: z.number(),
});

export const PlanDetail = z.object({ plan: InspectionPlan, inspections: z.array(PlannedInspection) });

export const CandidateFilter = z.object({
  communeCode: z.string().max(20).nullable().default(null),
  type: BusinessType.nullable().default(null),
  lastInspectedBefore: CalendarDate.nullable().default(null),
  neverInspected: z.boolean().default(false),
  limit: z.number().int().min(1).max(2000).default(500),
});

export const PlanCandidate = z.object({
  id: z.string(),
  name: z.string(),
  type: BusinessType,
  communeCode: z.string(),
  communeName: z.string(),
  address: z.string(),
  lastInspectedOn: z.string().nullable(),
});

export const Coverage = z.object({
  year: z.number(),
  active: z.number(),
  covered: z.number(),
  communes: z.array(z.object({ communeCode: z.string(), communeName: z.string(), active: z.number(), covered: z.number() })),
});

export const Year = z.number({ error: 'validation.number' }).int().min(2000).max(2100);

const Violation = z.object({
  id: z.string(),
  inspectionId: z.string(),
  inspectionCode: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  itemKey: z.string(),
  description: z.string(),
  severity: z.enum(SEVERITIES),
  foundOn: z.string(),
  remindedOn: z.string().nullable(),
  recordNo: z.string(),
  recordOn: z.string().nullable(),
  recordBy: z.string(),
  provision: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  handledOn: z.string().nullable(),
  decisionNo: z.string(),
  decisionBy: z.string(),
  mainSanction: z.enum(MAIN_SANCTIONS).nullable(),
  fineAmount: z.number().nullable(),
  licenceWithdrawn: z.string(),
  licenceMonths: z.number().nullable(),
  suspended: z.boolean(),
  suspensionMonths: z.number().nullable(),
  confiscation: z.string(),
  remedial: z.string(),
  transferredTo: z.string(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closeNote: z.string(),
  legacyHandling: z.enum(LEGACY_HANDLINGS).nullable(),
  deadline: z.string().nullable(),
  closedOn: z.string().nullable(),
  reinspectionCode: z.string().nullable(),
  overdue: z.boolean(),
}) satisfies z.ZodType<ViolationRecord>;
export { Violation };

export const InspectionDetail = z.object({
  id: z.string(),
  code: z.string(),
  status: InspectionStatus,
  inspectedOn: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  business: z.object({
    id: z.string(),
    name: z.string(),
    type: BusinessType,
    address: z.string(),
    communeName: z.string(),
    ownerName: z.string(),
    registrationNo: z.string(),
    securityCertNo: z.string(),
  }),
  plan: InspectionPlan,
  template: ChecklistTemplate,
  answers: z.array(z.object({ itemKey: z.string(), value: z.string(), note: z.string(), updatedAt: z.string() })),
  violations: z.array(Violation),
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

export const Code = requiredText(30);

export const AnswerInput = z.object({
  inspectionId: Uuid,
  itemKey: requiredText(60),
  value: trimmed(500),
  note: trimmed(500).default(''),
});

export const AmendInput = z.object({
  inspectionId: Uuid,
  itemKey: requiredText(60),
  value: requiredText(500),
  reason: trimmed(500).pipe(z.string().min(1, { error: 'inspections.amend.reasonRequired' })),
});

export const HistoryEntry = z.object({
  kind: z.enum(['created', 'finalised', 'amended']),
  at: z.string(),
  by: z.string().nullable(),
  itemKey: z.string().nullable(),
  itemText: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  reason: z.string().nullable(),
});

const Months = z.number({ error: 'validation.number' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'inspections.handling.months' }).max(24, { error: 'inspections.handling.months' });
const required = (max: number, key: string) => trimmed(max).pipe(z.string().min(1, { error: key }));

/**
 * One step of a violation's handling (Law on HAV; Decree 282/2025): a reminder (not a sanction), the
 * violation record, the sanction decision, a transfer, or a closing without a decision for a lawful reason.
 */
export const HandlingInput = z.discriminatedUnion(
  'step',
  [
    z.object({ id: Uuid, step: z.literal('reminder'), on: CalendarDate }),
    z.object({
      id: Uuid,
      step: z.literal('record'),
      recordNo: required(60, 'inspections.handling.recordNoRequired'),
      recordOn: CalendarDate,
      recordBy: required(200, 'inspections.handling.recordByRequired'),
      provision: trimmed(300).default(''),
      deadline: CalendarDate.nullable().default(null),
    }),
    z
      .object({
        id: Uuid,
        step: z.literal('decision'),
        decisionNo: required(60, 'inspections.handling.decisionNoRequired'),
        decidedOn: CalendarDate,
        decisionBy: required(200, 'inspections.handling.decisionByRequired'),
        mainSanction: z.enum(MAIN_SANCTIONS, { error: 'validation.choice' }),
        fineAmount: z.number({ error: 'validation.number' }).int({ error: 'validation.wholeNumber' }).positive({ error: 'validation.notNegative' }).max(10_000_000_000).nullable().default(null),
        licenceWithdrawn: trimmed(200).default(''),
        licenceMonths: Months.nullable().default(null),
        suspensionMonths: Months.nullable().default(null),
        confiscation: trimmed(500).default(''),
        remedial: trimmed(500).default(''),
        deadline: CalendarDate.nullable().default(null),
      })
      .refine((h) => h.mainSanction !== 'fine' || h.fineAmount !== null, { error: 'inspections.handling.fineAmount', path: ['fineAmount'] })
      .refine((h) => (h.licenceWithdrawn === '') === (h.licenceMonths === null), { error: 'inspections.handling.licenceTerm', path: ['licenceMonths'] }),
    z.object({
      id: Uuid,
      step: z.literal('transfer'),
      to: z.enum(['competent', 'police'], { error: 'validation.choice' }),
      transferredTo: required(200, 'inspections.handling.transferredToRequired'),
      transferredOn: CalendarDate,
    }),
    z.object({ id: Uuid, step: z.literal('close'), reason: z.enum(CLOSE_REASONS, { error: 'validation.choice' }), note: trimmed(500).default(''), closedOn: CalendarDate }),
  ],
  { error: 'validation.choice' },
);
export type HandlingInput = z.infer<typeof HandlingInput>;

export const Figures = z.object({
  year: z.number(),
  inspected: z.number(),
  active: z.number(),
  violationsFound: z.number(),
  violationsHandled: z.number(),
  overdue: z.number(),
  /** T9 and T8 as the dashboard computes them, with frozen and live denominators. */
  targets: z.array(HeaderFigure),
});

/** The office's document settings (db/documentSettings.ts): parent body, place, team name, symbols, signers. */
export const DocumentSettingsOut = z.object({
  parentBody: z.string(),
  place: z.string(),
  teamName: z.string(),
  reportSymbol: z.string(),
  minutesSymbol: z.string(),
  signHead: z.string(),
  signPreparer: z.string(),
  recipients: z.string(),
});

/** What the print layout needs for one business's checklist or minutes. */
export const PrintSheet = z.object({
  officeName: z.string(),
  documents: DocumentSettingsOut,
  unitName: z.string(),
  code: z.string(),
  kind: z.enum(['checklist', 'minutes']),
  templateVersion: z.number(),
  title: z.string(),
  business: InspectionDetail.shape.business,
  plan: InspectionPlan,
  inspectedOn: z.string().nullable(),
  sections: z.array(ChecklistSection),
  answers: z.record(z.string(), z.string()),
  /** Minutes only: the inspectors' notes per item, as typed from the paper. */
  notes: z.record(z.string(), z.string()),
  /** Minutes only: the violations found, with their handling as recorded so far. */
  violations: z.array(
    z.object({
      itemKey: z.string(),
      description: z.string(),
      severity: z.enum(SEVERITIES),
      /** What the minutes may say: a reminder, a violation record made, a transfer; never a later decision. */
      remindedOn: z.string().nullable(),
      recordNo: z.string(),
      recordOn: z.string().nullable(),
      transfer: z.enum(['competent', 'police']).nullable(),
      transferredTo: z.string(),
      deadline: z.string().nullable(),
    }),
  ),
});
export type PrintSheet = z.infer<typeof PrintSheet>;

/** The violation record (biên bản vi phạm hành chính) of one inspection's violations under one number. */
export const ViolationRecordSheet = z.object({
  officeName: z.string(),
  unitName: z.string(),
  code: z.string(),
  recordNo: z.string(),
  recordOn: z.string(),
  recordBy: z.string(),
  inspectedOn: z.string().nullable(),
  business: InspectionDetail.shape.business,
  plan: InspectionPlan,
  violations: z.array(z.object({ description: z.string(), legalBasis: z.string(), provision: z.string() })),
  /** The office's document settings (the team's name as issuing body); absent: the default team wording. */
  documents: DocumentSettingsOut.optional(),
});
export type ViolationRecordSheet = z.infer<typeof ViolationRecordSheet>;

export const PrintRequest = z
  .object({ code: Code.nullable().default(null), planId: Uuid.nullable().default(null), minutes: z.boolean().default(false) })
  .refine((r) => (r.code === null) !== (r.planId === null), { error: 'inspections.print.codeOrPlan' });

/**
 * What finalising would record, read from the saved answers: every violation the answers imply and
 * every item left unanswered, each with its number as printed, for the clerk to confirm first.
 */
export const FinalisePreview = z.object({
  violations: z.array(z.object({ itemKey: z.string(), number: z.number(), text: z.string(), answer: z.string(), severity: z.enum(['minor', 'serious']) })),
  unanswered: z.array(z.object({ itemKey: z.string(), number: z.number(), text: z.string(), required: z.boolean() })),
});

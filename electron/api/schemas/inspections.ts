import { z } from 'zod';
import { ANSWER_KINDS, HANDLINGS, INSPECTION_STATUSES, SEVERITIES } from '../../../db/inspectionTypes';
export { HANDLINGS };
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
  handling: z.enum(HANDLINGS).nullable(),
  fineAmount: z.number().nullable(),
  decisionNo: z.string(),
  handledOn: z.string().nullable(),
  deadline: z.string().nullable(),
  closedOn: z.string().nullable(),
  reinspectionCode: z.string().nullable(),
  overdue: z.boolean(),
});
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

export const HandlingInput = z
  .object({
    id: Uuid,
    handling: z.enum(HANDLINGS, { error: 'validation.choice' }),
    fineAmount: z.number({ error: 'validation.number' }).int({ error: 'validation.wholeNumber' }).positive({ error: 'validation.notNegative' }).max(10_000_000_000).nullable().default(null),
    decisionNo: trimmed(60).default(''),
    handledOn: CalendarDate,
    deadline: CalendarDate.nullable().default(null),
  })
  .refine((h) => h.handling !== 'fine' || h.decisionNo !== '', { error: 'inspections.handling.fineDecision', path: ['decisionNo'] })
  .refine((h) => h.handling !== 'fine' || h.fineAmount !== null, { error: 'inspections.handling.fineAmount', path: ['fineAmount'] });

export const Figures = z.object({
  year: z.number(),
  inspected: z.number(),
  active: z.number(),
  violationsFound: z.number(),
  violationsHandled: z.number(),
  overdue: z.number(),
});

/** What the print layout needs for one business's checklist or minutes. */
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
      handling: z.enum(HANDLINGS).nullable(),
      fineAmount: z.number().nullable(),
      decisionNo: z.string(),
      deadline: z.string().nullable(),
    }),
  ),
});
export type PrintSheet = z.infer<typeof PrintSheet>;

export const PrintRequest = z
  .object({ code: Code.nullable().default(null), planId: Uuid.nullable().default(null), minutes: z.boolean().default(false) })
  .refine((r) => (r.code === null) !== (r.planId === null), { error: 'inspections.print.codeOrPlan' });

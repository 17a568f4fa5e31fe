import { z } from 'zod';
import { CASE_CHANNELS, CASE_KINDS, type CaseRecord } from '../../../db/cases';
import { RULE_STAGES, RULE_VARIANTS, type DeadlineRule as DeadlineRuleRecord } from '../../../db/caseDeadlines';
import { PERIOD_CONVENTIONS, TARGET_KINDS, THRESHOLD_KINDS, type AnnualPlan as AnnualPlanRecord } from '../../../db/plan';
import type { TargetFigure as TargetFigureRecord } from '../../plan/figures';
import type { FigureRecord as FigureRecordRecord } from '../../plan/indicators';
import { CalendarDate, requiredText, trimmed, Uuid } from './common';

export const PlanYear = z.number({ error: 'validation.number' }).int({ error: 'validation.wholeNumber' }).min(2000, { error: 'plan.error.year' }).max(2100, { error: 'plan.error.year' });

/** A target's threshold: positive; a percentage above 100 is refused where its kind is known (adopt.ts, the handler). */
export const Threshold = z
  .number({ error: 'validation.number' })
  .gt(0, { error: 'plan.error.thresholdRange' })
  .max(1_000_000_000, { error: 'plan.error.thresholdRange' });
export const ThresholdKind = z.enum(THRESHOLD_KINDS, { error: 'validation.choice' });
export const PeriodConvention = z.enum(PERIOD_CONVENTIONS, { error: 'validation.choice' });

export const AdoptPlanInput = z.object({
  year: PlanYear,
  documentRef: trimmed(300),
  adoptedOn: CalendarDate,
  startFrom: z.enum(['defaults', 'previous'], { error: 'validation.choice' }),
  /** Thresholds changed before adoption, by target code; a percentage above 100% is refused. */
  thresholds: z.record(z.string().max(20), Threshold).default({}),
  /** Threshold kinds changed before adoption (a count instead of a percentage), by target code. */
  thresholdKinds: z.record(z.string().max(20), ThresholdKind).default({}),
  periodConvention: PeriodConvention.default('calendar'),
});

/** A target a new plan would start with, for the adoption form. */
export const StartingTarget = z.object({ code: z.string(), text: z.string(), kind: z.enum(TARGET_KINDS), thresholdKind: ThresholdKind, threshold: z.number(), measure: z.string() });

export const PlanTarget = z.object({
  id: Uuid,
  planId: Uuid,
  code: z.string(),
  position: z.number(),
  text: z.string(),
  kind: z.enum(TARGET_KINDS),
  thresholdKind: ThresholdKind,
  threshold: z.number(),
  measure: z.string(),
  indicatorId: z.string().nullable(),
  denominatorId: z.string().nullable(),
  frozenDenominator: z.number().nullable(),
  declaredValue: z.number().nullable(),
  declaredOn: z.string().nullable(),
});

export const AnnualPlan = z.object({
  id: Uuid,
  unitCode: z.string(),
  year: z.number(),
  documentRef: z.string(),
  adoptedOn: z.string(),
  periodConvention: PeriodConvention,
  targets: z.array(PlanTarget),
}) satisfies z.ZodType<AnnualPlanRecord>;

export const TargetFigure = z.object({
  targetId: Uuid,
  code: z.string(),
  text: z.string(),
  kind: z.enum(TARGET_KINDS),
  thresholdKind: ThresholdKind,
  threshold: z.number(),
  measure: z.string(),
  indicatorId: z.string().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  frozenDenominator: z.number().nullable(),
  liveDenominator: z.number().nullable(),
  value: z.number().nullable(),
  projected: z.number().nullable(),
  status: z.enum(['met', 'on_track', 'behind', 'no_data', 'nothing_due', 'not_declared']),
  perCommune: z.array(
    z.object({ communeCode: z.string(), communeName: z.string().optional(), value: z.number(), numerator: z.number(), denominator: z.number() }),
  ),
  monthly: z.array(z.object({ month: z.number(), value: z.number().nullable() })),
}) satisfies z.ZodType<TargetFigureRecord>;

/** A target figure in a header or the CLI (electron/plan/figures.ts headerFigures): both denominators, to label them. */
export const HeaderFigure = z.object({
  code: z.string(),
  indicatorId: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  frozenDenominator: z.number().nullable(),
  liveDenominator: z.number(),
  value: z.number().nullable(),
});

export const Dashboard = z.object({
  year: z.number(),
  years: z.array(z.number()),
  plan: AnnualPlan.nullable(),
  figures: z.array(TargetFigure),
});

export const FigureRecord = z.object({
  id: z.string(),
  source: z.string(),
  date: z.string(),
  label: z.string(),
  detail: z.string(),
  counted: z.boolean(),
}) satisfies z.ZodType<FigureRecordRecord>;

export const DeclareInput = z.object({
  targetId: Uuid,
  /** A percentage (at most 100, checked against the target's kind by the handler) or a count. */
  value: z.number({ error: 'validation.number' }).min(0, { error: 'validation.notNegative' }).max(1_000_000_000, { error: 'plan.error.thresholdRange' }).nullable(),
});

export const CaseKind = z.enum(CASE_KINDS, { error: 'validation.choice' });
export const CaseChannel = z.enum(CASE_CHANNELS, { error: 'validation.choice' });

const optionalDate = CalendarDate.nullable().default(null);

/** What a clerk enters for a case; dates must follow one another, a case cannot be resolved before it was received. */
export const CaseFields = z
  .object({
    kind: CaseKind,
    receivedOn: CalendarDate,
    /** Ngày thụ lý: a denunciation's or complaint's deadline runs from it (before it, the time to accept). */
    acceptedOn: optionalDate,
    complex: z.boolean().default(false),
    channel: CaseChannel,
    anonymous: z.boolean().default(false),
    reporterName: trimmed(200).default(''),
    reporterContact: trimmed(200).default(''),
    businessId: Uuid.nullable().default(null),
    place: trimmed(500).default(''),
    communeCode: trimmed(20).nullable().default(null),
    content: requiredText(4000),
    classification: trimmed(200).default(''),
    handler: trimmed(200).default(''),
    verifiedOn: optionalDate,
    classifiedOn: optionalDate,
    transferredOn: optionalDate,
    transferredTo: trimmed(300).default(''),
    resolvedOn: optionalDate,
    outcome: trimmed(4000).default(''),
  })
  .superRefine((c, ctx) => {
    for (const field of ['acceptedOn', 'verifiedOn', 'classifiedOn', 'transferredOn', 'resolvedOn'] as const) {
      const date = c[field];
      if (date !== null && date < c.receivedOn) ctx.addIssue({ code: 'custom', path: [field], message: 'cases.error.beforeReceived' });
    }
  });
export type CaseFieldsInput = z.input<typeof CaseFields>;
/** Parsed case input: the deadline is counted by the handler from the rules (cases.deadlines) and extensions. */
export type CaseFieldsParsed = z.output<typeof CaseFields>;

export const Case = z.object({
  id: Uuid,
  kind: CaseKind,
  receivedOn: z.string(),
  acceptedOn: z.string().nullable(),
  complex: z.boolean(),
  channel: CaseChannel,
  anonymous: z.boolean(),
  reporterName: z.string(),
  reporterContact: z.string(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  place: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  content: z.string(),
  classification: z.string(),
  handler: z.string(),
  deadlineOn: z.string(),
  verifiedOn: z.string().nullable(),
  classifiedOn: z.string().nullable(),
  transferredOn: z.string().nullable(),
  transferredTo: z.string(),
  resolvedOn: z.string().nullable(),
  outcome: z.string(),
  createdAt: z.string(),
  /** Derived as of today: open past its deadline. */
  overdue: z.boolean(),
  /** The law the deadline is counted by, and whether its days still need confirming. */
  deadlineArticle: z.string(),
  deadlineToConfirm: z.boolean(),
  /** A crime report passed on: the investigating body's 20 days (CPC art. 147), for the record. */
  policeDeadlineOn: z.string().nullable(),
  extensions: z.array(z.object({ id: z.string(), extendedOn: z.string(), reason: z.string(), previousDeadline: z.string(), newDeadline: z.string() })),
  /** A reporter is stored but not shown (electron/cases/redact.ts): cases.revealReporter shows it, logged. */
  reporterHidden: z.boolean().optional(),
}) satisfies z.ZodType<CaseRecord & { overdue: boolean }>;

/** A saved case, with a warning when its deadline was already past at creation (allowed, flagged). */
export const CaseSaved = z.object({ case: Case, deadlinePassed: z.boolean() });

export const DeadlineRule = z.object({
  id: z.string(),
  kind: z.string(),
  stage: z.enum(RULE_STAGES),
  variant: z.enum(RULE_VARIANTS),
  days: z.number(),
  workingDays: z.boolean(),
  article: z.string(),
  source: z.string(),
  checkedOn: z.string(),
  status: z.enum(['checked', 'confirm']),
  note: z.string(),
}) satisfies z.ZodType<DeadlineRuleRecord>;
/** The deadline rules (data with their articles), and whether this office is in a remote area. */
export const CaseDeadlines = z.object({ remoteArea: z.boolean(), editable: z.boolean(), rules: z.array(DeadlineRule) });

export const DeadlineRuleInput = z.object({
  id: requiredText(60),
  days: z.number({ error: 'validation.number' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.invalid' }).max(365, { error: 'validation.tooLarge' }),
  article: requiredText(300),
  source: requiredText(300),
  checkedOn: CalendarDate,
  status: z.enum(['checked', 'confirm'], { error: 'validation.choice' }),
  note: trimmed(1000).default(''),
});

/** An extension: a step with its reason and the new deadline. */
export const CaseExtensionInput = z.object({
  caseId: Uuid,
  extendedOn: CalendarDate,
  reason: trimmed(1000).pipe(z.string().min(1, { error: 'cases.error.extensionReason' })),
  newDeadline: CalendarDate,
});

/** An adopted plan amended: the new number, date and thresholds (by target code), and why. */
export const AmendPlanInput = z.object({
  planId: Uuid,
  documentRef: trimmed(300),
  adoptedOn: CalendarDate,
  thresholds: z.record(z.string().max(20), Threshold).default({}),
  reason: requiredText(500),
});

export const PlanAmendmentOut = z.object({
  id: Uuid,
  at: z.string(),
  by: z.string().nullable(),
  reason: z.string(),
  changes: z.array(
    z.object({
      field: z.enum(['threshold', 'documentRef', 'adoptedOn']),
      code: z.string().nullable(),
      before: z.union([z.string(), z.number()]),
      after: z.union([z.string(), z.number()]),
    }),
  ),
});

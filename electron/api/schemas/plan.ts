import { z } from 'zod';
import { CASE_CHANNELS, CASE_KINDS, type CaseRecord } from '../../../db/cases';
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
    /** Empty: the received date plus the legal deadline of the kind (cases.deadlines). */
    deadlineOn: CalendarDate.nullable().default(null),
    verifiedOn: optionalDate,
    classifiedOn: optionalDate,
    transferredOn: optionalDate,
    transferredTo: trimmed(300).default(''),
    resolvedOn: optionalDate,
    outcome: trimmed(4000).default(''),
  })
  .superRefine((c, ctx) => {
    for (const field of ['verifiedOn', 'classifiedOn', 'transferredOn', 'resolvedOn'] as const) {
      const date = c[field];
      if (date !== null && date < c.receivedOn) ctx.addIssue({ code: 'custom', path: [field], message: 'cases.error.beforeReceived' });
    }
    if (c.deadlineOn !== null && c.deadlineOn < c.receivedOn) {
      ctx.addIssue({ code: 'custom', path: ['deadlineOn'], message: 'cases.error.deadlineBeforeReceived' });
    }
  });
export type CaseFieldsInput = z.input<typeof CaseFields>;
/** Parsed case input: the deadline may still be empty (filled from the kind's legal deadline). */
export type CaseFieldsParsed = z.output<typeof CaseFields>;

export const Case = z.object({
  id: Uuid,
  kind: CaseKind,
  receivedOn: z.string(),
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
}) satisfies z.ZodType<CaseRecord & { overdue: boolean }>;

/** A saved case, with a warning when its deadline was already past at creation (allowed, flagged). */
export const CaseSaved = z.object({ case: Case, deadlinePassed: z.boolean() });

export const CaseDeadlines = z.object({ denunciation: z.number(), report: z.number(), complaint: z.number() });

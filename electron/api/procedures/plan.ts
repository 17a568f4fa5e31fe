import { z } from 'zod';
import { none, type ProcedureSpec } from '../procedure';
import { Uuid } from '../schemas/common';
import { ReportLayoutRow, ReportNarrativeInput, ReportOut, SetLayoutInput } from '../schemas/reports';
import { OfficeFilterInput } from '../schemas/packages';
import {
  AdoptPlanInput,
  AmendPlanInput,
  PlanAmendmentOut,
  AnnualPlan,
  Case,
  CaseDeadlines,
  CaseFields,
  CaseExtensionInput,
  DeadlineRuleInput,
  CaseSaved,
  Dashboard,
  DeclareInput,
  FigureRecord,
  PeriodConvention,
  PlanYear,
  StartingTarget,
  Threshold,
  ThresholdKind,
} from '../schemas/plan';

/** Annual plan, targets dashboard and the case log (T7). */
export const planProcedures = {
  'plan.dashboard': { input: z.object({ year: PlanYear.nullable().default(null) }).extend(OfficeFilterInput.shape), output: Dashboard, access: 'user', area: 'any', kind: 'read' },
  'plan.adopt': { input: AdoptPlanInput, output: AnnualPlan, access: 'admin' },
  'plan.startingTargets': {
    input: z.object({ year: PlanYear, startFrom: z.enum(['defaults', 'previous'], { error: 'validation.choice' }) }),
    output: z.array(StartingTarget),
    access: 'admin',
    kind: 'read',
  },
  'plan.amend': { input: AmendPlanInput, output: AnnualPlan, access: 'admin' },
  'plan.amendments': { input: z.object({ planId: Uuid }), output: z.array(PlanAmendmentOut), access: 'user', area: 'any', kind: 'read' },
  'plan.setThreshold': { input: z.object({ targetId: Uuid, threshold: Threshold, thresholdKind: ThresholdKind.optional() }), output: AnnualPlan, access: 'admin' },
  'plan.setPeriodConvention': { input: z.object({ planId: Uuid, periodConvention: PeriodConvention }), output: AnnualPlan, access: 'admin' },
  'plan.declare': { input: DeclareInput, output: AnnualPlan, access: 'admin' },
  'plan.records': { input: z.object({ targetId: Uuid }).extend(OfficeFilterInput.shape), output: z.array(FigureRecord), access: 'user', area: 'any', kind: 'read' },

  'cases.list': { input: z.object({ filter: z.enum(['all', 'open', 'overdue']).default('all') }).extend(OfficeFilterInput.shape), output: z.object({ today: z.string(), rows: z.array(Case) }), access: 'user', area: 'case_log', kind: 'read' },
  'cases.get': { input: z.object({ id: Uuid }), output: Case, access: 'user', area: 'case_log', kind: 'read' },
  'cases.create': { input: CaseFields, output: CaseSaved, access: 'user', area: 'case_log' },
  'cases.update': { input: z.object({ id: Uuid, fields: CaseFields }), output: CaseSaved, access: 'user', area: 'case_log' },
  'cases.deadlines': { input: none, output: CaseDeadlines, access: 'user', area: 'case_log', kind: 'read' },
  /** The province edits a deadline rule (days, article, source, date checked); offices receive it in the configuration package. */
  'cases.setDeadline': { input: DeadlineRuleInput, output: CaseDeadlines, access: 'admin' },
  /** Whether this office is in a remote area (complaints: 45 days, 60 if complex). */
  'cases.setRemoteArea': { input: z.object({ remote: z.boolean() }), output: CaseDeadlines, access: 'admin' },
  'cases.extend': { input: CaseExtensionInput, output: Case, access: 'user', area: 'case_log' },
} as const satisfies Record<string, ProcedureSpec>;

/** Periodic reports: .xlsx, or the document the print preview and the CLI render to PDF; layout and labels are data. */
export const reportProcedures = {
  'reports.make': {
    input: z.object({ period: z.string().max(20), format: z.enum(['xlsx', 'pdf'], { error: 'validation.choice' }).default('xlsx'), narrative: ReportNarrativeInput }),
    output: ReportOut,
    access: 'user', area: 'registers',
  },
  /** The periods of a year for the report's picker, as the year's plan counts them, and today's quarter. */
  'reports.periods': {
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    output: z.object({ current: z.string(), periods: z.array(z.object({ code: z.string(), from: z.string(), to: z.string() })) }),
    access: 'user', area: 'registers', kind: 'read',
  },
  'reports.regenerate': { input: z.object({ id: Uuid, format: z.enum(['xlsx', 'pdf'], { error: 'validation.choice' }).default('xlsx') }), output: ReportOut, access: 'user', area: 'registers' },
  'reports.layout': { input: none, output: z.array(ReportLayoutRow), access: 'user', area: 'registers', kind: 'read' },
  'reports.setLayout': { input: SetLayoutInput, output: z.array(ReportLayoutRow), access: 'admin' },
} as const satisfies Record<string, ProcedureSpec>;

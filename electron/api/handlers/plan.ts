import { caseDeadlines, getCase, insertCase, listCases, setCaseDeadline, updateCase, type CaseFields, type CaseRecord } from '../../../db/cases';
import { declareTarget, getPlan, getTarget, planYears, setPeriodConvention, updateTargetThreshold, type AnnualPlan } from '../../../db/plan';
import { adoptPlan, targetsToStart } from '../../plan/adopt';
import { planFigures } from '../../plan/figures';
import { findIndicator } from '../../plan/indicators';
import type { OfficeFilter } from '../../../db/packageRecords';
import { filteredFigures } from '../../plan/figureFilter';
import type { FigureScope } from '../../plan/scope';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import type { CaseFieldsParsed } from '../schemas/plan';

function officeOf(ctx: CallContext) {
  const office = ctx.app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  return office;
}

function stamp(ctx: CallContext) {
  return { userId: ctx.session.user?.id ?? null, now: ctx.app.now() };
}

const today = (ctx: CallContext) => ctx.app.now().slice(0, 10);

/** A year's figures for this installation; at the province, narrowed by the consolidated filter (ignored at an office). */
export function figureScope(ctx: Pick<CallContext, 'app'>, year: number, filter: OfficeFilter = {}): FigureScope {
  const office = ctx.app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  const { office: filtered, communeCodes } = filteredFigures(ctx.app, filter, `${year}-01-01`);
  return { year, unitCode: office.unitCode, communeCodes, now: ctx.app.now(), ...(filtered ? { office: filtered } : {}) };
}

function planOfTarget(ctx: CallContext, targetId: string): AnnualPlan {
  const target = getTarget(ctx.app.db, targetId);
  const plan = target && (ctx.app.db.prepare('SELECT year FROM annual_plan WHERE id = ?').get(target.planId) as { year: number } | undefined);
  const found = plan && getPlan(ctx.app.db, officeOf(ctx).unitCode, plan.year);
  if (!found) throw new ApiError('NOT_FOUND', 'plan.error.targetNotFound');
  return found;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The business's commune when the case names a business; the legal deadline when none is given. */
function completeCase(ctx: CallContext, input: CaseFieldsParsed): CaseFields {
  const db = ctx.app.db;
  let communeCode = input.communeCode;
  if (input.businessId) {
    const business = db.prepare('SELECT commune_code FROM business WHERE id = ?').get(input.businessId) as { commune_code: string } | undefined;
    if (!business) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'businessId', messageKey: 'business.notFound' }]);
    communeCode ??= business.commune_code;
  }
  const deadlineOn = input.deadlineOn ?? addDays(input.receivedOn, caseDeadlines(db)[input.kind]);
  return { ...input, communeCode, deadlineOn };
}

function withOverdue(ctx: CallContext, c: CaseRecord) {
  return { ...c, overdue: c.resolvedOn === null && c.deadlineOn < today(ctx) };
}

function mustGetCase(ctx: CallContext, id: string) {
  const found = getCase(ctx.app.db, id);
  if (!found) throw new ApiError('NOT_FOUND', 'cases.error.notFound');
  return withOverdue(ctx, found);
}

function saved(ctx: CallContext, id: string, fields: CaseFields) {
  return { case: mustGetCase(ctx, id), deadlinePassed: fields.resolvedOn === null && fields.deadlineOn < today(ctx) };
}

export const planHandlers: {
  'plan.dashboard': Handler<'plan.dashboard'>;
  'plan.adopt': Handler<'plan.adopt'>;
  'plan.startingTargets': Handler<'plan.startingTargets'>;
  'plan.setThreshold': Handler<'plan.setThreshold'>;
  'plan.setPeriodConvention': Handler<'plan.setPeriodConvention'>;
  'plan.declare': Handler<'plan.declare'>;
  'plan.records': Handler<'plan.records'>;
  'cases.list': Handler<'cases.list'>;
  'cases.get': Handler<'cases.get'>;
  'cases.create': Handler<'cases.create'>;
  'cases.update': Handler<'cases.update'>;
  'cases.deadlines': Handler<'cases.deadlines'>;
  'cases.setDeadline': Handler<'cases.setDeadline'>;
} = {
  'plan.dashboard': (ctx, { year, ...filter }) => {
    const office = officeOf(ctx);
    const shownYear = year ?? Number(today(ctx).slice(0, 4));
    const plan = getPlan(ctx.app.db, office.unitCode, shownYear) ?? null;
    const names = new Map(ctx.app.communes().map((c) => [c.code, c.name]));
    const figures = plan
      ? planFigures(ctx.app.db, plan, figureScope(ctx, shownYear, filter)).map((f) => ({
          ...f,
          perCommune: f.perCommune.map((c) => ({ ...c, communeName: names.get(c.communeCode) ?? c.communeCode })),
        }))
      : [];
    return { year: shownYear, years: planYears(ctx.app.db, office.unitCode), plan, figures };
  },

  'plan.adopt': (ctx, input) => adoptPlan(ctx.app, ctx.session.user?.id ?? null, input),

  'plan.startingTargets': (ctx, { year, startFrom }) =>
    targetsToStart(ctx.app, officeOf(ctx).unitCode, { year, startFrom, documentRef: '', adoptedOn: '' }).map((t) => ({
      code: t.code,
      text: t.text,
      kind: t.kind,
      thresholdKind: t.thresholdKind,
      threshold: t.threshold,
      measure: t.measure,
    })),

  'plan.setThreshold': (ctx, { targetId, threshold, thresholdKind }) => {
    const target = planOfTarget(ctx, targetId).targets.find((t) => t.id === targetId);
    const kind = thresholdKind ?? target?.thresholdKind ?? 'percent';
    if (kind === 'percent' && threshold > 100) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'threshold', messageKey: 'plan.error.thresholdRange' }]);
    ctx.app.db.transaction(() => updateTargetThreshold(ctx.app.db, targetId, threshold, kind, stamp(ctx))).immediate();
    return planOfTarget(ctx, targetId);
  },

  'plan.setPeriodConvention': (ctx, { planId, periodConvention }) => {
    const row = ctx.app.db.prepare('SELECT year FROM annual_plan WHERE id = ? AND unit_code = ?').get(planId, officeOf(ctx).unitCode) as { year: number } | undefined;
    if (!row) throw new ApiError('NOT_FOUND', 'plan.error.targetNotFound');
    ctx.app.db.transaction(() => setPeriodConvention(ctx.app.db, planId, periodConvention, stamp(ctx))).immediate();
    const plan = getPlan(ctx.app.db, officeOf(ctx).unitCode, row.year);
    if (!plan) throw new ApiError('NOT_FOUND', 'plan.error.targetNotFound');
    return plan;
  },

  'plan.declare': (ctx, { targetId, value }) => {
    const target = planOfTarget(ctx, targetId).targets.find((t) => t.id === targetId);
    if (target?.thresholdKind === 'percent' && value !== null && value > 100) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'value', messageKey: 'plan.error.thresholdRange' }]);
    const done = ctx.app.db.transaction(() => declareTarget(ctx.app.db, targetId, value, stamp(ctx))).immediate();
    if (!done) throw new ApiError('NOT_DECLARED', 'plan.error.computedNotDeclared');
    return planOfTarget(ctx, targetId);
  },

  'plan.records': (ctx, { targetId, ...filter }) => {
    const plan = planOfTarget(ctx, targetId);
    const target = plan.targets.find((t) => t.id === targetId);
    const indicator = findIndicator(target?.indicatorId ?? null);
    if (!indicator) return [];
    return indicator.compute(ctx.app.db, figureScope(ctx, plan.year, filter)).records();
  },

  'cases.list': (ctx, { filter, originInstallationId, unitCode }) => ({
    today: today(ctx),
    // An office lists its own unit's cases; the province every office's, or those the filter picks.
    rows: listCases(ctx.app.db, officeOf(ctx).level === 'province' ? unitCode : officeOf(ctx).unitCode, filter, today(ctx), { originInstallationId }).map((c) =>
      withOverdue(ctx, c),
    ),
  }),

  'cases.get': (ctx, { id }) => mustGetCase(ctx, id),

  'cases.create': (ctx, input) => {
    const office = officeOf(ctx);
    const fields = completeCase(ctx, input);
    const id = ctx.app.newId();
    ctx.app.db.transaction(() => insertCase(ctx.app.db, id, office.unitCode, fields, stamp(ctx))).immediate();
    return saved(ctx, id, fields);
  },

  'cases.update': (ctx, { id, fields: input }) => {
    const fields = completeCase(ctx, input);
    const done = ctx.app.db.transaction(() => updateCase(ctx.app.db, id, fields, stamp(ctx))).immediate();
    if (!done) throw new ApiError('NOT_FOUND', 'cases.error.notFound');
    return saved(ctx, id, fields);
  },

  'cases.deadlines': (ctx) => caseDeadlines(ctx.app.db),

  'cases.setDeadline': (ctx, { kind, days }) => {
    setCaseDeadline(ctx.app.db, kind, days);
    return caseDeadlines(ctx.app.db);
  },
};

import { deadlineRules, extensionsOf, insertExtension, legalDeadline, remoteArea, setRemoteArea, updateDeadlineRule } from '../../../db/caseDeadlines';
import { doneOn, getCase, insertCase, listCases, updateCase, type CaseFields, type CaseRecord } from '../../../db/cases';
import { addDays, localDate } from '../../../db/localDate';
import { declareTarget, getPlan, getTarget, planYears, setPeriodConvention, updateTargetThreshold, type AnnualPlan } from '../../../db/plan';
import { adoptPlan, targetsToStart } from '../../plan/adopt';
import { amendmentHistory, amendPlan } from '../../plan/amend';
import { planFigures } from '../../plan/figures';
import { findIndicator } from '../../plan/indicators';
import type { OfficeFilter } from '../../../db/packageRecords';
import { filteredFigures } from '../../plan/figureFilter';
import type { FigureScope } from '../../plan/scope';
import type { CallContext } from '../context';
import { ApiError } from '../errors';
import type { Handler } from '../router';
import { assertOwnRecord } from './officeScope';
import type { CaseFieldsParsed } from '../schemas/plan';

function officeOf(ctx: CallContext) {
  const office = ctx.app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  return office;
}

function stamp(ctx: CallContext) {
  return { userId: ctx.session.user?.id ?? null, now: ctx.app.now() };
}

const today = (ctx: CallContext) => localDate(ctx.app.now());

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

/** The business's commune when the case names a business; the legal deadline when none is given. */
function completeCase(ctx: CallContext, input: CaseFieldsParsed): CaseFields {
  const db = ctx.app.db;
  let communeCode = input.communeCode;
  if (input.businessId) {
    const business = db.prepare('SELECT commune_code FROM business WHERE id = ?').get(input.businessId) as { commune_code: string } | undefined;
    if (!business) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'businessId', messageKey: 'business.notFound' }]);
    communeCode ??= business.commune_code;
  }
  return { ...input, communeCode, deadlineOn: deadlineOf(ctx, input, null).deadlineOn };
}

/** The legal deadline counted from the rules, or the last extension's when the case was extended. */
function deadlineOf(ctx: CallContext, c: Pick<CaseFields, 'kind' | 'receivedOn' | 'acceptedOn' | 'transferredOn' | 'complex'>, caseId: string | null) {
  const db = ctx.app.db;
  const legal = legalDeadline(deadlineRules(db), c, remoteArea(db));
  const extended = caseId === null ? undefined : extensionsOf(db, caseId).at(-1);
  return { ...legal, deadlineOn: extended && extended.newDeadline > legal.deadlineOn ? extended.newDeadline : legal.deadlineOn };
}

function withOverdue(ctx: CallContext, c: CaseRecord) {
  const deadline = deadlineOf(ctx, c, c.id);
  return {
    ...c,
    overdue: doneOn(c) === null && c.deadlineOn < today(ctx),
    deadlineArticle: deadline.rule?.article ?? '',
    deadlineToConfirm: deadline.rule?.status === 'confirm',
    policeDeadlineOn: deadline.policeDeadlineOn,
    extensions: extensionsOf(ctx.app.db, c.id),
  };
}

function deadlineSettings(ctx: CallContext) {
  return { remoteArea: remoteArea(ctx.app.db), editable: officeOf(ctx).level === 'province', rules: deadlineRules(ctx.app.db) };
}

function mustGetCase(ctx: CallContext, id: string) {
  const found = getCase(ctx.app.db, id);
  if (!found) throw new ApiError('NOT_FOUND', 'cases.error.notFound');
  return withOverdue(ctx, found);
}

function saved(ctx: CallContext, id: string) {
  const c = mustGetCase(ctx, id);
  return { case: c, deadlinePassed: c.overdue };
}

export const planHandlers: {
  'plan.dashboard': Handler<'plan.dashboard'>;
  'plan.adopt': Handler<'plan.adopt'>;
  'plan.startingTargets': Handler<'plan.startingTargets'>;
  'plan.amend': Handler<'plan.amend'>;
  'plan.amendments': Handler<'plan.amendments'>;
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
  'cases.setRemoteArea': Handler<'cases.setRemoteArea'>;
  'cases.extend': Handler<'cases.extend'>;
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

  'plan.amend': (ctx, input) => amendPlan(ctx.app, ctx.session.user?.id ?? null, input),

  'plan.amendments': (ctx, { planId }) => amendmentHistory(ctx.app, planId),

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
    return saved(ctx, id);
  },

  'cases.update': (ctx, { id, fields: input }) => {
    assertOwnRecord(ctx, 'case_record', id);
    // An extension recorded on the case still stands: the deadline is the later of the legal one and it.
    const fields = { ...completeCase(ctx, input), deadlineOn: deadlineOf(ctx, input, id).deadlineOn };
    const done = ctx.app.db.transaction(() => updateCase(ctx.app.db, id, fields, stamp(ctx))).immediate();
    if (!done) throw new ApiError('NOT_FOUND', 'cases.error.notFound');
    return saved(ctx, id);
  },

  'cases.extend': (ctx, { caseId, extendedOn, reason, newDeadline }) => {
    const db = ctx.app.db;
    const c = mustGetCase(ctx, caseId);
    const issue = (path: string, messageKey: string) => new ApiError('VALIDATION', 'errors.validation', undefined, [{ path, messageKey }]);
    if (c.kind === 'denunciation' || c.kind === 'report') throw new ApiError('CASE_NOT_EXTENDABLE', 'cases.error.crimeNotExtendable');
    if (extendedOn > today(ctx)) throw issue('extendedOn', 'cases.error.future');
    if (newDeadline <= c.deadlineOn) throw issue('newDeadline', 'cases.error.extensionNotLater');
    // Law on Denunciation 2018 art. 30: extended once (complex) or twice (especially complex), by at most 30 days each.
    if (c.kind === 'violation_denunciation') {
      if (c.extensions.length >= 2) throw new ApiError('CASE_EXTENSIONS_USED', 'cases.error.extensionsUsed');
      if (newDeadline > addDays(c.deadlineOn, 30)) throw issue('newDeadline', 'cases.error.extensionTooLong');
    }
    db.transaction(() =>
      insertExtension(db, ctx.app.newId(), officeOf(ctx).unitCode, caseId, { extendedOn, reason, previousDeadline: c.deadlineOn, newDeadline }, stamp(ctx)),
    ).immediate();
    return mustGetCase(ctx, caseId);
  },

  'cases.deadlines': (ctx) => deadlineSettings(ctx),

  'cases.setDeadline': (ctx, { id, ...rule }) => {
    // The rules are the province's: an office receives them in the configuration package.
    if (officeOf(ctx).level !== 'province') throw new ApiError('PROVINCE_ONLY', 'cases.error.rulesProvinceOnly');
    const done = ctx.app.db.transaction(() => updateDeadlineRule(ctx.app.db, id, rule)).immediate();
    if (!done) throw new ApiError('NOT_FOUND', 'cases.error.ruleNotFound');
    return deadlineSettings(ctx);
  },

  'cases.setRemoteArea': (ctx, { remote }) => {
    ctx.app.db.transaction(() => setRemoteArea(ctx.app.db, remote, ctx.app.now())).immediate();
    ctx.app.invalidateOffice();
    return deadlineSettings(ctx);
  },
};

import { getPlan, updateTargetThreshold, type AnnualPlan } from '../../db/plan';
import { insertPlanAmendment, planAmendments, updatePlanHeader, type PlanChange } from '../../db/planAmendments';
import { userNames } from '../../db/users';
import type { AppContext } from '../api/context';
import { ApiError } from '../api/errors';

export interface AmendPlan {
  planId: string;
  documentRef: string;
  adoptedOn: string;
  thresholds: Record<string, number>;
  reason: string;
}

function ownPlan(app: AppContext, planId: string): AnnualPlan {
  const office = app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  const row = app.db.prepare('SELECT year FROM annual_plan WHERE id = ? AND unit_code = ?').get(planId, office.unitCode) as { year: number } | undefined;
  const plan = row && getPlan(app.db, office.unitCode, row.year);
  if (!plan) throw new ApiError('NOT_FOUND', 'plan.error.notFound');
  return plan;
}

/**
 * Amends an adopted plan (a later province document): thresholds, number, date. What changed is kept
 * with the reason in the plan's history; frozen denominators stay as adopted. Nothing changed is refused.
 */
export function amendPlan(app: AppContext, userId: string | null, input: AmendPlan): AnnualPlan {
  const plan = ownPlan(app, input.planId);
  const changes: PlanChange[] = [];
  if (input.documentRef !== plan.documentRef) changes.push({ field: 'documentRef', code: null, before: plan.documentRef, after: input.documentRef });
  if (input.adoptedOn !== plan.adoptedOn) changes.push({ field: 'adoptedOn', code: null, before: plan.adoptedOn, after: input.adoptedOn });
  for (const [code, threshold] of Object.entries(input.thresholds)) {
    const target = plan.targets.find((t) => t.code === code);
    if (!target) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: `thresholds.${code}`, messageKey: 'plan.error.targetNotFound' }]);
    // A percentage stays within 100; a count target (3.500 workers) keeps its kind and any size.
    if (target.thresholdKind === 'percent' && threshold > 100) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: `thresholds.${code}`, messageKey: 'plan.error.thresholdRange' }]);
    if (target.threshold !== threshold) changes.push({ field: 'threshold', code, before: target.threshold, after: threshold });
  }
  if (changes.length === 0) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'reason', messageKey: 'plan.amend.unchanged' }]);
  const stamp = { userId, now: app.now() };
  app.db
    .transaction(() => {
      updatePlanHeader(app.db, plan.id, { documentRef: input.documentRef, adoptedOn: input.adoptedOn }, stamp);
      for (const change of changes) {
        const target = change.field === 'threshold' ? plan.targets.find((t) => t.code === change.code) : undefined;
        if (target && change.field === 'threshold') updateTargetThreshold(app.db, target.id, change.after, target.thresholdKind, stamp);
      }
      insertPlanAmendment(app.db, { id: app.newId(), unitCode: plan.unitCode, planId: plan.id, reason: input.reason, changes }, stamp);
    })
    .immediate();
  return ownPlan(app, plan.id);
}

/** The plan's history of amendments, with the names of who made them. */
export function amendmentHistory(app: AppContext, planId: string) {
  const plan = ownPlan(app, planId);
  const amendments = planAmendments(app.db, plan.id);
  const names = userNames(app.db, amendments.map((a) => a.createdBy).filter((id): id is string => id !== null));
  return amendments.map((a) => ({ id: a.id, at: a.createdAt, by: a.createdBy === null ? null : (names.get(a.createdBy) ?? null), reason: a.reason, changes: a.changes }));
}

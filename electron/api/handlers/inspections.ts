import { getBusiness } from '../../../db/business';
import {
  currentTemplateFor,
  deleteTemplateVersion,
  getTemplate,
  listTemplates,
  saveTemplateVersion,
  seedDefaultTemplates,
  templateVersions,
} from '../../../db/checklistTemplates';
import { coverage, inspectionFigures } from '../../../db/inspectionFigures';
import {
  getPlan,
  insertInspection,
  insertPlan,
  inspectionsOfYear,
  listPlans,
  planCandidates,
  plannedInspections,
  removePlannedInspection,
  teamUsers,
  updatePlan,
} from '../../../db/inspectionPlans';
import { isViolation, itemsInOrder, missingRequired, normaliseAnswer } from '../../../db/inspectionRules';
import {
  amendmentsOf,
  answerMap,
  answersOf,
  inspectionByCode,
  inspectionById,
  insertAmendment,
  markFinal,
  saveAnswer,
  setInspectedOn,
  syncViolations,
  type InspectionRecord,
} from '../../../db/inspections';
import type { ChecklistItem, ChecklistTemplate } from '../../../db/inspectionTypes';
import { localDate } from '../../../db/localDate';
import { userNames } from '../../../db/users';
import {
  closeViolation,
  getViolation,
  listViolations,
  recordDecision,
  recordLawfulClosing,
  recordReminder,
  recordTransfer,
  recordViolationRecord,
  violationsOfRecord,
} from '../../../db/violations';
import { documentSettings } from '../../../db/documentSettings';
import type { AppContext, CallContext } from '../context';
import { ApiError } from '../errors';
import type { inspectionProcedures } from '../procedures/inspections';
import type { Handler } from '../router';
import { filteredFigures } from '../../plan/figureFilter';
import { yearHeaderFigures } from '../../plan/figures';
import { figureScope } from './plan';
import type { HandlingInput, InspectionDetail, PrintSheet, ViolationRecordSheet } from '../schemas/inspections';

function officeOf(ctx: CallContext) {
  const office = ctx.app.office();
  if (!office) throw new ApiError('NOT_SET_UP', 'errors.notSetUp');
  return office;
}

function stamp(ctx: CallContext) {
  return { userId: ctx.session.user?.id ?? null, now: ctx.app.now() };
}

/** The office's calendar date (Asia/Ho_Chi_Minh), whatever zone the PC is set to. */
function today(ctx: CallContext): string {
  return localDate(ctx.app.now());
}

const seeded = new WeakSet<AppContext>();

/** Default templates are written once the office exists (they carry its unit code), on first use. */
function ensureTemplates(ctx: CallContext): void {
  if (seeded.has(ctx.app)) return;
  seedDefaultTemplates(ctx.app.db, officeOf(ctx).unitCode, stamp(ctx));
  seeded.add(ctx.app);
}

function notFound(messageKey: string): ApiError {
  return new ApiError('NOT_FOUND', messageKey);
}

function planDetail(ctx: CallContext, id: string) {
  const plan = getPlan(ctx.app.db, id);
  if (!plan) throw notFound('inspections.plan.notFound');
  return { plan, inspections: plannedInspections(ctx.app.db, id) };
}

/** An inspection of this office; a code from another office's paper is refused, not shown. */
function ownInspection(ctx: CallContext, record: InspectionRecord | undefined): InspectionRecord {
  if (!record) throw new ApiError('INSPECTION_NOT_FOUND', 'inspections.code.notFound');
  if (record.unitCode !== officeOf(ctx).unitCode) throw new ApiError('INSPECTION_OTHER_OFFICE', 'inspections.code.otherOffice');
  return record;
}

function templateOf(ctx: CallContext, record: InspectionRecord): ChecklistTemplate {
  const template = getTemplate(ctx.app.db, record.templateId);
  if (!template) throw notFound('inspections.template.notFound');
  return template;
}

function itemOf(template: ChecklistTemplate, itemKey: string): ChecklistItem {
  const item = template.sections.flatMap((s) => s.items).find((i) => i.key === itemKey);
  if (!item) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'itemKey', messageKey: 'inspections.item.unknown' }]);
  return item;
}

function answerValue(item: ChecklistItem, value: string): string {
  const stored = value === '' ? '' : normaliseAnswer(item, value);
  if (stored === null) {
    throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'value', messageKey: `inspections.answer.invalid.${item.kind}` }]);
  }
  return stored;
}

function notInFuture(ctx: CallContext, date: string, path: string): void {
  if (date > today(ctx)) {
    throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path, messageKey: 'inspections.date.future' }]);
  }
}

function detail(ctx: CallContext, record: InspectionRecord): InspectionDetail {
  const db = ctx.app.db;
  const business = getBusiness(db, record.businessId);
  if (!business) throw notFound('business.notFound');
  const plan = getPlan(db, record.planId);
  if (!plan) throw notFound('inspections.plan.notFound');
  return {
    id: record.id,
    code: record.code,
    status: record.status,
    inspectedOn: record.inspectedOn,
    finalisedAt: record.finalisedAt,
    business: {
      id: business.id,
      name: business.name,
      type: business.type,
      address: business.address,
      communeName: business.communeName,
      ownerName: business.ownerName,
      registrationNo: business.registrationNo,
      securityCertNo: business.securityCertNo,
    },
    plan,
    template: templateOf(ctx, record),
    answers: answersOf(db, record.id),
    violations: listViolations(db, { openOnly: false, inspectionId: record.id, today: today(ctx) }),
  };
}

function reload(ctx: CallContext, id: string): InspectionDetail {
  return detail(ctx, ownInspection(ctx, inspectionById(ctx.app.db, id)));
}

function printSheet(ctx: CallContext, record: InspectionRecord, minutes: boolean): PrintSheet {
  const office = officeOf(ctx);
  const d = detail(ctx, record);
  return {
    officeName: office.officeName,
    documents: documentSettings(ctx.app.db),
    unitName: office.unitName,
    code: d.code,
    kind: minutes ? 'minutes' : 'checklist',
    templateVersion: d.template.version,
    title: d.template.title,
    business: d.business,
    plan: d.plan,
    inspectedOn: d.inspectedOn,
    sections: d.template.sections,
    answers: minutes ? Object.fromEntries(answerMap(d.answers)) : {},
    notes: minutes ? Object.fromEntries(d.answers.filter((a) => a.note !== '').map((a) => [a.itemKey, a.note])) : {},
    violations: minutes
      ? d.violations.map((v) => ({
          itemKey: v.itemKey,
          description: v.description,
          severity: v.severity,
          remindedOn: v.remindedOn,
          recordNo: v.recordNo,
          recordOn: v.recordOn,
          transfer: v.outcome === 'transferred_police' ? ('police' as const) : v.outcome === 'transferred_competent' ? ('competent' as const) : null,
          transferredTo: v.transferredTo,
          deadline: v.deadline,
        }))
      : [],
  };
}

/** The violation record of a violation: every violation of its inspection written under the same number. */
function violationRecordSheet(ctx: CallContext, violationId: string): ViolationRecordSheet {
  const v = violationOut(ctx, violationId);
  if (v.recordNo === '' || v.recordOn === null) throw new ApiError('NO_VIOLATION_RECORD', 'inspections.handling.noRecord');
  const office = officeOf(ctx);
  const d = detail(ctx, ownInspection(ctx, inspectionById(ctx.app.db, v.inspectionId)));
  const basisOf = new Map(d.template.sections.flatMap((s) => s.items.map((i) => [i.key, i.legalBasis] as const)));
  return {
    officeName: office.officeName,
    unitName: office.unitName,
    code: d.code,
    recordNo: v.recordNo,
    recordOn: v.recordOn,
    recordBy: v.recordBy,
    inspectedOn: d.inspectedOn,
    business: d.business,
    plan: d.plan,
    violations: violationsOfRecord(ctx.app.db, v.inspectionId, v.recordNo, today(ctx)).map((r) => ({
      description: r.description,
      legalBasis: basisOf.get(r.itemKey) ?? '',
      provision: r.provision,
    })),
    documents: documentSettings(ctx.app.db),
  };
}

/** Writes one step of the chain; every date in it is checked not to be in the future. */
function writeHandlingStep(ctx: CallContext, input: HandlingInput): boolean {
  const db = ctx.app.db;
  const s = stamp(ctx);
  switch (input.step) {
    case 'reminder':
      notInFuture(ctx, input.on, 'on');
      return recordReminder(db, input.id, input.on, s);
    case 'record': {
      notInFuture(ctx, input.recordOn, 'recordOn');
      return recordViolationRecord(db, input.id, input, s);
    }
    case 'decision': {
      notInFuture(ctx, input.decidedOn, 'decidedOn');
      return recordDecision(db, input.id, input, s);
    }
    case 'transfer':
      notInFuture(ctx, input.transferredOn, 'transferredOn');
      return recordTransfer(db, input.id, input, s);
    case 'close':
      notInFuture(ctx, input.closedOn, 'closedOn');
      return recordLawfulClosing(db, input.id, input, s);
  }
}

function violationOut(ctx: CallContext, id: string) {
  const violation = getViolation(ctx.app.db, id, today(ctx));
  if (!violation) throw notFound('inspections.violation.notFound');
  return violation;
}

/** Puts a business in a plan with the template version it will be printed with (in the caller's transaction). */
function addToPlan(ctx: CallContext, plan: { id: string; periodFrom: string }, businessId: string, followUpOf: string | null): void {
  const db = ctx.app.db;
  const business = getBusiness(db, businessId);
  if (!business || business.status === 'closed') throw notFound('inspections.plan.businessUnavailable');
  const template = currentTemplateFor(db, business.type);
  if (!template) throw notFound('inspections.template.notFound');
  const year = Number(plan.periodFrom.slice(0, 4));
  insertInspection(db, { id: ctx.app.newId(), unitCode: officeOf(ctx).unitCode, planId: plan.id, businessId, templateId: template.id, year, followUpOf }, stamp(ctx));
}

type InspectionHandlers = { [N in keyof typeof inspectionProcedures]: Handler<N> };

export const inspectionHandlers: InspectionHandlers = {
  'inspections.templates': (ctx) => {
    ensureTemplates(ctx);
    return listTemplates(ctx.app.db);
  },

  'inspections.templateVersions': (ctx, { templateKey }) => {
    ensureTemplates(ctx);
    return templateVersions(ctx.app.db, templateKey);
  },

  'inspections.saveTemplate': (ctx, { templateKey, title, sections }) => {
    ensureTemplates(ctx);
    const db = ctx.app.db;
    const saved = db.transaction(() => saveTemplateVersion(db, templateKey, { title, sections }, officeOf(ctx).unitCode, stamp(ctx))).immediate();
    if (!saved) throw notFound('inspections.template.notFound');
    return saved;
  },

  'inspections.deleteTemplateVersion': (ctx, { id }) => {
    const db = ctx.app.db;
    const outcome = db.transaction(() => deleteTemplateVersion(db, id)).immediate();
    if (outcome === 'not_found') throw notFound('inspections.template.notFound');
    if (outcome === 'in_use') throw new ApiError('TEMPLATE_IN_USE', 'inspections.template.inUse');
    if (outcome === 'only_version') throw new ApiError('TEMPLATE_ONLY_VERSION', 'inspections.template.onlyVersion');
    return null;
  },

  'inspections.teamUsers': (ctx) => teamUsers(ctx.app.db),

  'inspections.plans': (ctx, { year }) => listPlans(ctx.app.db, year),

  'inspections.plan': (ctx, { id }) => planDetail(ctx, id),

  'inspections.savePlan': (ctx, { id, fields }) => {
    const office = officeOf(ctx);
    const db = ctx.app.db;
    const planId = id ?? ctx.app.newId();
    // A member picked from the office's users keeps the link only to a user who exists.
    const users = new Set(teamUsers(db).map((u) => u.id));
    fields.team.forEach((m, i) => {
      if (m.userId !== null && !users.has(m.userId)) {
        throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: `fields.team.${i}.userId`, messageKey: 'inspections.plan.unknownUser' }]);
      }
    });
    db.transaction(() => {
      if (id === null) insertPlan(db, planId, office.unitCode, fields, stamp(ctx));
      else if (!updatePlan(db, id, fields, stamp(ctx))) throw notFound('inspections.plan.notFound');
    }).immediate();
    return planDetail(ctx, planId);
  },

  'inspections.candidates': (ctx, filter) => planCandidates(ctx.app.db, filter),

  'inspections.setPlanBusinesses': (ctx, { planId, add, remove }) => {
    ensureTemplates(ctx);
    const db = ctx.app.db;
    const { plan, inspections } = planDetail(ctx, planId);
    const present = new Set(inspections.map((i) => i.businessId));
    db.transaction(() => {
      for (const businessId of remove) {
        if (removePlannedInspection(db, planId, businessId) === 'has_results') {
          throw new ApiError('INSPECTION_HAS_RESULTS', 'inspections.plan.hasResults');
        }
      }
      for (const businessId of add) {
        if (present.has(businessId)) continue;
        addToPlan(ctx, plan, businessId, null);
        present.add(businessId);
      }
    }).immediate();
    return planDetail(ctx, planId);
  },

  'inspections.coverage': (ctx, { year, ...filter }) => coverage(ctx.app.db, year, filteredFigures(ctx.app, filter).office),

  'inspections.list': (ctx, { year, ...filter }) => inspectionsOfYear(ctx.app.db, year, filter),

  'inspections.open': (ctx, { code }) => detail(ctx, ownInspection(ctx, inspectionByCode(ctx.app.db, code))),

  'inspections.saveAnswer': (ctx, input) => {
    const db = ctx.app.db;
    const record = ownInspection(ctx, inspectionById(db, input.inspectionId));
    if (record.status === 'final') throw new ApiError('INSPECTION_FINAL', 'inspections.final.useAmend');
    const value = answerValue(itemOf(templateOf(ctx, record), input.itemKey), input.value);
    const s = stamp(ctx);
    db.transaction(() => saveAnswer(db, record, { id: ctx.app.newId(), itemKey: input.itemKey, value, note: input.note }, s)).immediate();
    return { status: record.status === 'planned' ? 'draft' : record.status, savedAt: s.now };
  },

  'inspections.finalise': (ctx, { inspectionId, inspectedOn }) => {
    const db = ctx.app.db;
    const record = ownInspection(ctx, inspectionById(db, inspectionId));
    if (record.status === 'final') throw new ApiError('INSPECTION_FINAL', 'inspections.final.already');
    notInFuture(ctx, inspectedOn, 'inspectedOn');
    const template = templateOf(ctx, record);
    const answers = answerMap(answersOf(db, record.id));
    const missing = missingRequired(template.sections, answers);
    if (missing.length > 0) {
      throw new ApiError('INSPECTION_INCOMPLETE', 'inspections.finalise.missing', { count: missing.length, first: missing[0]?.text ?? '' });
    }
    const s = stamp(ctx);
    db.transaction(() => {
      setInspectedOn(db, record.id, inspectedOn, s);
      markFinal(db, record.id, s);
      syncViolations(db, { ...record, inspectedOn }, template, answers, () => ctx.app.newId(), s);
    }).immediate();
    return reload(ctx, record.id);
  },

  'inspections.finalisePreview': (ctx, { inspectionId }) => {
    const record = ownInspection(ctx, inspectionById(ctx.app.db, inspectionId));
    const answers = answerMap(answersOf(ctx.app.db, record.id));
    const numbered = itemsInOrder(templateOf(ctx, record).sections).map((item, i) => ({ item, number: i + 1, answer: answers.get(item.key) ?? '' }));
    return {
      violations: numbered
        .filter(({ item, answer }) => isViolation(item, answer))
        .map(({ item, number, answer }) => ({ itemKey: item.key, number, text: item.text, answer, severity: item.severity })),
      unanswered: numbered.filter(({ answer }) => answer.trim() === '').map(({ item, number }) => ({ itemKey: item.key, number, text: item.text, required: item.required })),
    };
  },

  'inspections.amend': (ctx, input) => {
    const db = ctx.app.db;
    const record = ownInspection(ctx, inspectionById(db, input.inspectionId));
    if (record.status !== 'final') throw new ApiError('INSPECTION_NOT_FINAL', 'inspections.amend.notFinal');
    const template = templateOf(ctx, record);
    const value = answerValue(itemOf(template, input.itemKey), input.value);
    const answers = answersOf(db, record.id);
    const before = answers.find((a) => a.itemKey === input.itemKey);
    if (before?.value === value) throw new ApiError('VALIDATION', 'errors.validation', undefined, [{ path: 'value', messageKey: 'inspections.amend.unchanged' }]);
    const s = stamp(ctx);
    db.transaction(() => {
      insertAmendment(db, { id: ctx.app.newId(), inspection: record, itemKey: input.itemKey, before: before?.value ?? null, after: value, reason: input.reason }, s);
      saveAnswer(db, record, { id: ctx.app.newId(), itemKey: input.itemKey, value, note: before?.note ?? '' }, s);
      syncViolations(db, record, template, answerMap(answersOf(db, record.id)), () => ctx.app.newId(), s);
    }).immediate();
    return reload(ctx, record.id);
  },

  'inspections.history': (ctx, { inspectionId }) => {
    const db = ctx.app.db;
    const record = ownInspection(ctx, inspectionById(db, inspectionId));
    const items = new Map(templateOf(ctx, record).sections.flatMap((s) => s.items.map((i) => [i.key, i.text] as const)));
    const names = userNames(db, [record.createdBy, record.finalisedBy].filter((id): id is string => id !== null));
    const by = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
    const plain = { itemKey: null, itemText: null, before: null, after: null, reason: null };
    return [
      { kind: 'created' as const, at: record.createdAt, by: by(record.createdBy), ...plain },
      ...(record.finalisedAt ? [{ kind: 'finalised' as const, at: record.finalisedAt, by: by(record.finalisedBy), ...plain }] : []),
      ...amendmentsOf(db, record.id).map((a) => ({
        kind: 'amended' as const,
        at: a.at,
        by: a.by,
        itemKey: a.itemKey,
        itemText: items.get(a.itemKey) ?? a.itemKey,
        before: a.before,
        after: a.after,
        reason: a.reason,
      })),
    ];
  },

  'inspections.violations': (ctx, { openOnly }) => listViolations(ctx.app.db, { openOnly, inspectionId: null, today: today(ctx) }),

  'inspections.recordHandling': (ctx, input) => {
    const db = ctx.app.db;
    db.transaction(() => {
      if (!writeHandlingStep(ctx, input)) throw notFound('inspections.violation.notFound');
    }).immediate();
    return violationOut(ctx, input.id);
  },

  'inspections.printViolationRecord': (ctx, { violationId }) => violationRecordSheet(ctx, violationId),

  'inspections.closeViolation': (ctx, { id, closedOn }) => {
    notInFuture(ctx, closedOn, 'closedOn');
    const db = ctx.app.db;
    const existing = violationOut(ctx, id);
    if (existing.outcome === null) throw new ApiError('VIOLATION_NOT_HANDLED', 'inspections.violation.needsHandling');
    db.transaction(() => closeViolation(db, id, closedOn, stamp(ctx))).immediate();
    return violationOut(ctx, id);
  },

  'inspections.planReinspection': (ctx, { violationId, planId }) => {
    ensureTemplates(ctx);
    const violation = violationOut(ctx, violationId);
    const { plan, inspections } = planDetail(ctx, planId);
    if (inspections.some((i) => i.businessId === violation.businessId)) {
      throw new ApiError('ALREADY_IN_PLAN', 'inspections.reinspect.alreadyInPlan');
    }
    ctx.app.db.transaction(() => addToPlan(ctx, plan, violation.businessId, violation.id)).immediate();
    return violationOut(ctx, violationId);
  },

  'inspections.figures': (ctx, { year, ...filter }) => {
    const figures = inspectionFigures(ctx.app.db, year, today(ctx), filteredFigures(ctx.app, filter).office);
    // T9 and T8 from the dashboard's own computation: the header cannot show another figure than the card.
    const targets = yearHeaderFigures(ctx.app.db, figureScope(ctx, year, filter), ['inspections.coverage', 'inspections.violationsHandled']);
    const [t9, t8] = targets;
    return {
      ...figures,
      inspected: t9?.numerator ?? figures.inspected,
      active: t9?.denominator ?? figures.active,
      violationsFound: t8?.denominator ?? figures.violationsFound,
      violationsHandled: t8?.numerator ?? figures.violationsHandled,
      targets,
    };
  },

  'inspections.printSheets': (ctx, { code, planId, minutes }) => {
    const db = ctx.app.db;
    if (code !== null) {
      const record = ownInspection(ctx, inspectionByCode(db, code));
      if (minutes && record.status !== 'final') throw new ApiError('INSPECTION_NOT_FINAL', 'inspections.minutes.notFinal');
      return [printSheet(ctx, record, minutes)];
    }
    const { inspections } = planDetail(ctx, planId ?? '');
    // Minutes of a whole plan: those of its businesses whose result is final.
    const chosen = minutes ? inspections.filter((i) => i.status === 'final') : inspections;
    if (minutes && chosen.length === 0) throw new ApiError('INSPECTION_NOT_FINAL', 'inspections.minutes.noneFinal');
    return chosen.map((i) => printSheet(ctx, ownInspection(ctx, inspectionById(db, i.inspectionId)), minutes));
  },
};

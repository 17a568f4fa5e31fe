import { z } from 'zod';
import { none, type ProcedureSpec } from '../procedure';
import { Uuid } from '../schemas/common';
import { OfficeFilterInput } from '../schemas/packages';
import {
  AmendInput,
  AnswerInput,
  CandidateFilter,
  ChecklistTemplate,
  Code,
  Coverage,
  FinalisePreview,
  Figures,
  HandlingInput,
  HistoryEntry,
  InspectionDetail,
  InspectionListRow,
  InspectionPlan,
  PlanCandidate,
  PlanDetail,
  PlanFields,
  PrintRequest,
  PrintSheet,
  TemplateEdit,
  Violation,
  ViolationRecordSheet,
  Year,
} from '../schemas/inspections';
import { CalendarDate } from '../schemas/common';

/** Inspections: checklist templates, plans, results from paper, violations and their handling. */
export const inspectionProcedures = {
  'inspections.templates': { input: none, output: z.array(ChecklistTemplate), access: 'user', area: 'inspections', kind: 'read' },
  'inspections.templateVersions': { input: z.object({ templateKey: z.string().max(100) }), output: z.array(ChecklistTemplate), access: 'user', area: 'inspections', kind: 'read' },
  'inspections.saveTemplate': { input: TemplateEdit, output: ChecklistTemplate, access: 'admin' },
  'inspections.deleteTemplateVersion': { input: z.object({ id: Uuid }), output: z.null(), access: 'admin' },

  'inspections.teamUsers': { input: none, output: z.array(z.object({ id: z.string(), name: z.string() })), access: 'user', area: 'inspections', kind: 'read' },
  'inspections.plans': { input: z.object({ year: Year.nullable().default(null) }), output: z.array(InspectionPlan), access: 'user', area: 'inspections', kind: 'read' },
  'inspections.plan': { input: z.object({ id: Uuid }), output: PlanDetail, access: 'user', area: 'inspections', kind: 'read' },
  'inspections.savePlan': { input: z.object({ id: Uuid.nullable().default(null), fields: PlanFields }), output: PlanDetail, access: 'user', area: 'inspections' },
  'inspections.candidates': { input: CandidateFilter, output: z.array(PlanCandidate), access: 'user', area: 'inspections', kind: 'read' },
  'inspections.setPlanBusinesses': {
    input: z.object({ planId: Uuid, add: z.array(Uuid).max(5000).default([]), remove: z.array(Uuid).max(5000).default([]) }),
    output: PlanDetail,
    access: 'user', area: 'inspections',
  },
  'inspections.coverage': { input: z.object({ year: Year }).extend(OfficeFilterInput.shape), output: Coverage, access: 'user', area: 'inspections', kind: 'read' },

  'inspections.list': { input: z.object({ year: Year }).extend(OfficeFilterInput.shape), output: z.array(InspectionListRow), access: 'user', area: 'inspections', kind: 'read' },
  'inspections.open': { input: z.object({ code: Code }), output: InspectionDetail, access: 'user', area: 'inspections', kind: 'read' },
  'inspections.saveAnswer': { input: AnswerInput, output: z.object({ status: z.string(), savedAt: z.string() }), access: 'user', area: 'inspections' },
  'inspections.finalise': { input: z.object({ inspectionId: Uuid, inspectedOn: CalendarDate }), output: InspectionDetail, access: 'user', area: 'inspections' },
  'inspections.finalisePreview': { input: z.object({ inspectionId: Uuid }), output: FinalisePreview, access: 'user', area: 'inspections', kind: 'read' },
  'inspections.amend': { input: AmendInput, output: InspectionDetail, access: 'user', area: 'inspections' },
  'inspections.history': { input: z.object({ inspectionId: Uuid }), output: z.array(HistoryEntry), access: 'user', area: 'inspections', kind: 'read' },

  'inspections.violations': { input: z.object({ openOnly: z.boolean().default(true) }), output: z.array(Violation), access: 'user', area: 'inspections', kind: 'read' },
  'inspections.recordHandling': { input: HandlingInput, output: Violation, access: 'user', area: 'inspections' },
  'inspections.closeViolation': { input: z.object({ id: Uuid, closedOn: CalendarDate }), output: Violation, access: 'user', area: 'inspections' },
  'inspections.planReinspection': { input: z.object({ violationId: Uuid, planId: Uuid }), output: Violation, access: 'user', area: 'inspections' },
  'inspections.figures': { input: z.object({ year: Year }).extend(OfficeFilterInput.shape), output: Figures, access: 'user', area: 'inspections', kind: 'read' },
  'inspections.printSheets': { input: PrintRequest, output: z.array(PrintSheet), access: 'user', area: 'inspections' },
  'inspections.printViolationRecord': { input: z.object({ violationId: Uuid }), output: ViolationRecordSheet, access: 'user', area: 'inspections', kind: 'read' },
} as const satisfies Record<string, ProcedureSpec>;

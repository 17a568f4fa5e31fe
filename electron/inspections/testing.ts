// Test data for inspections, shared by handler tests, the CLI test, e2e seeding and the benchmark.
import { localYear } from '../../db/localDate';
import type { BusinessFields } from '../../db/businessTypes';
import type { PlanFields } from '../../db/inspectionTypes';
import { businessFields, type TestApp } from '../testing/factories';

/** A valid plan of the current year with a team of three; override what the test is about. */
export function planInput(overrides: Partial<PlanFields> = {}): PlanFields {
  const year = localYear();
  return {
    title: 'Kiểm tra các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm',
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
    decisionNo: '15/QĐ-UBND',
    decisionDate: `${year}-01-01`,
    team: [
      { name: 'Nguyễn Văn Hùng', agency: 'Phòng Văn hóa - Xã hội', userId: null },
      { name: 'Trần Thị Lan', agency: 'Công an phường', userId: null },
      { name: 'Hoàng Văn Nam', agency: 'Đội Quản lý thị trường', userId: null },
    ],
    ...overrides,
  };
}

/** One business in a fresh plan: its inspection's id and short code. */
export async function plannedInspection(app: TestApp, business: Partial<BusinessFields>) {
  const created = await app.ok('businesses.create', businessFields({ registrationNo: '', ...business }));
  const { plan } = await app.ok('inspections.savePlan', { fields: planInput() });
  const { inspections } = await app.ok('inspections.setPlanBusinesses', { planId: plan.id, add: [created.id] });
  const [first] = inspections;
  if (!first) throw new Error('no inspection planned');
  return { code: first.code, inspectionId: first.inspectionId, planId: plan.id, businessId: created.id };
}

/** Answers every required item as compliant, except the yes/no items named, which get their violating answer. */
export async function answerAll(app: TestApp, code: string, violating: readonly string[] = []) {
  const opened = await app.ok('inspections.open', { code });
  for (const item of opened.template.sections.flatMap((s) => s.items).filter((i) => i.required)) {
    const rule = item.violation;
    const compliant = item.kind === 'number' ? String(rule?.kind === 'below' ? rule.limit + 10 : 5) : rule?.kind === 'answer' && rule.answer === 'yes' ? 'no' : 'yes';
    const value = violating.includes(item.key) && rule?.kind === 'answer' ? rule.answer : compliant;
    await app.ok('inspections.saveAnswer', { inspectionId: opened.id, itemKey: item.key, value });
  }
  return opened;
}
